package parbench.core;

import java.util.concurrent.RecursiveAction;

/** The Vector API vector add split by recursive halving over a private fork/join pool. */
public final class VectorAddSimdForkJoin implements VectorAdd {

    /**
     * Ranges at or below this many elements run as one SIMD loop; same reasoning as
     * {@link VectorAddForkJoin#LEAF_ELEMENTS}. Splits fall on multiples of {@link #ALIGN} so
     * every leaf but the last has no scalar tail and starts on a cache line boundary.
     */
    static final int LEAF_ELEMENTS = 1 << 16;
    /** 16 floats = one 64-byte cache line, a whole number of vectors for every species up to 512 bits. */
    static final int ALIGN = 16;

    private final WorkerPool pool;

    public VectorAddSimdForkJoin(int threads) {
        this.pool = new WorkerPool(threads);
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        pool.invoke(new Task(a, b, c, 0, a.length));
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static final class Task extends RecursiveAction {
        private final float[] a;
        private final float[] b;
        private final float[] c;
        private final int from;
        private final int to;

        Task(float[] a, float[] b, float[] c, int from, int to) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= LEAF_ELEMENTS) {
                VectorAddSimd.addRange(a, b, c, from, to);
                return;
            }
            int mid = from + (((to - from) >>> 1) & -ALIGN);
            invokeAll(new Task(a, b, c, from, mid), new Task(a, b, c, mid, to));
        }
    }
}
