package parbench.core.lessons;

import java.util.concurrent.atomic.LongAdder;

/**
 * One {@link LongAdder} per bin: a contended adder grows per-thread cells, so threads stop
 * fighting over one counter (striping); the cells are summed once at the end.
 */
public final class HistogramLongAdder implements Histogram {

    private final ThreadTeam team;

    public HistogramLongAdder(int threads) {
        this.team = new ThreadTeam(threads);
    }

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        int n = values.length;
        int t = team.threads();
        LongAdder[] counts = new LongAdder[bins];
        for (int b = 0; b < bins; b++) {
            counts[b] = new LongAdder();
        }
        team.run(k -> {
            int to = Histogram.blockStart(k + 1, n, t);
            for (int i = Histogram.blockStart(k, n, t); i < to; i++) {
                int b = Histogram.binOf(values[i], bins);
                counts[b].increment();
            }
        });
        long[] out = new long[bins];
        for (int b = 0; b < bins; b++) {
            out[b] = counts[b].sum();
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
