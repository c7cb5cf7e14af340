package parbench.core.lessons;

/**
 * Privatisation: each thread counts its block into its own histogram, and the T histograms are
 * merged by the caller after all threads finished (T·bins additions). No sharing in the loop.
 */
public final class HistogramPrivate extends BlockHistogram {

    public HistogramPrivate(int threads) {
        super(threads);
    }

    @Override
    protected long[] countChecked(int[] values, int bins) {
        long[][] local = new long[team().threads()][];
        blocks(values.length, (k, from, to) -> {
            // Allocated by its own thread: in that thread's allocation buffer, no false sharing.
            long[] mine = new long[bins];
            local[k] = mine;
            for (int i = from; i < to; i++) {
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
}
