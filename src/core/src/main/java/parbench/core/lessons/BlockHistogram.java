package parbench.core.lessons;

/**
 * What the threaded histograms share: a private {@link ThreadTeam} ({@link TeamKernel}) and the keys split into one
 * static block per thread. Each variant keeps its own loop over its block (the per-key update is
 * the lesson), so only the set-up and the block bounds live here.
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

    /** Runs {@code body} on every thread of the team over that thread's static block of {@code n} keys. */
    protected final void blocks(int n, Block body) {
        int t = team().threads();
        team().run(k -> body.run(k, Histogram.blockStart(k, n, t), Histogram.blockStart(k + 1, n, t)));
    }
}
