package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;

import parbench.core.DeviceKernel;
import parbench.core.Matmul;
import parbench.core.MatmulArgs;

/** Dense matmul on an NVIDIA GPU through JCuda: shared-memory tiled kernel of {@code matmul.cu}. */
public final class MatmulJcuda extends AbcJcudaKernel implements Matmul.Device {

    /** TILE and TILE / ROWS_PER_THREAD of matmul.cu: a block computes a 32×32 tile with 32×8 threads. */
    private static final int TILE = 32;
    private static final int BLOCK_ROWS = 8;

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public MatmulJcuda() {
        super("matmul");
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        enter();
        new Bound(a, b, c, n, false).endToEnd();
    }

    /** Binds host arrays to device buffers of their own, for timing copies and kernel apart. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        enter();
        return track(new Bound(a, b, c, n, true));
    }

    private final class Bound extends AbcBound {

        Bound(float[] ha, float[] hb, float[] hc, int n, boolean owned) {
            super(ha, hb, hc, n, owned);
        }

        @Override
        void compute() {
            if (n == 0) {
                return;
            }
            int tiles = (n + TILE - 1) / TILE;
            Cu.check(cuLaunchKernel(kernel, tiles, tiles, 1, TILE, BLOCK_ROWS, 1, 0, null, params(), null),
                    "cuLaunchKernel(matmul)");
        }
    }
}
