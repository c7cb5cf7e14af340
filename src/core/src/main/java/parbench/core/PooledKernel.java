package parbench.core;

/**
 * What every threaded CPU kernel has: a private {@link WorkerPool} of {@code threads} workers,
 * made with the kernel and closed with it (never the common pool, so {@code threads} is exactly
 * the parallelism measured).
 */
public abstract class PooledKernel implements AutoCloseable {

    protected final WorkerPool pool;

    protected PooledKernel(int threads) {
        this.pool = new WorkerPool(threads);
    }

    /** The kernel's pool: tests read which threads ran it. */
    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
