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
    protected long[] countChecked(int[] values, int bins) {
        LongAdder[] counts = perBin(new LongAdder[bins], LongAdder::new);
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
