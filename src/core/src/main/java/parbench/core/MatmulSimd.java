package parbench.core;

/**
 * Vector API matrix multiply on the calling thread: packed B panels, L1/L2 tiling and a 4 × 2-vector
 * register block (see {@link MatmulSimdKernel}). Requires {@code --add-modules=jdk.incubator.vector}
 * (check {@link SimdSupport#availability()} first).
 * One multiply at a time per instance: the packing buffers belong to the instance.
 */
public final class MatmulSimd implements Matmul {

    private final MatmulSimdKernel kernel;

    /** Default tile sizes ({@link MatmulSimdKernel#DEFAULT_KC}, {@link MatmulSimdKernel#DEFAULT_MC}). */
    public MatmulSimd() {
        this(MatmulSimdKernel.DEFAULT_KC, MatmulSimdKernel.DEFAULT_MC);
    }

    /**
     * Explicit tile sizes, for sweeps.
     *
     * @param kc depth of a k slice (>= 1)
     * @param mc rows of a packed A block (>= 4; rounded down to a multiple of the micro-tile
     *           height, 4 or 8 at 512 bits, and at least one tile)
     */
    public MatmulSimd(int kc, int mc) {
        this.kernel = new MatmulSimdKernel(1, kc, mc);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        if (n == 0) {
            return;
        }
        kernel.prepare(n);
        kernel.packB(b, n, 0, MatmulSimdKernel.panels(n));
        int blocks = kernel.rowBlocks(n, 1);
        for (int blk = 0; blk < blocks; blk++) {
            kernel.computeRowBlock(a, c, n, blk, blocks, 0);
        }
    }
}
