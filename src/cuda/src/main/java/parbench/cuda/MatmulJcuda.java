package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;

import jcuda.Pointer;
import jcuda.driver.CUfunction;
import parbench.core.DeviceKernel;
import parbench.core.Matmul;
import parbench.core.MatmulArgs;

/** Dense matmul on an NVIDIA GPU through JCuda: shared-memory tiled kernel of {@code matmul.cu}. */
public final class MatmulJcuda extends JcudaKernel implements Matmul.Device {

    /** TILE and TILE / ROWS_PER_THREAD of matmul.cu: a block computes a 32×32 tile with 32×8 threads. */
    private static final int TILE = 32;
    private static final int BLOCK_ROWS = 8;

    private final CUfunction kernel;
    private final DeviceBuffer a = sharedBuffer();
    private final DeviceBuffer b = sharedBuffer();
    private final DeviceBuffer c = sharedBuffer();

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public MatmulJcuda() {
        kernel = context.function("matmul", "matmul");
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

    private final class Bound extends BoundKernel {
        private final float[] ha;
        private final float[] hb;
        private final float[] hc;
        private final int n;
        private final long elements;
        private final DeviceBuffer da;
        private final DeviceBuffer db;
        private final DeviceBuffer dc;

        Bound(float[] ha, float[] hb, float[] hc, int n, boolean owned) {
            super(owned);
            this.ha = ha;
            this.hb = hb;
            this.hc = hc;
            this.n = n;
            this.elements = (long) n * n;
            this.da = buffer(a, elements * Float.BYTES);
            this.db = buffer(b, elements * Float.BYTES);
            this.dc = buffer(c, elements * Float.BYTES);
        }

        @Override
        void copyIn() {
            da.upload(ha, elements);
            db.upload(hb, elements);
        }

        @Override
        void compute() {
            if (n == 0) {
                return;
            }
            int tiles = (n + TILE - 1) / TILE;
            Pointer params = Pointer.to(Pointer.to(da.pointer()), Pointer.to(db.pointer()), Pointer.to(dc.pointer()),
                    Pointer.to(new int[] {n}));
            Cu.check(cuLaunchKernel(kernel, tiles, tiles, 1, TILE, BLOCK_ROWS, 1, 0, null, params, null),
                    "cuLaunchKernel(matmul)");
        }

        @Override
        void copyOut() {
            dc.download(hc, elements);
        }
    }
}
