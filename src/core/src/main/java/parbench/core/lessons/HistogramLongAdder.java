package parbench.core.lessons;

import java.util.concurrent.atomic.LongAdder;

/**
 * One {@link LongAdder} per bin: a contended adder grows per-thread cells, so threads stop
 * fighting over one counter (striping); the cells are summed once at the end.
 */
public final class HistogramLongAdder extends BlockHistogram {

    public HistogramLongAdder(int threads) {
        super(threads);
    }

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        LongAdder[] counts = new LongAdder[bins];
        for (int b = 0; b < bins; b++) {
            counts[b] = new LongAdder();
        }
        blocks(values.length, (k, from, to) -> {
            for (int i = from; i < to; i++) {
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
}
