package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;

import jcuda.Pointer;
import jcuda.driver.CUfunction;
import parbench.core.DeviceKernel;
import parbench.core.VectorAdd;
import parbench.core.VectorAddArgs;

/** Vector add on an NVIDIA GPU through JCuda ({@code vector_add.cu}). */
public final class VectorAddJcuda extends JcudaKernel implements VectorAdd.Device {

    private static final int BLOCK = 256;
    /** 8 resident blocks of 256 threads fill an SM; 4 waves of them hide the grid-stride tail. */
    private static final int BLOCKS_PER_SM = 32;

    private final CUfunction kernel;
    private final DeviceBuffer a = new DeviceBuffer();
    private final DeviceBuffer b = new DeviceBuffer();
    private final DeviceBuffer c = new DeviceBuffer();

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public VectorAddJcuda() {
        kernel = context.function("vector_add", "vector_add");
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        enter();
        Bound k = new Bound(a, b, c, this.a, this.b, this.c, false);
        k.upload();
        k.launch();
        k.download();
    }

    /** Binds host arrays to device buffers of their own, for timing copies and kernel apart. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        enter();
        return track(new Bound(a, b, c, new DeviceBuffer(), new DeviceBuffer(), new DeviceBuffer(), true));
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
        private final DeviceBuffer da;
        private final DeviceBuffer db;
        private final DeviceBuffer dc;
        private final boolean owned;
        private final int n;

        Bound(float[] ha, float[] hb, float[] hc, DeviceBuffer da, DeviceBuffer db, DeviceBuffer dc, boolean owned) {
            this.ha = ha;
            this.hb = hb;
            this.hc = hc;
            this.n = ha.length;
            long bytes = (long) n * Float.BYTES;
            this.da = da.ensure(bytes);
            this.db = db.ensure(bytes);
            this.dc = dc.ensure(bytes);
            this.owned = owned;
        }

        @Override
        public void upload() {
            enter();
            da.upload(ha, n);
            db.upload(hb, n);
        }

        @Override
        public void launch() {
            enter();
            if (n == 0) {
                return;
            }
            Pointer params = Pointer.to(Pointer.to(da.pointer()), Pointer.to(db.pointer()), Pointer.to(dc.pointer()),
                    Pointer.to(new int[] {n}));
            Cu.check(cuLaunchKernel(kernel, gridStrideBlocks(n, BLOCK, BLOCKS_PER_SM), 1, 1, BLOCK, 1, 1,
                    0, null, params, null), "cuLaunchKernel(vector_add)");
            context.synchronize();
        }

        @Override
        public void download() {
            enter();
            dc.download(hc, n);
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
