package parbench.core.lessons;

/**
 * The irregular workload: item i of n costs {@link #weight} units, rising linearly from 1 unit
 * (item 0) to {@link #MAX_WEIGHT} units (item n-1), a "triangular" loop. A unit is
 * {@link #STEPS_PER_UNIT} steps of a dependent multiply-xorshift chain (~1 ns per step), so it
 * cannot be vectorised or skipped. Why this skew: split into 2 equal blocks, the second block
 * holds 74.5% of the work (the ramp 1..100 integrated over its half: 37.6 of 50.5), so a static block split at
 * 2 threads reaches a speedup of at most 1.34 where a balanced schedule reaches 2 (dynamic should
 * be ~1.49× faster). Each item's result is exact, so every schedule must give the same array.
 */
public final class SkewedWork {

    /** The heaviest item costs this many units, the lightest one: a 100× spread. */
    public static final int MAX_WEIGHT = 100;
    /** Chain steps per unit of weight: 64 steps ~ 60 ns, so an average item takes ~3 µs. */
    static final int STEPS_PER_UNIT = 64;
    private static final long MIX = 0xBF58476D1CE4E5B9L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SkewedWork() {
    }

    /** Units of work of item i among n: 1 + 99·i/(n-1), so 1..100. */
    public static int weight(int i, int n) {
        return n <= 1 ? 1 : 1 + (int) ((long) (MAX_WEIGHT - 1) * i / (n - 1));
    }

    /** The result of item i among n. */
    public static long item(int i, int n) {
        long z = (i + 1L) * GOLDEN_GAMMA;
        int steps = weight(i, n) * STEPS_PER_UNIT;
        for (int s = 0; s < steps; s++) {
            z = (z ^ (z >>> 31)) * MIX;
        }
        return z;
    }

    /** out[i] = item(i, out.length) for i in [from, to). */
    static void range(long[] out, int from, int to) {
        int n = out.length;
        for (int i = from; i < to; i++) {
            out[i] = item(i, n);
        }
    }

    /** Total units of work of n items (for documentation and the load-balance bound). */
    public static long totalUnits(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weight(i, n);
        }
        return sum;
    }

    static long[] checkOut(long[] out) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        return out;
    }
}
