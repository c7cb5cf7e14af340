package parbench.core.lessons;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One shared {@link AtomicLongArray}: every key is one atomic increment (a lock-prefixed add on
 * x86), no lock, but the bins' cache lines still bounce between cores when threads hit the same bins.
 */
public final class HistogramAtomicArray implements Histogram {

    private final ThreadTeam team;

    public HistogramAtomicArray(int threads) {
        this.team = new ThreadTeam(threads);
    }

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        int n = values.length;
        int t = team.threads();
        AtomicLongArray counts = new AtomicLongArray(bins);
        team.run(k -> {
            int to = Histogram.blockStart(k + 1, n, t);
            for (int i = Histogram.blockStart(k, n, t); i < to; i++) {
                int b = Histogram.binOf(values[i], bins);
                counts.getAndIncrement(b);
            }
        });
        long[] out = new long[bins];
        for (int b = 0; b < bins; b++) {
            out[b] = counts.get(b);
        }
        return out;
    }

    public ThreadTeam team() {
        return team;
    }

    @Override
    public void close() {
        team.close();
    }
}
