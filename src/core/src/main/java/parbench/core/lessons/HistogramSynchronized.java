package parbench.core.lessons;

/**
 * Threads split the keys into static blocks and update one shared histogram, each update inside a
 * {@code synchronized} block on that bin's own monitor (one lock per bin, so contention falls as
 * bins grow). Correct; pays a lock acquire and release per key.
 */
public final class HistogramSynchronized implements Histogram {

    private final ThreadTeam team;

    public HistogramSynchronized(int threads) {
        this.team = new ThreadTeam(threads);
    }

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        int n = values.length;
        int t = team.threads();
        long[] counts = new long[bins];
        Object[] locks = new Object[bins];
        for (int b = 0; b < bins; b++) {
            locks[b] = new Object();
        }
        team.run(k -> {
            int to = Histogram.blockStart(k + 1, n, t);
            for (int i = Histogram.blockStart(k, n, t); i < to; i++) {
                int b = Histogram.binOf(values[i], bins);
                synchronized (locks[b]) {
                    counts[b]++;
                }
            }
        });
        return counts;
    }

    public ThreadTeam team() {
        return team;
    }

    @Override
    public void close() {
        team.close();
    }
}
