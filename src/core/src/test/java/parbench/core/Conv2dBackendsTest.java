package parbench.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Conv2d CPU backend against a double-precision reference, on sizes chosen to hit every
 * path of the kernels: 1×1, images narrower than one vector, widths and heights that are not
 * multiples of the vector length or of the register blocks, the unrolled k = 3, 5, 7 kernels and
 * the generic ones (k = 1, 2, 4), and thread counts above the number of output rows.
 *
 * <p>Tolerance: each output is a float sum of k² products of values in [-1, 1). Rounding each
 * product and each partial sum in float (or one rounding per fused multiply-add) gives an error
 * of at most about (k² + 1) · 2⁻²⁴ · Σ|image · filter| (the standard bound for recursive
 * summation). The test allows twice that, so it scales with k², is independent of the summation
 * order (the SIMD kernels sum column by column) and still catches any wrong or missing tap.
 */
class Conv2dBackendsTest {

    /** image height, width. */
    private static final int[][] SIZES = {
        {1, 1}, {3, 3}, {5, 7}, {17, 15}, {33, 100}, {255, 17}, {1000, 3}, {40, 61}, {70, 203}, {9, 26},
        // around the 12-vector block of Conv2dSimd: blocks followed by 4-vector blocks, the last shifted
        {4, 104}, {6, 300}, {8, 196},
    };
    private static final int[] KS = {1, 2, 3, 4, 5, 7};
    private static final int[] THREADS = {1, 2, 3, 8};

    record Backend(String name, IntFunction<Conv2d> make, boolean threaded) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Backend> backends() {
        return List.of(
                new Backend("serial", t -> new Conv2dSerial(), false),
                new Backend("forkjoin", Conv2dForkJoin::new, true),
                new Backend("streams", Conv2dStreams::new, true),
                new Backend("simd", t -> new Conv2dSimd(), false),
                new Backend("simd_forkjoin", Conv2dSimdForkJoin::new, true));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Backend b : backends()) {
            for (int t : b.threaded() ? THREADS : new int[] {1}) {
                cases.add(Arguments.of(b, t));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("cases")
    void matchesDoublePrecisionReferenceOnAwkwardSizes(Backend backend, int threads) {
        try (Conv2d conv = backend.make().apply(threads)) {
            int checked = 0;
            for (int[] size : SIZES) {
                int h = size[0];
                int w = size[1];
                for (int k : KS) {
                    if (k > h || k > w) {
                        continue;
                    }
                    check(conv, h, w, k, 1000L * h + w + k);
                    checked++;
                }
            }
            assertEquals(63, checked, "number of (size, k) cases exercised");
        }
    }

    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("cases")
    void benchmarkShapeWithGaussianFilterMatchesReference(Backend backend, int threads) {
        int n = 260;
        float[] image = Inputs.randomFloats(Inputs.DEFAULT_SEED, n * n);
        float[] filter = Inputs.gaussianFilter(5);
        try (Conv2d conv = backend.make().apply(threads)) {
            float[] out = new float[(n - 4) * (n - 4)];
            conv.convolve(image, n, n, filter, 5, out);
            assertClose(image, n, n, filter, 5, out, backend + " gaussian 5x5");
        }
    }

    /** A non-symmetric filter on a tiny image, worked by hand: catches a flipped or transposed filter. */
    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("cases")
    void appliesFilterWithoutFlipOrTranspose(Backend backend, int threads) {
        float[] image = {
            1, 2, 3, 4,
            5, 6, 7, 8,
            9, 10, 11, 12,
        };
        float[] filter = {
            1, 10,
            100, 1000,
        };
        // out[y][x] = img[y][x] + 10 img[y][x+1] + 100 img[y+1][x] + 1000 img[y+1][x+1]
        float[] expected = {
            1 + 20 + 500 + 6000, 2 + 30 + 600 + 7000, 3 + 40 + 700 + 8000,
            5 + 60 + 900 + 10000, 6 + 70 + 1000 + 11000, 7 + 80 + 1100 + 12000,
        };
        try (Conv2d conv = backend.make().apply(threads)) {
            float[] out = new float[6];
            conv.convolve(image, 3, 4, filter, 2, out);
            assertArrayEquals(expected, out, 0f);
        }
    }

    /**
     * The threaded backends run the same per-pixel arithmetic as their single-threaded kernel, so
     * their output must be bit-identical for every thread count: band splitting must neither skip
     * nor double-count rows.
     */
    @Test
    void threadedBackendsAreBitIdenticalToTheirSingleThreadKernel() {
        for (int[] size : new int[][] {{255, 17}, {70, 203}, {33, 100}, {12, 40}}) {
            int h = size[0];
            int w = size[1];
            for (int k : new int[] {3, 4, 5}) {
                float[] image = Inputs.randomFloats(7, h * w);
                float[] filter = Inputs.randomFloats(8, k * k);
                int outLen = (h - k + 1) * (w - k + 1);
                float[] serial = new float[outLen];
                float[] simd = new float[outLen];
                new Conv2dSerial().convolve(image, h, w, filter, k, serial);
                new Conv2dSimd().convolve(image, h, w, filter, k, simd);
                for (int t : THREADS) {
                    String where = h + "x" + w + " k=" + k + " threads=" + t;
                    assertArrayEquals(serial, run(new Conv2dForkJoin(t), image, h, w, filter, k), "forkjoin " + where);
                    assertArrayEquals(serial, run(new Conv2dStreams(t), image, h, w, filter, k), "streams " + where);
                    assertArrayEquals(simd, run(new Conv2dSimdForkJoin(t), image, h, w, filter, k),
                            "simd_forkjoin " + where);
                }
            }
        }
    }

    private static float[] run(Conv2d conv, float[] image, int h, int w, float[] filter, int k) {
        try (conv) {
            float[] out = new float[(h - k + 1) * (w - k + 1)];
            conv.convolve(image, h, w, filter, k, out);
            return out;
        }
    }

    private static void check(Conv2d conv, int h, int w, int k, long seed) {
        float[] image = Inputs.randomFloats(seed, h * w);
        float[] filter = Inputs.randomFloats(~seed, k * k);
        float[] out = new float[(h - k + 1) * (w - k + 1)];
        // NaN everywhere first: any output pixel a backend forgets to write fails the comparison.
        java.util.Arrays.fill(out, Float.NaN);
        conv.convolve(image, h, w, filter, k, out);
        assertClose(image, h, w, filter, k, out, h + "x" + w + " k=" + k);
    }

    private static void assertClose(float[] image, int h, int w, float[] filter, int k, float[] out, String where) {
        int oh = h - k + 1;
        int ow = w - k + 1;
        assertEquals(oh * ow, out.length);
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double sum = 0;
                double sumAbs = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        double p = (double) image[(y + i) * w + x + j] * filter[i * k + j];
                        sum += p;
                        sumAbs += Math.abs(p);
                    }
                }
                double tol = 2 * (k * k + 1) * 0x1p-24 * sumAbs + Float.MIN_NORMAL;
                float got = out[y * ow + x];
                if (!(Math.abs(got - sum) <= tol)) {
                    fail(where + ": out[" + y + "][" + x + "] = " + got + ", expected " + sum + " ± " + tol);
                }
            }
        }
        assertTrue(oh * ow > 0);
    }
}
