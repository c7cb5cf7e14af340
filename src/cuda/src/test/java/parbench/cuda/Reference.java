package parbench.cuda;

import parbench.core.Conv2d;
import parbench.core.SplitMix64;

/**
 * Plain serial loops the GPU results are checked against, in double precision so the
 * reference itself adds no rounding worth speaking of. They restate the core definitions
 * (VectorAdd, Matmul, Conv2d javadoc; SplitMix64.sample) as directly as possible.
 */
final class Reference {

    private Reference() {
    }

    static float[] add(float[] a, float[] b) {
        float[] c = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + b[i];
        }
        return c;
    }

    static double[] multiply(float[] a, float[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += aik * b[k * n + j];
                }
            }
        }
        return c;
    }

    static double[] convolve(float[] image, int height, int width, float[] filter, int k) {
        int oh = Conv2d.outSize(height, k);
        int ow = Conv2d.outSize(width, k);
        double[] out = new double[oh * ow];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double s = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        s += (double) image[(y + i) * width + x + j] * filter[i * k + j];
                    }
                }
                out[y * ow + x] = s;
            }
        }
        return out;
    }

    /** Element-wise |v|: the reference run on |inputs| gives the sum of |terms| the rounding bound needs. */
    static float[] abs(float[] v) {
        float[] r = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.abs(v[i]);
        }
        return r;
    }

    /**
     * Checks a float result of sums of {@code terms} products against the double reference with the
     * classic bound for recursive summation, |error| <= terms * u * sum|products| (u = 2^-24),
     * doubled for slack; {@code absSums} is the reference evaluated on |inputs|.
     */
    static void assertWithinRoundingBound(double[] expected, double[] absSums, float[] actual, int terms, String what) {
        double u = Math.ulp(1.0f) / 2;
        for (int i = 0; i < expected.length; i++) {
            double tol = 2 * terms * u * absSums[i] + Float.MIN_NORMAL;
            if (!(Math.abs(expected[i] - actual[i]) <= tol)) {
                throw new AssertionError(what + ": element " + i + " expected " + expected[i] + " got " + actual[i]
                        + " (bound " + tol + ")");
            }
        }
    }

    /** Checks a float matmul result against the reference within the rounding bound. */
    static void assertMatmul(float[] a, float[] b, int n, float[] actual, String what) {
        assertWithinRoundingBound(multiply(a, b, n), multiply(abs(a), abs(b), n), actual, n, what);
    }

    /** Checks a float convolution result against the reference within the rounding bound. */
    static void assertConvolution(float[] image, int height, int width, float[] filter, int k, float[] actual,
            String what) {
        assertWithinRoundingBound(convolve(image, height, width, filter, k),
                convolve(abs(image), height, width, abs(filter), k), actual, k * k, what);
    }

    static long countInside(long seed, long samples) {
        long inside = 0;
        for (long i = 0; i < samples; i++) {
            inside += SplitMix64.sample(seed, i);
        }
        return inside;
    }
}
