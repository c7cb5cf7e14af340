package parbench.cuda;

import parbench.core.Conv2dArgs;

/** What the jcuda kernels add to a workload's argument contract (the contracts themselves are core's *Args). */
final class CudaArgs {

    /** Largest filter side the conv2d kernel's constant-memory filter holds (MAX_K in conv2d.cu). */
    static final int CONV_MAX_K = 63;

    private CudaArgs() {
    }

    /** {@link Conv2dArgs#check}, and k <= CONV_MAX_K. */
    static void conv2d(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        if (k > CONV_MAX_K) {
            throw new IllegalArgumentException("filter size k=" + k + " exceeds the jcuda conv2d limit of "
                    + CONV_MAX_K + " (the filter lives in constant memory)");
        }
    }
}
