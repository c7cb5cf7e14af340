package parbench.core;

import java.util.concurrent.RecursiveTask;

/** The Vector API Monte Carlo kernel split by recursive halving over a private fork/join pool. */
public final class MonteCarloPiSimdForkJoin implements MonteCarloPi {

    /**
     * Ranges at or below this many samples run as one SIMD loop: 2^22 samples take ~2-4 ms at
     * 1-2 G samples/s, so fork costs are noise, and 10^8 samples still give ~32 leaves.
     */
    static final long LEAF_SAMPLES = 1L << 22;

    private final WorkerPool pool;

    public MonteCarloPiSimdForkJoin(int threads) {
        this.pool = new WorkerPool(threads);
    }

    @Override
    public long countInside(long seed, long samples) {
        VectorAddArgs.checkSamples(samples);
        return pool.invoke(new Task(seed, 0, samples));
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static final class Task extends RecursiveTask<Long> {
        private final long seed;
        private final long from;
        private final long to;

        Task(long seed, long from, long to) {
            this.seed = seed;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= LEAF_SAMPLES) {
                return MonteCarloPiSimd.countRange(seed, from, to);
            }
            // Split on whole vector iterations so only the last leaf has a scalar tail.
            long mid = from + (((to - from) >>> 1) / MonteCarloPiSimd.STEP) * MonteCarloPiSimd.STEP;
            Task left = new Task(seed, from, mid);
            left.fork();
            long right = new Task(seed, mid, to).compute();
            return left.join() + right;
        }
    }
}
