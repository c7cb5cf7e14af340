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

    static long countInside(long seed, long samples) {
        long inside = 0;
        for (long i = 0; i < samples; i++) {
            inside += SplitMix64.sample(seed, i);
        }
        return inside;
    }
}
