package parbench.core;

import static parbench.core.SplitMix64.GOLDEN_GAMMA;
import static parbench.core.SplitMix64.MIX1;
import static parbench.core.SplitMix64.MIX2;
import static parbench.core.SplitMix64.RADIUS_SQUARED;

/**
 * Monte Carlo pi as the best plain loop on one thread: {@link SplitMix64#sample} inlined, the
 * counter advanced by one addition instead of a multiply per sample, a branch-free inside test.
 */
public final class MonteCarloPiSerial implements MonteCarloPi {

    /** Inner loops count with an int so C2 treats them as counted loops (long loops are slower on JDK 17). */
    static final int BLOCK = 1 << 30;

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        return countRange(seed, 0, samples);
    }

    /** Inside count for sample indices [from, to). */
    static long countRange(long seed, long from, long to) {
        long count = 0;
        long z = seed + (from + 1) * GOLDEN_GAMMA;
        for (long start = from; start < to; start += BLOCK) {
            int n = (int) Math.min(BLOCK, to - start);
            for (int k = 0; k < n; k++) {
                long m = (z ^ (z >>> 30)) * MIX1;
                m = (m ^ (m >>> 27)) * MIX2;
                m ^= m >>> 31;
                long x = m >>> 33;
                long y = m & 0x7FFFFFFFL;
                // x*x + y*y < 2^63, so the difference is negative exactly when the point is inside.
                count += (x * x + y * y - RADIUS_SQUARED) >>> 63;
                z += GOLDEN_GAMMA;
            }
        }
        return count;
    }
}
