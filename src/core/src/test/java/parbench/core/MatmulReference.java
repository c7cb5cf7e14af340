package parbench.core;

import static org.junit.jupiter.api.Assertions.fail;

/** Test helper: the double-precision reference product and the checks every backend must pass. */
final class MatmulReference {

    /** Unit roundoff of float, 2^-24. */
    static final double FLOAT_U = Math.ulp(1.0f) / 2;

    final int n;
    final double[] product;
    /** Per element, sum over k of |a_ik| |b_kj|: the scale of the rounding error. */
    final double[] absProduct;

    MatmulReference(float[] a, float[] b, int n) {
        this.n = n;
        product = new double[n * n];
        absProduct = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) {
                    double bkj = b[k * n + j];
                    product[i * n + j] += aik * bkj;
                    absProduct[i * n + j] += Math.abs(aik * bkj);
                }
            }
        }
    }

    /**
     * Asserts |c - ref| <= 2 (n + 1) u sum_k |a_ik||b_kj| for every element. A float dot product of
     * length n, summed in any order, with or without fused multiply-adds, is within
     * gamma_n = n u / (1 - n u) of that sum (Higham, Accuracy and Stability, 3.1), so the bound
     * cannot be exceeded by a correct kernel, whatever order it sums in; doubling it only keeps
     * the test from depending on that analysis being tight. A dropped or repeated term is
     * |a_ik b_kj|, about 0.25 on average for inputs in [-1, 1), far above the bound
     * (~1e-3 at n = 257).
     */
    void assertClose(float[] c, String what) {
        double gamma = 2.0 * (n + 1) * FLOAT_U;
        for (int i = 0; i < n * n; i++) {
            double err = Math.abs(c[i] - product[i]);
            double tol = gamma * absProduct[i];
            if (!(err <= tol)) {
                fail(what + ": n = " + n + ", c[" + i / n + "][" + i % n + "] = " + c[i] + ", expected "
                        + product[i] + " +- " + tol);
            }
        }
    }

    /** Asserts c equals the reference exactly (for inputs whose products and sums are exact in float). */
    void assertExact(float[] c, String what) {
        for (int i = 0; i < n * n; i++) {
            if (c[i] != product[i]) {
                fail(what + ": n = " + n + ", c[" + i / n + "][" + i % n + "] = " + c[i] + ", expected exactly " + product[i]);
            }
        }
    }

    /** n*n small integers in [-3, 3] from a seed: every product and partial sum is exact in float for n < 2^20. */
    static float[] smallIntegers(long seed, int n) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        float[] v = new float[n * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(7) - 3;
        }
        return v;
    }

    /** A fresh output filled with NaN, so an element the kernel forgets to write fails the check. */
    static float[] poisoned(int n) {
        float[] c = new float[n * n];
        java.util.Arrays.fill(c, Float.NaN);
        return c;
    }
}
