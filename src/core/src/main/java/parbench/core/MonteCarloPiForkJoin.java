package parbench.core;

import java.util.concurrent.RecursiveTask;

/** Monte Carlo pi split by recursive halving of the sample range into fork/join tasks. */
public final class MonteCarloPiForkJoin implements MonteCarloPi {

    /**
     * Ranges at or below this many samples run serially: 2^20 samples take ~1-2 ms with the
     * serial loop, so fork costs (~1 us) are noise, and 10^8 samples still give ~100 leaves.
     */
    static final long LEAF_SAMPLES = 1L << 20;

    private final WorkerPool pool;

    public MonteCarloPiForkJoin(int threads) {
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
                return MonteCarloPiSerial.countRange(seed, from, to);
            }
            long mid = from + ((to - from) >>> 1);
            Task left = new Task(seed, from, mid);
            left.fork();
            long right = new Task(seed, mid, to).compute();
            return left.join() + right;
        }
    }
}
