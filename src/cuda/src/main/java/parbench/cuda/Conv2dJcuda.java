package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;

import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import parbench.core.Conv2d;
import parbench.core.DeviceKernel;

/**
 * Valid-mode 2D convolution on an NVIDIA GPU through JCuda ({@code conv2d.cu}): the filter in
 * constant memory, each block's input tile plus its halo staged in shared memory. Filters up to
 * 63×63. The constant filter belongs to the module, so binding or calling with a new filter
 * replaces it for every instance: upload before each launch.
 */
public final class Conv2dJcuda extends JcudaKernel implements Conv2d.Device {

    /** TILE_W × TILE_H of conv2d.cu: one output pixel per thread. */
    private static final int TILE_W = 32;
    private static final int TILE_H = 8;

    private final CUfunction kernel;
    private final CUdeviceptr constantFilter;
    private final DeviceBuffer image = sharedBuffer();
    private final DeviceBuffer out = sharedBuffer();

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public Conv2dJcuda() {
        kernel = context.function("conv2d", "conv2d");
        constantFilter = context.global("conv2d", "c_filter",
                (long) CudaArgs.CONV_MAX_K * CudaArgs.CONV_MAX_K * Float.BYTES);
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        CudaArgs.conv2d(image, height, width, filter, k, out);
        enter();
        new Bound(image, height, width, filter, k, out, false).endToEnd();
    }

    /** Binds host arrays to device buffers of their own, for timing copies and kernel apart. */
    @Override
    public DeviceKernel bind(float[] image, int height, int width, float[] filter, int k, float[] out) {
        CudaArgs.conv2d(image, height, width, filter, k, out);
        enter();
        return track(new Bound(image, height, width, filter, k, out, true));
    }

    private final class Bound extends BoundKernel {
        private final float[] hImage;
        private final float[] hFilter;
        private final float[] hOut;
        private final int height;
        private final int width;
        private final int k;
        private final int outH;
        private final int outW;
        private final DeviceBuffer dImage;
        private final DeviceBuffer dOut;

        Bound(float[] hImage, int height, int width, float[] hFilter, int k, float[] hOut, boolean owned) {
            super(owned);
            this.hImage = hImage;
            this.hFilter = hFilter;
            this.hOut = hOut;
            this.height = height;
            this.width = width;
            this.k = k;
            this.outH = Conv2d.outSize(height, k);
            this.outW = Conv2d.outSize(width, k);
            this.dImage = buffer(image, (long) height * width * Float.BYTES);
            this.dOut = buffer(out, (long) outH * outW * Float.BYTES);
        }

        @Override
        void copyIn() {
            dImage.upload(hImage, (long) height * width);
            Cu.check(cuMemcpyHtoD(constantFilter, Pointer.to(hFilter), (long) k * k * Float.BYTES),
                    "cuMemcpyHtoD(c_filter)");
        }

        @Override
        void compute() {
            int tileBytes = (TILE_W + k - 1) * (TILE_H + k - 1) * Float.BYTES;
            Pointer params = Pointer.to(Pointer.to(dImage.pointer()), Pointer.to(new int[] {height}),
                    Pointer.to(new int[] {width}), Pointer.to(new int[] {k}), Pointer.to(dOut.pointer()));
            Cu.check(cuLaunchKernel(kernel, (outW + TILE_W - 1) / TILE_W, (outH + TILE_H - 1) / TILE_H, 1,
                    TILE_W, TILE_H, 1, tileBytes, null, params, null), "cuLaunchKernel(conv2d)");
        }

        @Override
        void copyOut() {
            dOut.download(hOut, (long) outH * outW);
        }
    }
}
