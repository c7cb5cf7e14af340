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

    static final VectorSpecies<Long> SPECIES = SimdSpecies.LONG;
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
        MonteCarloPiArgs.check(samples);
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

    /**
     * Inside count for samples [from, from + iterations * STEP).
     *
     * <p>Everything the loop calls is written out here, and the method is kept larger than C2's
     * {@code FreqInlineSize} (325 bytes of bytecode; {@code MonteCarloPiSimdTest} checks it), so C2
     * never inlines it into a caller and compiles it as a root of its own, with the whole inlining
     * budget for the Vector API calls, whatever calls it. Measured on AMD Zen 5 (AVX-512), JDK 17:
     * when the hash was a separate method and this one small enough to inline, C2 inlined it into
     * {@code MonteCarloPiSimdForkJoin.Task.compute} (itself inlined recursively), hit
     * {@code NodeCountInliningCutoff} and left the hash a real call taking and returning boxed
     * vectors: 277 MB allocated per 2^25 samples and 2.5-3x the CPU time of the same loop under
     * {@code simd}, from the first C2 compile of compute on (the first warmup iteration was fast).
     */
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
            // SplitMix64's finaliser on both vectors, written out twice (see the method comment).
            LongVector m0 = z0.lanewise(VectorOperators.XOR, z0.lanewise(VectorOperators.LSHR, 30)).mul(mix1);
            LongVector m1 = z1.lanewise(VectorOperators.XOR, z1.lanewise(VectorOperators.LSHR, 30)).mul(mix1);
            m0 = m0.lanewise(VectorOperators.XOR, m0.lanewise(VectorOperators.LSHR, 27)).mul(mix2);
            m1 = m1.lanewise(VectorOperators.XOR, m1.lanewise(VectorOperators.LSHR, 27)).mul(mix2);
            m0 = m0.lanewise(VectorOperators.XOR, m0.lanewise(VectorOperators.LSHR, 31));
            m1 = m1.lanewise(VectorOperators.XOR, m1.lanewise(VectorOperators.LSHR, 31));
            // Both coordinates visibly fit in 32 bits (a shift by >= 32, an AND with a 31-bit mask), so
            // C2 on JDK 24+ squares them with one vpmuludq instead of an emulated 64-bit multiply.
            // Measured on JDK 25: the AND is ~10% faster than writing y as (m << 33) >>> 33.
            LongVector x0 = m0.lanewise(VectorOperators.LSHR, 33);
            LongVector x1 = m1.lanewise(VectorOperators.LSHR, 33);
            LongVector y0 = m0.and(low31);
            LongVector y1 = m1.and(low31);
            LongVector d0 = x0.mul(x0).add(y0.mul(y0)).sub(r2);
            LongVector d1 = x1.mul(x1).add(y1.mul(y1)).sub(r2);
            // x*x + y*y < 2^63: d is negative, so its sign bit is 1, exactly when the point is inside.
            c0 = c0.add(d0.lanewise(VectorOperators.LSHR, 63));
            c1 = c1.add(d1.lanewise(VectorOperators.LSHR, 63));
            z0 = z0.add(step);
            z1 = z1.add(step);
        }
        return c0.add(c1).reduceLanes(VectorOperators.ADD);
    }
}
