package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.core.VectorAddKernelsTest.assertMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MonteCarloPiKernelsTest {

    static final long[] SAMPLES = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 255, 1000, 4097, 100_003};
    /** Seeds including ones whose counters wrap around 2^64 early. */
    static final long[] SEEDS = {0, 42, -1, Long.MIN_VALUE, Inputs.DEFAULT_SEED};
    static final int[] THREADS = {1, 2, 3, 8};

    record Kernel(String name, IntFunction<MonteCarloPi> factory) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> kernels() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of(new Kernel("serial", t -> new MonteCarloPiSerial()), 1));
        out.add(Arguments.of(new Kernel("simd", t -> new MonteCarloPiSimd()), 1));
        for (Kernel k : List.of(new Kernel("forkjoin", MonteCarloPiForkJoin::new),
                new Kernel("streams", MonteCarloPiStreams::new),
                new Kernel("simd_forkjoin", MonteCarloPiSimdForkJoin::new))) {
            for (int t : THREADS) {
                out.add(Arguments.of(k, t));
            }
        }
        return out.stream();
    }

    /** The count straight from the specification, one sample at a time. */
    static long reference(long seed, long from, long to) {
        long n = 0;
        for (long i = from; i < to; i++) {
            n += SplitMix64.sample(seed, i);
        }
        return n;
    }

    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("kernels")
    void countsEqualTheSpecificationOnAwkwardSizes(Kernel kernel, int threads) {
        try (MonteCarloPi k = kernel.factory().apply(threads)) {
            for (long seed : SEEDS) {
                for (long n : SAMPLES) {
                    assertEquals(reference(seed, 0, n), k.countInside(seed, n), kernel + " seed=" + seed + " n=" + n);
                }
            }
        }
    }

    /** Sizes that cross fork/join leaf and stream chunk boundaries (2^20, 2^22) with a tail. */
    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("kernels")
    void countsEqualSerialAcrossChunkBoundaries(Kernel kernel, int threads) {
        long n = 3 * (1L << 22) + 12_345;
        long want = reference(7, 0, n);
        try (MonteCarloPi k = kernel.factory().apply(threads)) {
            assertEquals(want, k.countInside(7, n));
        }
    }

    @Test
    void rangeKernelsMatchTheSpecificationAtOddOffsets() {
        long[][] ranges = {{1, 2}, {3, 20}, {5, 5}, {13, 4110}, {1_000_001, 1_100_011}};
        for (long seed : SEEDS) {
            for (long[] r : ranges) {
                long want = reference(seed, r[0], r[1]);
                assertEquals(want, MonteCarloPiSerial.countRange(seed, r[0], r[1]), "serial " + r[0] + ".." + r[1]);
                assertEquals(want, MonteCarloPiSimd.countRange(seed, r[0], r[1]), "simd " + r[0] + ".." + r[1]);
            }
        }
    }

    @Test
    void estimateIsWithinFiveSigmaOfPi() {
        long n = 10_000_000;
        long inside;
        try (MonteCarloPi k = new MonteCarloPiSimdForkJoin(2)) {
            inside = k.countInside(Inputs.DEFAULT_SEED, n);
        }
        double p = Math.PI / 4;
        double sigma = 4 * Math.sqrt(p * (1 - p) / n);
        double estimate = MonteCarloPi.estimate(inside, n);
        assertTrue(Math.abs(estimate - Math.PI) < 5 * sigma, () -> "estimate " + estimate + " sigma " + sigma);
    }

    static Stream<MonteCarloPi> allKernels() {
        return Stream.of(new MonteCarloPiSerial(), new MonteCarloPiForkJoin(2), new MonteCarloPiStreams(2),
                new MonteCarloPiSimd(), new MonteCarloPiSimdForkJoin(2));
    }

    @ParameterizedTest
    @MethodSource("allKernels")
    void rejectsNegativeSampleCounts(MonteCarloPi k) {
        try (k) {
            assertMessage(() -> k.countInside(1, -1), "samples must be >= 0, got -1");
        }
    }

    @Test
    void rejectsThreadCountsBelowOne() {
        assertMessage(() -> new MonteCarloPiForkJoin(0), "threads");
        assertMessage(() -> new MonteCarloPiStreams(0), "threads");
        assertMessage(() -> new MonteCarloPiSimdForkJoin(-3), "threads must be >= 1, got -3");
        assertMessage(() -> new FmaPeak(0), "threads");
    }
}
