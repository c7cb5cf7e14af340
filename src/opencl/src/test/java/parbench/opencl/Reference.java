package parbench.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import parbench.core.SplitMix64;

/**
 * Serial reference results (plain loops, double accumulation) and size-scaled comparisons. Float
 * kernels may sum in another order and with FMA, so each element is allowed the rounding error
 * bound of its own sum: a few units of float epsilon times the sum of |terms| times the term count.
 */
final class Reference {

    private static final double EPS = Math.ulp(1.0f);

    private Reference() {
    }

    static float[] add(float[] a, float[] b) {
        float[] c = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + b[i];
        }
        return c;
    }

    /** Each element of a x b with its error bound: result[0] = values, result[1] = bounds. */
    static double[][] matmul(float[] a, float[] b, int n) {
        double[] c = new double[n * n];
        double[] bound = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                double abs = 0;
                for (int k = 0; k < n; k++) {
                    double t = (double) a[i * n + k] * b[k * n + j];
                    s += t;
                    abs += Math.abs(t);
                }
                c[i * n + j] = s;
                bound[i * n + j] = 2 * n * EPS * abs;
            }
        }
        return new double[][] {c, bound};
    }

    static double[][] conv2d(float[] image, int h, int w, float[] filter, int k) {
        int oh = h - k + 1;
        int ow = w - k + 1;
        double[] out = new double[oh * ow];
        double[] bound = new double[oh * ow];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double s = 0;
                double abs = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        double t = (double) image[(y + i) * w + x + j] * filter[i * k + j];
                        s += t;
                        abs += Math.abs(t);
                    }
                }
                out[y * ow + x] = s;
                bound[y * ow + x] = 2 * k * k * EPS * abs;
            }
        }
        return new double[][] {out, bound};
    }

    static long countInside(long seed, long samples) {
        long c = 0;
        for (long i = 0; i < samples; i++) {
            c += SplitMix64.sample(seed, i);
        }
        return c;
    }

    /** Fails on the first element outside its bound, naming the index. */
    static void assertClose(double[][] expected, float[] actual, String what) {
        double[] e = expected[0];
        double[] bound = expected[1];
        assertEquals(e.length, actual.length, what + ": length");
        for (int i = 0; i < e.length; i++) {
            double diff = Math.abs(actual[i] - e[i]);
            if (!(diff <= bound[i] + Float.MIN_NORMAL)) {
                fail(what + ": element " + i + " is " + actual[i] + ", expected " + e[i] + " +- " + bound[i]);
            }
        }
    }
}
