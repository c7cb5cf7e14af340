package parbench.core.lessons;

/**
 * Threads split the keys into static blocks and update one shared histogram, each update inside a
 * {@code synchronized} block on that bin's own monitor (one lock per bin, so contention falls as
 * bins grow). Correct; pays a lock acquire and release per key.
 */
public final class HistogramSynchronized extends SharedHistogram {

    public HistogramSynchronized(int threads) {
        super(threads);
    }

    @Override
    protected void countInto(int[] values, int bins, long[] counts) {
        Object[] locks = perBin(new Object[bins], Object::new);
        blocks(values.length, (k, from, to) -> {
            for (int i = from; i < to; i++) {
                int b = Histogram.binOf(values[i], bins);
                synchronized (locks[b]) {
                    counts[b]++;
                }
            }
        });
    }
}
