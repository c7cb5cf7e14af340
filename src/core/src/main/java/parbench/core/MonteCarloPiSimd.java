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
        long count = 0;
        long start = from;
        // Blocks keep the vector loop a plain int-counted loop: on JDK 17, C2 could not
        // scalar-replace the vectors of a loop nested in a long-counted loop (every operation boxed).
        long blockSamples = (long) MonteCarloPiSerial.BLOCK * STEP;
        while (to - start >= STEP) {
            int iterations = (int) (Math.min(blockSamples, to - start) / STEP);
            count += countVectors(seed, start, iterations);
            start += (long) iterations * STEP;
        }
        return count + MonteCarloPiSerial.countRange(seed, start, to);
    }

    /** Inside count for samples [from, from + iterations * STEP). */
    private static long countVectors(long seed, long from, int iterations) {
        // Every vector entering the loop comes from a static factory (fromArray, broadcast, zero):
        // on JDK 17 a vector returned by an instance call outside the loop is an opaque object,
        // the loop phi cannot be scalar-replaced and every operation boxes (measured ~30x slower).
        // For the same reason constants are vectors here, not scalar arguments of mul/sub.
        long[] first = new long[STEP];
        for (int j = 0; j < STEP; j++) {
            first[j] = seed + (from + j + 1) * GOLDEN_GAMMA;
        }
        // Lane j of vector u holds the counter of sample from + u*LANES + j.
        LongVector z0 = LongVector.fromArray(SPECIES, first, 0);
        LongVector z1 = LongVector.fromArray(SPECIES, first, LANES);
        LongVector step = LongVector.broadcast(SPECIES, STEP * GOLDEN_GAMMA);
        LongVector mix1 = LongVector.broadcast(SPECIES, MIX1);
        LongVector mix2 = LongVector.broadcast(SPECIES, MIX2);
        LongVector r2 = LongVector.broadcast(SPECIES, RADIUS_SQUARED);
        LongVector low31 = LongVector.broadcast(SPECIES, 0x7FFFFFFFL);
        LongVector c0 = LongVector.zero(SPECIES);
        LongVector c1 = LongVector.zero(SPECIES);
        for (int k = 0; k < iterations; k++) {
            c0 = c0.add(inside(z0, mix1, mix2, r2, low31));
            c1 = c1.add(inside(z1, mix1, mix2, r2, low31));
            z0 = z0.add(step);
            z1 = z1.add(step);
        }
        return c0.add(c1).reduceLanes(VectorOperators.ADD);
    }

    /** 1 in each lane whose sample lies inside the quarter circle, else 0. */
    private static LongVector inside(LongVector z, LongVector mix1, LongVector mix2, LongVector r2,
            LongVector low31) {
        LongVector m = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(mix1);
        m = m.lanewise(VectorOperators.XOR, m.lanewise(VectorOperators.LSHR, 27)).mul(mix2);
        m = m.lanewise(VectorOperators.XOR, m.lanewise(VectorOperators.LSHR, 31));
        // Both coordinates visibly fit in 32 bits (a shift by >= 32, an AND with a 31-bit mask), so
        // C2 on JDK 24+ squares them with one vpmuludq instead of an emulated 64-bit multiply.
        // Measured on JDK 25: the AND is ~10% faster than writing y as (m << 33) >>> 33.
        LongVector x = m.lanewise(VectorOperators.LSHR, 33);
        LongVector y = m.and(low31);
        LongVector d = x.mul(x).add(y.mul(y)).sub(r2);
        // x*x + y*y < 2^63: d is negative, so its sign bit is 1, exactly when the point is inside.
        return d.lanewise(VectorOperators.LSHR, 63);
    }
}
