package parbench.opencl;

import parbench.core.MatmulArgs;

/** What OpenCL adds to a workload's argument contract (the contracts themselves are core's *Args). */
final class Checks {

    private Checks() {
    }

    /** {@link MatmulArgs#check}, and n >= 1: an empty NDRange is an OpenCL error. */
    static void matmul(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        if (n == 0) {
            throw new IllegalArgumentException("matrix size n must be >= 1 on OpenCL (an empty NDRange is an error), got 0");
        }
    }
}
