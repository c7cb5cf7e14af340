package parbench.core;

import java.util.concurrent.RecursiveAction;

/** Vector add split by recursive halving into fork/join tasks on a private pool. */
public final class VectorAddForkJoin implements VectorAdd {

    /**
     * Ranges at or below this many elements run as one plain loop. 64 Ki floats = 768 KiB of the
     * three arrays: each leaf runs ~50 us at memory speed, so the ~1 us cost of a fork is noise,
     * and a 16 M element input still gives 256 leaves for load balancing.
     */
    static final int LEAF_ELEMENTS = 1 << 16;

    private final WorkerPool pool;

    public VectorAddForkJoin(int threads) {
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
                VectorAddSerial.addRange(a, b, c, from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Task(a, b, c, from, mid), new Task(a, b, c, mid, to));
        }
    }
}
