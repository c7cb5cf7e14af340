package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.core.SplitMix64.GOLDEN_GAMMA;
import static parbench.core.SplitMix64.MIX1;
import static parbench.core.SplitMix64.MIX2;
import static parbench.core.SplitMix64.RADIUS_SQUARED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Samples a few units from the circle's edge, where x*x + y*y rounded to a double lies on the
 * wrong side of 2^62: a kernel that squared in floating point to save a 64-bit multiply would
 * count them wrongly (one that did, with an exact recount near the edge, was tried on 2026-12-08
 * and fails this test without the recount). Random seeds meet such a sample about once in 2^51, so the seeds here are made:
 * SplitMix64's finaliser is a bijection, so the counter that yields a chosen (x, y) is computed
 * by running it backwards.
 */
class MonteCarloPiEdgeTest {

    /** Inverse of v ^= v >>> s. */
    static long unXorShift(long v, int s) {
        long x = v;
        for (int i = 0; i * s < 64; i++) {
            x = v ^ (x >>> s);
        }
        return x;
    }

    /** Inverse of an odd multiplier modulo 2^64 (Newton's iteration, 3 -> 96 correct bits). */
    static long inverse(long a) {
        long inv = a;
        for (int i = 0; i < 5; i++) {
            inv *= 2 - a * inv;
        }
        return inv;
    }

    /** The seed whose sample 0 has coordinates (x, y). */
    static long seedFor(long x, long y) {
        long m = (x << 33) | y;
        long z = unXorShift(m, 31) * inverse(MIX2);
        z = unXorShift(z, 27) * inverse(MIX1);
        return unXorShift(z, 30) - GOLDEN_GAMMA;
    }

    /**
     * Points (x, y) with x*x + y*y - 2^62 in (lo, hi), the largest y below the edge for x going
     * down from 2^31 - 1 (and that y + 1 for points just outside).
     */
    static List<long[]> edgePoints(long lo, long hi, int count) {
        List<long[]> out = new ArrayList<>();
        for (long x = (1L << 31) - 1; x > 0 && out.size() < count; x--) {
            long rest = RADIUS_SQUARED - x * x; // > 0
            long y = (long) Math.sqrt((double) rest);
            while (y * y >= rest) {
                y--;
            }
            while ((y + 1) * (y + 1) < rest) {
                y++;
            }
            for (long yy : new long[] {y, y + 1}) {
                long d = x * x + yy * yy - RADIUS_SQUARED;
                if (d > lo && d < hi && yy <= 0x7FFFFFFFL) {
                    out.add(new long[] {x, yy});
                }
            }
        }
        return out;
    }

    @Test
    void theMadeSeedsGiveTheChosenSamples() {
        long x = 123_456_789L;
        long y = 987_654_321L;
        long z = SplitMix64.mix(seedFor(x, y), 0);
        assertEquals(x, z >>> 33);
        assertEquals(y, z & 0x7FFFFFFFL);
    }

    @Test
    void pointsJustInsideAndJustOutsideAreCountedExactlyByEveryKernel() {
        // Just inside, within half a double ulp (2^8) of 2^62: the rounded sum is 2^62, "outside".
        List<long[]> inside = edgePoints(-256, 0, 4);
        // Just outside, within 2^9 (half an ulp above 2^62).
        List<long[]> outside = edgePoints(0, 512, 4);
        assertTrue(inside.size() == 4 && outside.size() == 4, "edge points found");
        for (long[] p : inside) {
            double rounded = Math.fma((double) p[0], (double) p[0], (double) p[1] * p[1]);
            assertEquals(0x1p62, rounded, "a double squares this point onto the edge: " + p[0] + ", " + p[1]);
        }
        List<long[]> all = new ArrayList<>(inside);
        all.addAll(outside);
        int step = MonteCarloPiSimd.STEP;
        try (MonteCarloPi simd = new MonteCarloPiSimd(); MonteCarloPi fj = new MonteCarloPiSimdForkJoin(2)) {
            for (long[] p : all) {
                long seed = seedFor(p[0], p[1]);
                int expected = p[0] * p[0] + p[1] * p[1] < RADIUS_SQUARED ? 1 : 0;
                assertEquals(expected, SplitMix64.sample(seed, 0));
                // The point in lane 0 of the first vector, and the rest of two vector steps and a tail.
                for (long samples : new long[] {step, 2L * step + 3}) {
                    long serial = new MonteCarloPiSerial().countInside(seed, samples);
                    String what = "point " + p[0] + ", " + p[1] + ", " + samples + " samples";
                    assertEquals(serial, simd.countInside(seed, samples), "simd " + what);
                    assertEquals(serial, fj.countInside(seed, samples), "simd_forkjoin " + what);
                }
            }
        }
    }
}
