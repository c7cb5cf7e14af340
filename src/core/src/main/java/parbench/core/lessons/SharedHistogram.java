package parbench.core.lessons;

/**
 * The threaded histograms whose threads all count into one shared {@code long[]}: they differ
 * only in how an increment is guarded (or, for the racy one, not).
 */
public abstract class SharedHistogram extends BlockHistogram {

    protected SharedHistogram(int threads) {
        super(threads);
    }

    @Override
    protected final long[] countChecked(int[] values, int bins) {
        long[] counts = new long[bins];
        countInto(values, bins, counts);
        return counts;
    }

    /** Adds the counts of all values into the shared {@code counts}, one static block per thread. */
    protected abstract void countInto(int[] values, int bins, long[] counts);
}
