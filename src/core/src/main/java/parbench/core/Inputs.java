package parbench.core;

import java.util.SplittableRandom;

/** Deterministic inputs from fixed seeds, shared by tests and benchmarks. */
public final class Inputs {

    /** Seed used by the benchmarks for every input array. */
    public static final long DEFAULT_SEED = 0x5EED_2026L;

    private Inputs() {
    }

    /** n floats uniform in [-1, 1) from the given seed. */
    public static float[] randomFloats(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextDouble() * 2.0 - 1.0);
        }
        return v;
    }

    /** A normalised k×k Gaussian filter (sigma = k/6, so the filter spans ±3 sigma), row-major. */
    public static float[] gaussianFilter(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("filter size k must be >= 1, got " + k);
        }
        double sigma = Math.max(k / 6.0, 0.5);
        double c = (k - 1) / 2.0;
        double[] w = new double[k * k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double d2 = (i - c) * (i - c) + (j - c) * (j - c);
                w[i * k + j] = Math.exp(-d2 / (2 * sigma * sigma));
                sum += w[i * k + j];
            }
        }
        float[] f = new float[k * k];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (w[i] / sum);
        }
        return f;
    }
}
