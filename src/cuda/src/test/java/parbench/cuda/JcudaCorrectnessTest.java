package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import parbench.core.Availability;
import parbench.core.Conv2d;
import parbench.core.DeviceCount;
import parbench.core.DeviceKernel;
import parbench.core.Inputs;

/**
 * The jcuda kernels against the serial reference, on awkward sizes that leave partial tiles,
 * partial blocks and grid-stride tails. Runs only where CUDA is available; elsewhere JUnit
 * reports the reason as the skip message.
 */
class JcudaCorrectnessTest {

    @BeforeEach
    void needsCuda() {
        Availability avail = CudaSupport.availability();
        assumeTrue(avail.available(), avail.detail());
    }

    /** Float accumulation of m terms of size up to 1 against a double reference: error ~ m * eps. */

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 17, 255, 256, 1000, 4098, (1 << 20) + 3})
    void vectorAddIsExact(int n) {
        float[] a = Inputs.randomFloats(1, n);
        float[] b = Inputs.randomFloats(2, n);
        float[] c = new float[n];
        try (VectorAddJcuda k = new VectorAddJcuda()) {
            k.add(a, b, c);
        }
        assertArrayEquals(Reference.add(a, b), c);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 17, 31, 32, 33, 100, 255})
    void matmulMatchesReference(int n) {
        float[] a = Inputs.randomFloats(3, n * n);
        float[] b = Inputs.randomFloats(4, n * n);
        float[] c = new float[n * n];
        try (MatmulJcuda k = new MatmulJcuda()) {
            k.multiply(a, b, c, n);
        }
        Reference.assertMatmul(a, b, n, c, "matmul n=" + n);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "5,5,5", "17,31,3", "8,33,1", "64,100,5", "255,257,7", "70,90,63", "40,129,4"})
    void conv2dMatchesReference(int height, int width, int k) {
        float[] image = Inputs.randomFloats(5, height * width);
        // A random, non-symmetric filter: a flipped or transposed filter would fail this.
        float[] filter = Inputs.randomFloats(6, k * k);
        float[] out = new float[Conv2d.outSize(height, k) * Conv2d.outSize(width, k)];
        try (Conv2dJcuda conv = new Conv2dJcuda()) {
            conv.convolve(image, height, width, filter, k, out);
        }
        Reference.assertConvolution(image, height, width, filter, k, out, "conv2d " + height + "x" + width
                + " k=" + k);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "42,1000", "-7,65537", "9223372036854775807,1000003"})
    void monteCarloCountIsBitExact(long seed, long samples) {
        try (MonteCarloPiJcuda k = new MonteCarloPiJcuda()) {
            assertEquals(Reference.countInside(seed, samples), k.countInside(seed, samples));
        }
    }

    @Test
    void oneInstanceServesGrowingAndShrinkingProblems() {
        try (VectorAddJcuda k = new VectorAddJcuda()) {
            for (int n : new int[] {5, 100_000, 7}) {
                float[] a = Inputs.randomFloats(n, n);
                float[] b = Inputs.randomFloats(n + 1, n);
                float[] c = new float[n];
                k.add(a, b, c);
                assertArrayEquals(Reference.add(a, b), c, "n=" + n);
            }
        }
    }

    @Test
    void boundKernelsSeparateCopiesFromLaunch() {
        int n = 77;
        float[] a = Inputs.randomFloats(7, n * n);
        float[] b = Inputs.randomFloats(8, n * n);
        float[] c = new float[n * n];
        try (MatmulJcuda k = new MatmulJcuda(); DeviceKernel bound = k.bind(a, b, c, n)) {
            bound.upload();
            bound.launch();
            bound.launch();
            assertEquals(0f, c[0], "nothing reaches the host before download");
            bound.download();
            Reference.assertMatmul(a, b, n, c, "bound matmul");
        }
        float[] image = Inputs.randomFloats(9, 50 * 60);
        float[] filter = Inputs.gaussianFilter(5);
        float[] out = new float[46 * 56];
        try (Conv2dJcuda conv = new Conv2dJcuda(); DeviceKernel bound = conv.bind(image, 50, 60, filter, 5, out)) {
            bound.upload();
            bound.launch();
            bound.download();
            Reference.assertConvolution(image, 50, 60, filter, 5, out, "bound conv2d");
        }
        try (MonteCarloPiJcuda mc = new MonteCarloPiJcuda(); DeviceCount bound = mc.bind(11, 123_457)) {
            bound.upload();
            bound.launch();
            bound.launch();  // the counter is reset by every launch
            bound.download();
            assertEquals(Reference.countInside(11, 123_457), bound.count());
        }
    }

    @Test
    void useAfterCloseIsRejected() {
        VectorAddJcuda k = new VectorAddJcuda();
        DeviceKernel bound = k.bind(new float[3], new float[3], new float[3]);
        k.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, bound::launch);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> k.add(new float[1], new float[1], new float[1]));
    }
}
