package parbench.cuda;

/** Argument checks shared by the jcuda kernels, done before any device work; messages name the problem. */
final class CudaArgs {

    /** Largest filter side the conv2d kernel's constant-memory filter holds (MAX_K in conv2d.cu). */
    static final int CONV_MAX_K = 63;

    private CudaArgs() {
    }

    static void vectorAdd(float[] a, float[] b, float[] c) {
        nonNull(a, "a");
        nonNull(b, "b");
        nonNull(c, "c");
        if (a.length != b.length || a.length != c.length) {
            throw new IllegalArgumentException("vector add needs arrays of equal length, got a=" + a.length
                    + ", b=" + b.length + ", c=" + c.length);
        }
    }

    static void matmul(float[] a, float[] b, float[] c, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("matrix size n must be >= 0, got " + n);
        }
        long nn = (long) n * n;
        if (nn > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("matrix size n=" + n + " is too large: n*n exceeds a Java array");
        }
        atLeast(a, "a", nn, "n*n");
        atLeast(b, "b", nn, "n*n");
        atLeast(c, "c", nn, "n*n");
    }

    static void conv2d(float[] image, int height, int width, float[] filter, int k, float[] out) {
        if (k < 1) {
            throw new IllegalArgumentException("filter size k must be >= 1, got " + k);
        }
        if (k > CONV_MAX_K) {
            throw new IllegalArgumentException("filter size k=" + k + " exceeds the jcuda conv2d limit of "
                    + CONV_MAX_K + " (the filter lives in constant memory)");
        }
        if (height < k || width < k) {
            throw new IllegalArgumentException("image " + height + "x" + width + " is smaller than the " + k + "x" + k
                    + " filter (valid mode needs height >= k and width >= k)");
        }
        atLeast(image, "image", (long) height * width, "height*width");
        atLeast(filter, "filter", (long) k * k, "k*k");
        long outSize = (long) (height - k + 1) * (width - k + 1);
        atLeast(out, "out", outSize, "(height-k+1)*(width-k+1)");
    }

    static void monteCarlo(long samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0, got " + samples);
        }
    }

    private static void nonNull(float[] v, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    private static void atLeast(float[] v, String name, long need, String what) {
        nonNull(v, name);
        if (v.length < need) {
            throw new IllegalArgumentException(name + " has " + v.length + " elements, needs " + what + " = " + need);
        }
    }
}
