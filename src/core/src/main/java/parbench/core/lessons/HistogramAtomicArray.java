package parbench.core.lessons;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One shared {@link AtomicLongArray}: every key is one atomic increment (a lock-prefixed add on
 * x86), no lock, but the bins' cache lines still bounce between cores when threads hit the same bins.
 */
public final class HistogramAtomicArray extends BlockHistogram {

    public HistogramAtomicArray(int threads) {
        super(threads);
    }

    @Override
    protected long[] countChecked(int[] values, int bins) {
        AtomicLongArray counts = new AtomicLongArray(bins);
        blocks(values.length, (k, from, to) -> {
            for (int i = from; i < to; i++) {
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
}
