package parbench.core;

import static parbench.core.SplitMix64.GOLDEN_GAMMA;
import static parbench.core.SplitMix64.MIX1;
import static parbench.core.SplitMix64.MIX2;
import static parbench.core.SplitMix64.RADIUS_SQUARED;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Monte Carlo pi with the Vector API on one thread: SplitMix64 in 64-bit lanes, {@link #UNROLL}
 * independent vectors per iteration to hide multiply latency, lane-wise counts reduced once at
 * the end, and a scalar tail. Bit-exact with {@link SplitMix64#sample}.
 */
public final class MonteCarloPiSimd implements MonteCarloPi {

    static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /**
     * Independent vectors per iteration. 2 measured as fast as 4 (iterations are independent, so
     * out-of-order execution overlaps them anyway), and 4 made C2 stop inlining the Vector API
     * calls (NodeCountInliningCutoff), which boxes every vector and runs ~10x slower.
     */
    static final int UNROLL = 2;
    static final int STEP = LANES * UNROLL;

    @Override
    public long countInside(long seed, long samples) {
        VectorAddArgs.checkSamples(samples);
        return countRange(seed, 0, samples);
    }

    /** Inside count for sample indices [from, to). */
    static long countRange(long seed, long from, long to) {
        long[] first = new long[LANES];
        for (int j = 0; j < LANES; j++) {
            first[j] = seed + (from + j + 1) * GOLDEN_GAMMA;
        }
        // Lane j of vector u holds the counter of sample from + u*LANES + j.
        LongVector z0 = LongVector.fromArray(SPECIES, first, 0);
        LongVector z1 = z0.add(LANES * GOLDEN_GAMMA);
        LongVector step = LongVector.broadcast(SPECIES, STEP * GOLDEN_GAMMA);
        LongVector c0 = LongVector.zero(SPECIES);
        LongVector c1 = c0;
        long iterations = (to - from) / STEP;
        for (long done = 0; done < iterations; done += MonteCarloPiSerial.BLOCK) {
            int n = (int) Math.min(MonteCarloPiSerial.BLOCK, iterations - done);
            for (int k = 0; k < n; k++) {
                c0 = c0.add(inside(z0));
                c1 = c1.add(inside(z1));
                z0 = z0.add(step);
                z1 = z1.add(step);
            }
        }
        long count = c0.add(c1).reduceLanes(VectorOperators.ADD);
        long tail = from + iterations * STEP;
        return count + MonteCarloPiSerial.countRange(seed, tail, to);
    }

    /** 1 in each lane whose sample lies inside the quarter circle, else 0. */
    private static LongVector inside(LongVector z) {
        LongVector m = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(MIX1);
        m = m.lanewise(VectorOperators.XOR, m.lanewise(VectorOperators.LSHR, 27)).mul(MIX2);
        m = m.lanewise(VectorOperators.XOR, m.lanewise(VectorOperators.LSHR, 31));
        LongVector x = m.lanewise(VectorOperators.LSHR, 33);
        // (m << 33) >>> 33 is m & 0x7FFFFFFF; written as shifts so C2 (JDK 24+) sees both factors
        // fit in 32 bits and squares with one vpmuludq instead of an emulated 64-bit multiply.
        LongVector y = m.lanewise(VectorOperators.LSHL, 33).lanewise(VectorOperators.LSHR, 33);
        LongVector d = x.mul(x).add(y.mul(y)).sub(RADIUS_SQUARED);
        // x*x + y*y < 2^63: d is negative, so its sign bit is 1, exactly when the point is inside.
        return d.lanewise(VectorOperators.LSHR, 63);
    }
}
