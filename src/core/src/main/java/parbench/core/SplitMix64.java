package parbench.core;

/**
 * The counter-based generator every Monte Carlo backend uses (Java, OpenCL C and CUDA C alike).
 * Sample i of seed s is the SplitMix64 output for counter i:
 * <pre>
 *   z = s + (i + 1) * 0x9E3779B97F4A7C15
 *   z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
 *   z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 *   z =  z ^ (z >>> 31)
 *   x = z >>> 33            (top 31 bits)
 *   y = z &amp; 0x7FFFFFFF      (low 31 bits)
 *   inside  iff  x*x + y*y &lt; 2^62     (exact 64-bit integer arithmetic, no overflow)
 * </pre>
 * Because each sample is a pure function of (seed, index), work can be split in any way and the
 * count is the same. SplitMix64 passes BigCrush; this is the generator of java.util.SplittableRandom.
 */
public final class SplitMix64 {

    public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    public static final long MIX1 = 0xBF58476D1CE4E5B9L;
    public static final long MIX2 = 0x94D049BB133111EBL;
    /** Radius squared of the quarter circle in coordinate units: coordinates are 31-bit. */
    public static final long RADIUS_SQUARED = 1L << 62;

    private SplitMix64() {
    }

    /** The 64 random bits of sample {@code index}. */
    public static long mix(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * MIX1;
        z = (z ^ (z >>> 27)) * MIX2;
        return z ^ (z >>> 31);
    }

    /** 1 when sample {@code index} lies inside the quarter circle, else 0. */
    public static int sample(long seed, long index) {
        long z = mix(seed, index);
        long x = z >>> 33;
        long y = z & 0x7FFFFFFFL;
        return x * x + y * y < RADIUS_SQUARED ? 1 : 0;
    }
}
