package parbench.core.lessons;

import java.util.function.Supplier;

/**
 * What the threaded histograms share: a private {@link ThreadTeam} ({@link TeamKernel}), the
 * argument check and the keys split into one static block per thread. Each variant keeps its own
 * loop over its block (the per-key update is the lesson), so only the set-up and the block bounds
 * live here.
 */
public abstract class BlockHistogram extends TeamKernel implements Histogram {

    /** The loop of one thread over its block of keys {@code [from, to)}. */
    @FunctionalInterface
    protected interface Block {
        void run(int thread, int from, int to);
    }

    protected BlockHistogram(int threads) {
        super(threads);
    }

    @Override
    public final long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        return countChecked(values, bins);
    }

    /** {@link #count} once the arguments are checked. */
    protected abstract long[] countChecked(int[] values, int bins);

    /** Fills {@code perBin} with one new object per bin (a lock, an adder), before the threads start. */
    protected static <T> T[] perBin(T[] perBin, Supplier<T> make) {
        for (int b = 0; b < perBin.length; b++) {
            perBin[b] = make.get();
        }
        return perBin;
    }

    /** Runs {@code body} on every thread of the team over that thread's static block of {@code n} keys. */
    protected final void blocks(int n, Block body) {
        int t = team().threads();
        team().run(k -> body.run(k, Histogram.blockStart(k, n, t), Histogram.blockStart(k + 1, n, t)));
    }
}
