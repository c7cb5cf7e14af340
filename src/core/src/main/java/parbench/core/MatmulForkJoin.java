package parbench.core;

import java.util.concurrent.RecursiveAction;

/**
 * The serial i-k-j loop split into row blocks by recursive fork/join halving, in a private
 * {@link WorkerPool} of {@code threads} workers.
 */
public final class MatmulForkJoin implements Matmul {

    /**
     * A leaf does at least this many multiply-adds (rows × n²), about 1 M: a leaf then costs
     * ~0.1–1 ms, far above the few microseconds fork/join charges per task, while n = 1024 still
     * splits into 1024 row tasks, plenty for work stealing to balance the threads.
     */
    static final long MIN_LEAF_WORK = 1L << 20;

    private final WorkerPool pool;

    public MatmulForkJoin(int threads) {
        this.pool = new WorkerPool(threads);
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        if (n == 0) {
            return;
        }
        long perRow = (long) n * n;
        int leafRows = (int) Math.max(1, Math.min(n, MIN_LEAF_WORK / perRow));
        pool.invoke(new Rows(a, b, c, n, 0, n, leafRows));
    }

    @Override
    public void close() {
        pool.close();
    }

    private static final class Rows extends RecursiveAction {
        private final float[] a;
        private final float[] b;
        private final float[] c;
        private final int n;
        private final int i0;
        private final int i1;
        private final int leafRows;

        Rows(float[] a, float[] b, float[] c, int n, int i0, int i1, int leafRows) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.n = n;
            this.i0 = i0;
            this.i1 = i1;
            this.leafRows = leafRows;
        }

        @Override
        protected void compute() {
            if (i1 - i0 <= leafRows) {
                MatmulSerial.rows(a, b, c, n, i0, i1);
                return;
            }
            int mid = (i0 + i1) >>> 1;
            invokeAll(new Rows(a, b, c, n, i0, mid, leafRows), new Rows(a, b, c, n, mid, i1, leafRows));
        }
    }
}
