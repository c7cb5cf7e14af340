package parbench.core.lessons;

/**
 * Privatisation: each thread counts its block into its own histogram, and the T histograms are
 * merged by the caller after all threads finished (T·bins additions). No sharing in the loop.
 */
public final class HistogramPrivate implements Histogram {

    private final ThreadTeam team;

    public HistogramPrivate(int threads) {
        this.team = new ThreadTeam(threads);
    }

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        int n = values.length;
        int t = team.threads();
        long[][] local = new long[t][];
        team.run(k -> {
            // Allocated by its own thread: in that thread's allocation buffer, no false sharing.
            long[] mine = new long[bins];
            local[k] = mine;
            int to = Histogram.blockStart(k + 1, n, t);
            for (int i = Histogram.blockStart(k, n, t); i < to; i++) {
                int b = Histogram.binOf(values[i], bins);
                mine[b]++;
            }
        });
        long[] counts = new long[bins];
        for (long[] l : local) {
            for (int b = 0; b < bins; b++) {
                counts[b] += l[b];
            }
        }
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
