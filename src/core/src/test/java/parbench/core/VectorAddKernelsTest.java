package parbench.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VectorAddKernelsTest {

    /** Awkward sizes: empty, below one vector, around vector and chunk boundaries, primes. */
    static final int[] SIZES = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 255, 1000, 4097, 100_003,
        (1 << 16) + 1, 3 * (1 << 16) + 13, 1_000_003};
    static final int[] THREADS = {1, 2, 3, 8};

    record Kernel(String name, IntFunction<VectorAdd> factory) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Kernel> threaded() {
        return List.of(new Kernel("forkjoin", VectorAddForkJoin::new), new Kernel("streams", VectorAddStreams::new),
                new Kernel("simd_forkjoin", VectorAddSimdForkJoin::new),
                new Kernel("stream_bandwidth_add", t -> {
                    StreamBandwidth s = new StreamBandwidth(t);
                    return new VectorAdd() {
                        @Override
                        public void add(float[] a, float[] b, float[] c) {
                            s.add(a, b, c);
                        }

                        @Override
                        public void close() {
                            s.close();
                        }
                    };
                }));
    }

    static Stream<Arguments> kernels() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of(new Kernel("simd", t -> new VectorAddSimd()), 1));
        for (Kernel k : threaded()) {
            for (int t : THREADS) {
                out.add(Arguments.of(k, t));
            }
        }
        return out.stream();
    }

    private static float[] expected(float[] a, float[] b) {
        float[] c = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + b[i];
        }
        return c;
    }

    @Test
    void serialMatchesDefinition() {
        for (int n : SIZES) {
            float[] a = Inputs.randomFloats(1, n);
            float[] b = Inputs.randomFloats(2, n);
            float[] c = new float[n];
            new VectorAddSerial().add(a, b, c);
            assertArrayEquals(expected(a, b), c, "n=" + n);
        }
    }

    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("kernels")
    void matchesSerialExactlyOnAwkwardSizes(Kernel kernel, int threads) {
        try (VectorAdd k = kernel.factory().apply(threads)) {
            for (int n : SIZES) {
                float[] a = Inputs.randomFloats(11, n);
                float[] b = Inputs.randomFloats(12, n);
                float[] want = new float[n];
                new VectorAddSerial().add(a, b, want);
                float[] c = new float[n];
                Arrays.fill(c, Float.NaN); // every element must be written
                k.add(a, b, c);
                assertArrayEquals(want, c, kernel + " threads=" + threads + " n=" + n);
                // a second call on the same kernel (as JMH does) gives the same answer
                Arrays.fill(c, Float.NaN);
                k.add(a, b, c);
                assertArrayEquals(want, c, kernel + " threads=" + threads + " n=" + n + " (second call)");
            }
        }
    }

    @Test
    void outputMayAliasAnInput() {
        float[] a = Inputs.randomFloats(3, 4097);
        float[] b = Inputs.randomFloats(4, 4097);
        float[] want = expected(a, b);
        try (VectorAdd k = new VectorAddSimdForkJoin(3)) {
            k.add(a, b, a);
        }
        assertArrayEquals(want, a);
    }

    static Stream<VectorAdd> allKernels() {
        return Stream.of(new VectorAddSerial(), new VectorAddForkJoin(2), new VectorAddStreams(2), new VectorAddSimd(),
                new VectorAddSimdForkJoin(2));
    }

    @ParameterizedTest
    @MethodSource("allKernels")
    void rejectsNullAndMismatchedArraysNamingTheParameter(VectorAdd k) {
        try (k) {
            float[] x = new float[4];
            assertMessage(() -> k.add(null, x, x), "a must not be null");
            assertMessage(() -> k.add(x, null, x), "b must not be null");
            assertMessage(() -> k.add(x, x, null), "c must not be null");
            assertMessage(() -> k.add(x, new float[3], x), "b.length=3");
            assertMessage(() -> k.add(x, x, new float[5]), "c.length=5");
        }
    }

    @Test
    void rejectsThreadCountsBelowOne() {
        assertMessage(() -> new VectorAddForkJoin(0), "threads must be >= 1, got 0");
        assertMessage(() -> new VectorAddStreams(-1), "threads must be >= 1, got -1");
        assertMessage(() -> new VectorAddSimdForkJoin(0), "threads");
        assertMessage(() -> new StreamBandwidth(0), "threads");
    }

    @Test
    void streamBandwidthCopyIsExact() {
        for (int t : THREADS) {
            try (StreamBandwidth s = new StreamBandwidth(t)) {
                for (int n : SIZES) {
                    float[] a = Inputs.randomFloats(5, n);
                    float[] c = new float[n];
                    Arrays.fill(c, Float.NaN);
                    s.copy(a, c);
                    assertArrayEquals(a, c, "threads=" + t + " n=" + n);
                }
                assertMessage(() -> s.copy(null, new float[1]), "a must not be null");
                assertMessage(() -> s.copy(new float[1], null), "c must not be null");
                assertMessage(() -> s.copy(new float[2], new float[1]), "c.length=1");
                assertMessage(() -> s.add(new float[2], new float[2], new float[1]), "c.length=1");
            }
        }
    }

    static void assertMessage(Runnable r, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(part), () -> "message '" + e.getMessage() + "' should contain '" + part + "'");
    }
}
