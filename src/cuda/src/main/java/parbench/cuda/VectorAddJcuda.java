package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;

import parbench.core.DeviceKernel;
import parbench.core.VectorAdd;
import parbench.core.VectorAddArgs;

/** Vector add on an NVIDIA GPU through JCuda ({@code vector_add.cu}). */
public final class VectorAddJcuda extends AbcJcudaKernel implements VectorAdd.Device {

    private static final int BLOCK = 256;
    /** 8 resident blocks of 256 threads fill an SM; 4 waves of them hide the grid-stride tail. */
    private static final int BLOCKS_PER_SM = 32;

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public VectorAddJcuda() {
        super("vector_add");
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

    private final class Bound extends AbcBound {

        Bound(float[] ha, float[] hb, float[] hc, boolean owned) {
            super(ha, hb, hc, ha.length, owned);
        }

        @Override
        void compute() {
            if (n == 0) {
                return;
            }
            Cu.check(cuLaunchKernel(kernel, gridStrideBlocks(n, BLOCK, BLOCKS_PER_SM), 1, 1, BLOCK, 1, 1,
                    0, null, params(), null), "cuLaunchKernel(vector_add)");
        }
    }
}
