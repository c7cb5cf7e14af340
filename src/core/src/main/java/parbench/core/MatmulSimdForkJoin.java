package parbench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link MatmulSimd} kernel across a private {@link WorkerPool}: first the B panels are packed
 * by all workers (an even split of panels), then the row blocks of C are computed. There is one
 * task per thread, each with its own A packing buffer; tasks claim row blocks from a shared
 * counter, so a worker slowed by another process on the machine takes fewer blocks instead of
 * holding the others up.
 * One multiply at a time per instance: the packing buffers belong to the instance.
 */
public final class MatmulSimdForkJoin extends PooledKernel implements Matmul {

    private final MatmulSimdKernel kernel;

    public MatmulSimdForkJoin(int threads) {
        this(threads, MatmulSimdKernel.DEFAULT_KC, MatmulSimdKernel.DEFAULT_MC);
    }

    /**
     * Explicit tile sizes, for sweeps.
     *
     * @param threads workers (>= 1)
     * @param kc      depth of a k slice (>= 1)
     * @param mc      rows of a packed A block (>= 4; rounded down to a multiple of the micro-tile
     *                height, 4 or 8 at 512 bits, and at least one tile)
     */
    public MatmulSimdForkJoin(int threads, int kc, int mc) {
        super(threads);
        // Bad kc or mc throw here; the pool has started no worker yet (they start with the first task).
        this.kernel = new MatmulSimdKernel(threads, kc, mc);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        if (n == 0) {
            return;
        }
        kernel.prepare(n);
        int threads = pool.threads();
        int panels = MatmulSimdKernel.panels(n);
        int blocks = kernel.rowBlocks(n, threads);
        AtomicInteger nextBlock = new AtomicInteger();
        pool.invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                List<ForkJoinTask<?>> pack = new ArrayList<>(threads);
                for (int t = 0; t < threads; t++) {
                    int p0 = (int) ((long) t * panels / threads);
                    int p1 = (int) ((long) (t + 1) * panels / threads);
                    pack.add(ForkJoinTask.adapt(() -> kernel.packB(b, n, p0, p1)));
                }
                invokeAll(pack);
                List<ForkJoinTask<?>> work = new ArrayList<>(threads);
                for (int t = 0; t < threads; t++) {
                    int slot = t;
                    work.add(ForkJoinTask.adapt(() -> {
                        for (int blk = nextBlock.getAndIncrement(); blk < blocks; blk = nextBlock.getAndIncrement()) {
                            kernel.computeRowBlock(a, c, n, blk, blocks, slot);
                        }
                    }));
                }
                invokeAll(work);
            }
        });
    }
}
