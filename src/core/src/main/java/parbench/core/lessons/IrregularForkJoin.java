package parbench.core.lessons;

import java.util.concurrent.RecursiveAction;
import parbench.core.PooledKernel;

/**
 * Work stealing: the item range is halved recursively into fork/join tasks down to
 * {@link #LEAF_ITEMS}; an idle worker steals the oldest (largest) pending half of a busy one.
 */
public final class IrregularForkJoin extends PooledKernel implements Irregular {

    /** Same grain as {@link IrregularDynamic#DEFAULT_CHUNK}, so the two differ only in mechanism. */
    static final int LEAF_ITEMS = IrregularDynamic.DEFAULT_CHUNK;

    public IrregularForkJoin(int threads) {
        super(threads);
    }

    @Override
    public void compute(long[] out) {
        SkewedWork.checkOut(out);
        pool.invoke(new Task(out, 0, out.length));
    }

    private static final class Task extends RecursiveAction {
        private final long[] out;
        private final int from;
        private final int to;

        Task(long[] out, int from, int to) {
            this.out = out;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= LEAF_ITEMS) {
                SkewedWork.range(out, from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            Task left = new Task(out, from, mid);
            left.fork();
            new Task(out, mid, to).compute();
            left.join();
        }
    }
}
