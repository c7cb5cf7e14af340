package parbench.core;

import java.util.concurrent.RecursiveTask;

/** The Vector API Monte Carlo kernel split by recursive halving over a private fork/join pool. */
public final class MonteCarloPiSimdForkJoin implements MonteCarloPi {

    /**
     * Ranges at or below this many samples run as one SIMD loop: 2^20 samples take ~0.3-3 ms
     * (0.4-1.2 G samples/s on JDK 17-25), so fork costs are noise, and 2^22 samples (the CI
     * profile) still give 4 leaves. It was 2^22, which left 2^22 samples in one leaf: measured
     * 13.3 ms at 2 threads against 12.7 ms for simd, no parallelism at all.
     */
    static final long LEAF_SAMPLES = 1L << 20;

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
