package parbench.distributed;

import parbench.core.SplitMix64;

/**
 * Any range of {@link parbench.core.Inputs#randomFloats(long, int)} without generating what comes
 * before it, so workers can make their own slice of an input from the seed instead of receiving it.
 * {@code SplittableRandom(seed)} returns, as its i-th {@code nextLong()}, SplitMix64's mix of
 * {@code seed + (i + 1) * GOLDEN_GAMMA} — exactly {@link SplitMix64#mix(long, long)} — and
 * {@code nextDouble()} is its top 53 bits times 2^-53; the test checks the equality element by element.
 */
public final class SeededFloats {

    private SeededFloats() {
    }

    /** Elements [from, from + length) of {@code Inputs.randomFloats(seed, n)} for any n > from + length. */
    public static float[] range(long seed, long from, int length) {
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            double d = (SplitMix64.mix(seed, from + i) >>> 11) * 0x1.0p-53;
            v[i] = (float) (d * 2.0 - 1.0);
        }
        return v;
    }
}
