package parbench.core;

/**
 * The serial i-k-j loop split into row blocks by recursive fork/join halving, in a private
 * {@link WorkerPool} of {@code threads} workers.
 */
public final class MatmulForkJoin extends PooledKernel implements Matmul {

    /**
     * A leaf does at least this many multiply-adds (rows × n²), about 1 M: a leaf then costs
     * ~0.1–1 ms, far above the few microseconds fork/join charges per task, while n = 1024 still
     * splits into 1024 row tasks, plenty for work stealing to balance the threads.
     */
    static final long MIN_LEAF_WORK = 1L << 20;

    /** Rows per leaf for n >= 1: MIN_LEAF_WORK multiply-adds, at least one row, at most n. */
    static int leafRows(int n) {
        return (int) Math.max(1, Math.min(n, MIN_LEAF_WORK / ((long) n * n)));
    }

    public MatmulForkJoin(int threads) {
        super(threads);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        if (n == 0) {
            return;
        }
        ForkJoinRanges.forEach(pool, 0, n, leafRows(n), 1, (i0, i1) -> MatmulSerial.rows(a, b, c, n, i0, i1));
    }
}
