package parbench.core.lessons;

/**
 * WRONG ON PURPOSE: threads update one shared {@code long[]} with a plain {@code counts[b]++}, a
 * load, an add and a store that another thread can interleave, so concurrent increments are lost.
 * Its counts are never a valid result: {@link #lostUpdates} says how many updates vanished.
 */
public final class HistogramRacy extends SharedHistogram {

    public HistogramRacy(int threads) {
        super(threads);
    }

    @Override
    protected void countInto(int[] values, int bins, long[] counts) {
        blocks(values.length, (k, from, to) -> {
            for (int i = from; i < to; i++) {
                int b = Histogram.binOf(values[i], bins);
                counts[b]++;
            }
        });
    }

    /**
     * Updates lost by a racy count of {@code n} keys: expected total minus counted total. A lost
     * update only ever drops an increment (a stale value is stored back), so this is >= 0.
     */
    public static long lostUpdates(long n, long[] counts) {
        return n - Histogram.total(counts);
    }
}
