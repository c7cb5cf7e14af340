package parbench.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import parbench.core.Availability;
import parbench.core.Conv2d;
import parbench.core.DeviceCount;
import parbench.core.DeviceKernel;
import parbench.core.Inputs;
import parbench.core.Matmul;
import parbench.core.MonteCarloPi;
import parbench.core.VectorAdd;

/**
 * What every OpenCL backend must do, run for real on the OpenCL device: results against the
 * serial reference on awkward sizes, end to end and through bind(). When OpenCL is missing these
 * tests fail with the availability reason; they are never skipped.
 */
abstract class OpenClBackendsContract {

    abstract Availability availability();

    abstract VectorAdd vectorAdd();

    abstract DeviceKernel bind(VectorAdd k, float[] a, float[] b, float[] c);

    abstract Matmul matmul();

    abstract DeviceKernel bind(Matmul k, float[] a, float[] b, float[] c, int n);

    abstract Conv2d conv2d();

    abstract DeviceKernel bind(Conv2d k, float[] image, int h, int w, float[] filter, int kk, float[] out);

    abstract MonteCarloPi monteCarloPi();

    abstract DeviceCount bind(MonteCarloPi k, long seed, long samples);

    @Test
    void isAvailableOnThisMachine() {
        Availability a = availability();
        assertTrue(a.available(), () -> "OpenCL backend unavailable: " + a.detail());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 17, 255, 256, 1000, 4097})
    void vectorAddIsExact(int n) {
        float[] a = Inputs.randomFloats(1, n);
        float[] b = Inputs.randomFloats(2, n);
        float[] expected = Reference.add(a, b);
        try (VectorAdd k = vectorAdd()) {
            float[] c = new float[n];
            k.add(a, b, c);
            assertArrayEquals(expected, c, "end to end, n=" + n);
            float[] c2 = new float[n];
            try (DeviceKernel d = bind(k, a, b, c2)) {
                d.upload();
                d.launch();
                d.download();
            }
            assertArrayEquals(expected, c2, "bound, n=" + n);
        }
    }

    @Test
    void vectorAddReusesAndResizesItsBuffers() {
        try (VectorAdd k = vectorAdd()) {
            for (int n : new int[] {100, 100, 7, 4097}) {
                float[] a = Inputs.randomFloats(n, n);
                float[] b = Inputs.randomFloats(n + 1, n);
                float[] c = new float[n];
                k.add(a, b, c);
                assertArrayEquals(Reference.add(a, b), c, "n=" + n);
            }
        }
    }

    @Test
    void boundKernelRecomputesAfterNewUpload() {
        int n = 1000;
        float[] a = Inputs.randomFloats(3, n);
        float[] b = Inputs.randomFloats(4, n);
        float[] c = new float[n];
        try (VectorAdd k = vectorAdd(); DeviceKernel d = bind(k, a, b, c)) {
            d.upload();
            d.launch();
            d.download();
            assertArrayEquals(Reference.add(a, b), c);
            Arrays.fill(a, 1f);
            Arrays.fill(b, 2f);
            d.upload();
            d.launch();
            d.download();
            float[] threes = new float[n];
            Arrays.fill(threes, 3f);
            assertArrayEquals(threes, c, "new inputs after a second upload");
        }
    }

    @Test
    void vectorAddRejectsMismatchedLengths() {
        try (VectorAdd k = vectorAdd()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> k.add(new float[3], new float[4], new float[3]));
            assertTrue(e.getMessage().contains("b.length=4"), e.getMessage());
        }
    }

    @ParameterizedTest
    // 64, 65, 129: row blocks of the CPU kernel (64 rows) full and cut; 520, 1023: more than one
    // k slice (512), so partial sums are added to C, and panels cut by the edge.
    @ValueSource(ints = {1, 2, 3, 15, 17, 33, 64, 65, 100, 129, 520, 1023})
    void matmulMatchesSerial(int n) {
        float[] a = Inputs.randomFloats(10 + n, n * n);
        float[] b = Inputs.randomFloats(20 + n, n * n);
        double[][] expected = Reference.matmul(a, b, n);
        try (Matmul k = matmul()) {
            float[] c = new float[n * n];
            k.multiply(a, b, c, n);
            Reference.assertClose(expected, c, "end to end, n=" + n);
            float[] c2 = new float[n * n];
            try (DeviceKernel d = bind(k, a, b, c2, n)) {
                d.upload();
                d.launch();
                d.download();
            }
            Reference.assertClose(expected, c2, "bound, n=" + n);
        }
    }

    @Test
    void matmulReusesAndResizesItsBuffers() {
        try (Matmul k = matmul()) {
            for (int n : new int[] {33, 33, 5, 64}) {
                float[] a = Inputs.randomFloats(n, n * n);
                float[] b = Inputs.randomFloats(n + 1, n * n);
                float[] c = new float[n * n];
                k.multiply(a, b, c, n);
                Reference.assertClose(Reference.matmul(a, b, n), c, "n=" + n);
            }
        }
    }

    @Test
    void matmulRejectsWrongLengths() {
        try (Matmul k = matmul()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> k.multiply(new float[4], new float[4], new float[3], 2));
            assertTrue(e.getMessage().contains("c.length must be n*n = 4"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> k.multiply(new float[0], new float[0], new float[0], 0));
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,3,3", "5,5,5", "5,7,3", "7,5,3", "17,33,5", "33,17,5", "40,9,3", "9,40,1", "37,100,5",
            "100,37,3", "8,32,1", "13,65,5",
            // CPU kernel edges: output exactly one 3x16 block, 2 rows (scalar), 17 columns
            // (shifted block), bands of 32 rows plus a remainder, k = size, k up to 11
            "7,20,5", "6,40,5", "40,21,5", "70,130,5", "100,100,7", "9,9,9", "16,16,16", "20,40,17",
            "131,77,11", "66,300,2", "35,1030,4"})
    void conv2dMatchesSerial(int h, int w, int kk) {
        float[] image = Inputs.randomFloats(h * 1000L + w, h * w);
        float[] filter = Inputs.randomFloats(kk, kk * kk);
        double[][] expected = Reference.conv2d(image, h, w, filter, kk);
        int outLen = (h - kk + 1) * (w - kk + 1);
        try (Conv2d k = conv2d()) {
            float[] out = new float[outLen];
            k.convolve(image, h, w, filter, kk, out);
            Reference.assertClose(expected, out, "end to end " + h + "x" + w + " k=" + kk);
            float[] out2 = new float[outLen];
            try (DeviceKernel d = bind(k, image, h, w, filter, kk, out2)) {
                d.upload();
                d.launch();
                d.download();
            }
            Reference.assertClose(expected, out2, "bound " + h + "x" + w + " k=" + kk);
        }
    }

    @Test
    void conv2dReusesAndResizesItsBuffers() {
        try (Conv2d k = conv2d()) {
            int[][] shapes = {{20, 30, 3}, {20, 30, 3}, {20, 30, 5}, {9, 11, 1}};
            for (int[] s : shapes) {
                float[] image = Inputs.randomFloats(s[0] + s[1], s[0] * s[1]);
                float[] filter = Inputs.gaussianFilter(s[2]);
                float[] out = new float[(s[0] - s[2] + 1) * (s[1] - s[2] + 1)];
                k.convolve(image, s[0], s[1], filter, s[2], out);
                Reference.assertClose(Reference.conv2d(image, s[0], s[1], filter, s[2]), out, Arrays.toString(s));
            }
        }
    }

    @Test
    void conv2dRejectsBadShapes() {
        try (Conv2d k = conv2d()) {
            IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                    () -> k.convolve(new float[4], 2, 2, new float[9], 3, new float[0]));
            assertTrue(small.getMessage().contains("filter size k=3 exceeds image height 2"), small.getMessage());
            IllegalArgumentException out = assertThrows(IllegalArgumentException.class,
                    () -> k.convolve(new float[16], 4, 4, new float[9], 3, new float[5]));
            assertTrue(out.getMessage().contains("out length 5"), out.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> k.convolve(new float[16], 4, 4, new float[9], 0, new float[16]));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 1000, 100_003, 1_000_000})
    void monteCarloCountsExactly(long samples) {
        long seed = 0x5EED_2026L + samples;
        long expected = Reference.countInside(seed, samples);
        try (MonteCarloPi k = monteCarloPi()) {
            assertEquals(expected, k.countInside(seed, samples), "end to end, samples=" + samples);
            try (DeviceCount d = bind(k, seed, samples)) {
                d.upload();
                d.launch();
                d.download();
                assertEquals(expected, d.count(), "bound, samples=" + samples);
            }
        }
    }

    @Test
    void monteCarloUsesTheSeedAndRejectsNegativeCounts() {
        try (MonteCarloPi k = monteCarloPi()) {
            assertEquals(Reference.countInside(-1L, 5000), k.countInside(-1L, 5000));
            assertEquals(Reference.countInside(Long.MIN_VALUE, 5000), k.countInside(Long.MIN_VALUE, 5000));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.countInside(1, -1));
            assertTrue(e.getMessage().contains("samples"), e.getMessage());
        }
    }
}
