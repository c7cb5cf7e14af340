package parbench.opencl;

import java.util.Objects;

/** Argument checks shared by the OpenCL backends; each message names the offending argument. */
final class Checks {

    private Checks() {
    }

    static int vectorAdd(float[] a, float[] b, float[] c) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        if (a.length != b.length || a.length != c.length) {
            throw new IllegalArgumentException("vector add needs arrays of equal length, got a=" + a.length
                    + ", b=" + b.length + ", c=" + c.length);
        }
        return a.length;
    }

    static void matmul(float[] a, float[] b, float[] c, int n) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        if (n < 1 || n > 46_340) {
            throw new IllegalArgumentException("matrix size n must be in 1..46340 (n*n must fit an int), got " + n);
        }
        int nn = n * n;
        if (a.length != nn || b.length != nn || c.length != nn) {
            throw new IllegalArgumentException("matmul with n=" + n + " needs arrays of length n*n=" + nn
                    + ", got a=" + a.length + ", b=" + b.length + ", c=" + c.length);
        }
    }

    static void conv2d(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(out, "out");
        if (k < 1) {
            throw new IllegalArgumentException("filter size k must be >= 1, got " + k);
        }
        if (height < k || width < k) {
            throw new IllegalArgumentException("image " + height + "x" + width + " is smaller than the "
                    + k + "x" + k + " filter (valid mode needs height >= k and width >= k)");
        }
        if ((long) height * width != image.length) {
            throw new IllegalArgumentException("image length " + image.length + " != height*width = "
                    + height + "*" + width);
        }
        if (filter.length != k * k) {
            throw new IllegalArgumentException("filter length " + filter.length + " != k*k = " + k * k);
        }
        long outLen = (long) (height - k + 1) * (width - k + 1);
        if (out.length != outLen) {
            throw new IllegalArgumentException("out length " + out.length + " != (height-k+1)*(width-k+1) = " + outLen);
        }
    }

    static void samples(long samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0, got " + samples);
        }
    }
}
