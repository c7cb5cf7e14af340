package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.core.VectorAddKernelsTest.assertMessage;

import org.junit.jupiter.api.Test;

class FmaPeakTest {

    static final long FPI = FmaPeak.FLOPS_PER_ITERATION;

    @Test
    void oneIterationIsTwoFlopsPerLanePerChain() {
        assertEquals(2L * FmaPeak.CHAINS * FmaPeak.SPECIES.length(), FPI);
    }

    @Test
    void flopsPerformedRoundsDownToWholeIterations() {
        try (FmaPeak f = new FmaPeak(3)) {
            assertEquals(0, f.flopsPerformed(0));
            assertEquals(0, f.flopsPerformed(FPI - 1));
            assertEquals(FPI, f.flopsPerformed(FPI));
            assertEquals(7 * FPI, f.flopsPerformed(8 * FPI - 1));
            long big = 123_456_789_012L;
            long done = f.flopsPerformed(big);
            assertEquals(0, done % FPI);
            assertTrue(done <= big && done > big - FPI);
            assertMessage(() -> f.flopsPerformed(-1), "flops must be >= 0, got -1");
            assertMessage(() -> f.run(-5), "flops must be >= 0");
        }
    }

    /**
     * The result is the sum of every lane of every chain of every worker, so it tells exactly how
     * many iterations each worker ran: compare against a scalar model of the same recurrence.
     */
    @Test
    void resultMatchesScalarModelOfTheIterationSplit() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            for (long iterations : new long[] {0, 1, 2, 5, 7, 100, 1001}) {
                try (FmaPeak f = new FmaPeak(threads)) {
                    float got = f.run(iterations * FPI + FPI / 2);
                    double want = model(threads, iterations);
                    assertTrue(Float.isFinite(got));
                    assertEquals(want, got, Math.abs(want) * 1e-5, "threads=" + threads + " iterations=" + iterations);
                }
            }
        }
    }

    @Test
    void longRunStaysFiniteAndMatchesTheModel() {
        try (FmaPeak f = new FmaPeak(2)) {
            long iterations = 50_000_000L / FPI;
            float got = f.run(50_000_000L);
            double want = model(2, iterations);
            assertTrue(Float.isFinite(got));
            assertEquals(want, got, Math.abs(want) * 1e-5);
        }
    }

    private static double model(int threads, long iterations) {
        double sum = 0;
        for (int w = 0; w < threads; w++) {
            long mine = iterations / threads + (w < iterations % threads ? 1 : 0);
            for (int k = 0; k < FmaPeak.CHAINS; k++) {
                float acc = 1.0f + w + k;
                for (long i = 0; i < mine; i++) {
                    acc = Math.fma(0.999f, 0.01f, acc);
                }
                sum += (double) acc * FmaPeak.SPECIES.length();
            }
        }
        return sum;
    }
}
