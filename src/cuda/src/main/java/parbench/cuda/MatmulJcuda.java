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
    private final DeviceBuffer a = new DeviceBuffer();
    private final DeviceBuffer b = new DeviceBuffer();
    private final DeviceBuffer c = new DeviceBuffer();

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public MatmulJcuda() {
        kernel = context.function("matmul", "matmul");
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        enter();
        Bound k = new Bound(a, b, c, n, this.a, this.b, this.c, false);
        k.upload();
        k.launch();
        k.download();
    }

    /** Binds host arrays to device buffers of their own, for timing copies and kernel apart. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        enter();
        return track(new Bound(a, b, c, n, new DeviceBuffer(), new DeviceBuffer(), new DeviceBuffer(), true));
    }

    @Override
    void releaseBuffers() {
        a.close();
        b.close();
        c.close();
    }

    private final class Bound implements DeviceKernel {
        private final float[] ha;
        private final float[] hb;
        private final float[] hc;
        private final int n;
        private final long elements;
        private final DeviceBuffer da;
        private final DeviceBuffer db;
        private final DeviceBuffer dc;
        private final boolean owned;

        Bound(float[] ha, float[] hb, float[] hc, int n, DeviceBuffer da, DeviceBuffer db, DeviceBuffer dc,
                boolean owned) {
            this.ha = ha;
            this.hb = hb;
            this.hc = hc;
            this.n = n;
            this.elements = (long) n * n;
            this.da = da.ensure(elements * Float.BYTES);
            this.db = db.ensure(elements * Float.BYTES);
            this.dc = dc.ensure(elements * Float.BYTES);
            this.owned = owned;
        }

        @Override
        public void upload() {
            enter();
            da.upload(ha, elements);
            db.upload(hb, elements);
        }

        @Override
        public void launch() {
            enter();
            if (n == 0) {
                return;
            }
            int tiles = (n + TILE - 1) / TILE;
            Pointer params = Pointer.to(Pointer.to(da.pointer()), Pointer.to(db.pointer()), Pointer.to(dc.pointer()),
                    Pointer.to(new int[] {n}));
            Cu.check(cuLaunchKernel(kernel, tiles, tiles, 1, TILE, BLOCK_ROWS, 1, 0, null, params, null),
                    "cuLaunchKernel(matmul)");
            context.synchronize();
        }

        @Override
        public void download() {
            enter();
            dc.download(hc, elements);
        }

        @Override
        public void close() {
            if (owned) {
                context.makeCurrent();
                da.close();
                db.close();
                dc.close();
            }
        }
    }
}
