package parbench.core.lessons;

/** The histogram as one loop on one thread: the reference and the speedup baseline. */
public final class HistogramSerial implements Histogram {

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        long[] counts = new long[bins];
        countRange(values, bins, 0, values.length, counts);
        return counts;
    }

    /** Adds the counts of values[from, to) into counts. */
    static void countRange(int[] values, int bins, int from, int to, long[] counts) {
        for (int i = from; i < to; i++) {
            counts[Histogram.binOf(values[i], bins)]++;
        }
    }
}
