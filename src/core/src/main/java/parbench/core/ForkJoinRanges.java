package parbench.core;

import java.util.concurrent.CountedCompleter;
import java.util.concurrent.RecursiveTask;

/**
 * The one splitting rule of the fork/join backends: a range of indices (elements, rows, samples)
 * is halved until a piece holds at most {@code leaf} of them, and the leaf body runs on each
 * piece. Splits fall on multiples of {@code align} counted from the range's start, so every leaf
 * but the last is a whole number of {@code align} units: whole vectors or cache lines for the SIMD
 * kernels (no scalar tail but the last), whole bands for the banded conv2d. The backends differ
 * only in their leaf body and these two numbers.
 */
public final class ForkJoinRanges {

    private ForkJoinRanges() {
    }

    /** A leaf: the kernel on the indices {@code [from, to)}. */
    @FunctionalInterface
    public interface Leaf {
        void run(int from, int to);
    }

    /** A counting leaf: the count over {@code [from, to)}. */
    @FunctionalInterface
    public interface CountLeaf {
        long count(long from, long to);
    }

    /**
     * Runs {@code leaf} over {@code [from, to)} in pieces of at most {@code leafSize} indices, in the pool.
     * A range of one piece has nothing to fork: the caller runs that leaf itself, as the task's
     * root would run on the one worker it was handed to, without the hand-off (waking a parked
     * worker and being woken by it cost ~30 us a call, 14x a 32 Ki-element vector add; see
     * docs/measurements/2026-12-07-perf.md). Ranges of two or more pieces always run in the pool.
     */
    public static void forEach(WorkerPool pool, int from, int to, int leafSize, int align, Leaf leaf) {
        check(leafSize, align);
        if (onePiece(from, to, leafSize)) {
            leaf.run(from, to);
            return;
        }
        pool.invoke(new Pieces(null, from, to, leafSize, align, leaf));
    }

    /** The sum of {@code leaf} over {@code [from, to)} in pieces of at most {@code leafSize} indices, in the pool; one piece runs on the caller, as in {@link #forEach}. */
    public static long sum(WorkerPool pool, long from, long to, long leafSize, long align, CountLeaf leaf) {
        check(leafSize, align);
        if (onePiece(from, to, leafSize)) {
            return leaf.count(from, to);
        }
        return pool.invoke(new Sum(from, to, leafSize, align, leaf));
    }

    /** Whether {@link #forEach} or {@link #sum} runs {@code [from, to)} on the caller: it is one piece. */
    public static boolean onePiece(long from, long to, long leafSize) {
        return to - from <= leafSize;
    }

    /** Where a range longer than {@code leafSize} is split: about half, rounded down to whole {@code align} units, never empty. */
    static long split(long from, long to, long align) {
        return from + Math.max(align, ((to - from) >>> 1) / align * align);
    }

    private static void check(long leafSize, long align) {
        if (leafSize < 1 || align < 1) {
            throw new IllegalArgumentException("leaf size and alignment must be >= 1, got " + leafSize + " and " + align);
        }
    }

    /**
     * Splits off the upper half as a forked subtask until one leaf is left, runs it, and completes
     * when all subtasks have. A CountedCompleter never blocks a worker in join(), so the pool never
     * starts compensation threads beyond {@code threads}.
     */
    private static final class Pieces extends CountedCompleter<Void> {
        private static final long serialVersionUID = 1L;

        private final int from;
        private final int to;
        private final int leafSize;
        private final int align;
        private final transient Leaf leaf;

        Pieces(CountedCompleter<?> parent, int from, int to, int leafSize, int align, Leaf leaf) {
            super(parent);
            this.from = from;
            this.to = to;
            this.leafSize = leafSize;
            this.align = align;
            this.leaf = leaf;
        }

        @Override
        public void compute() {
            int lo = from;
            int hi = to;
            while (!onePiece(lo, hi, leafSize)) {
                int mid = (int) split(lo, hi, align);
                addToPendingCount(1);
                new Pieces(this, mid, hi, leafSize, align, leaf).fork();
                hi = mid;
            }
            leaf.run(lo, hi);
            tryComplete();
        }
    }

    /** The counting twin of {@link Pieces}: forks the left half, computes the right, adds. */
    private static final class Sum extends RecursiveTask<Long> {
        private static final long serialVersionUID = 1L;

        private final long from;
        private final long to;
        private final long leafSize;
        private final long align;
        private final transient CountLeaf leaf;

        Sum(long from, long to, long leafSize, long align, CountLeaf leaf) {
            this.from = from;
            this.to = to;
            this.leafSize = leafSize;
            this.align = align;
            this.leaf = leaf;
        }

        @Override
        protected Long compute() {
            if (onePiece(from, to, leafSize)) {
                return leaf.count(from, to);
            }
            long mid = split(from, to, align);
            Sum left = new Sum(from, mid, leafSize, align, leaf);
            left.fork();
            long right = new Sum(mid, to, leafSize, align, leaf).compute();
            return left.join() + right;
        }
    }
}
