package parbench.core;

/**
 * Vector API matrix multiply on the calling thread: packed B panels, L1/L2 tiling and a 6 × 2-vector
 * register block (see {@link MatmulSimdKernel}). Requires {@code --add-modules=jdk.incubator.vector}
 * (check {@link SimdSupport#availability()} first).
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
     * @param mc rows of a packed A block (>= 6, rounded down to a multiple of 6)
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
