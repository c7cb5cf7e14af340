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
    private final DeviceBuffer a = sharedBuffer();
    private final DeviceBuffer b = sharedBuffer();
    private final DeviceBuffer c = sharedBuffer();

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public VectorAddJcuda() {
        kernel = context.function("vector_add", "vector_add");
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        enter();
        new Bound(a, b, c, false).endToEnd();
    }

    /** Binds host arrays to device buffers of their own, for timing copies and kernel apart. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        enter();
        return track(new Bound(a, b, c, true));
    }

    private final class Bound extends BoundKernel {
        private final float[] ha;
        private final float[] hb;
        private final float[] hc;
        private final DeviceBuffer da;
        private final DeviceBuffer db;
        private final DeviceBuffer dc;
        private final int n;

        Bound(float[] ha, float[] hb, float[] hc, boolean owned) {
            super(owned);
            this.ha = ha;
            this.hb = hb;
            this.hc = hc;
            this.n = ha.length;
            long bytes = (long) n * Float.BYTES;
            this.da = buffer(a, bytes);
            this.db = buffer(b, bytes);
            this.dc = buffer(c, bytes);
        }

        @Override
        void copyIn() {
            da.upload(ha, n);
            db.upload(hb, n);
        }

        @Override
        void compute() {
            if (n == 0) {
                return;
            }
            Pointer params = Pointer.to(Pointer.to(da.pointer()), Pointer.to(db.pointer()), Pointer.to(dc.pointer()),
                    Pointer.to(new int[] {n}));
            Cu.check(cuLaunchKernel(kernel, gridStrideBlocks(n, BLOCK, BLOCKS_PER_SM), 1, 1, BLOCK, 1, 1,
                    0, null, params, null), "cuLaunchKernel(vector_add)");
        }

        @Override
        void copyOut() {
            dc.download(hc, n);
        }
    }
}
