package parbench.core.lessons;

import java.util.SplittableRandom;

/**
 * Histogram of int keys into {@code bins} bins: key v goes to bin {@code binOf(v, bins)}. With few
 * bins every thread updates the same few counters (heavy contention); more bins spread the updates.
 * The variants differ only in how threads combine their counts.
 */
public interface Histogram extends AutoCloseable {

    /** Counts per bin of every value; a new array of length bins. */
    long[] count(int[] values, int bins);

    @Override
    default void close() {
    }

    /**
     * Bin of a key: the high bits of (unsigned key × bins) (Lemire's multiply-shift range
     * reduction), one multiply instead of a division, uniform for uniform keys.
     */
    static int binOf(int value, int bins) {
        return (int) (((value & 0xFFFFFFFFL) * bins) >>> 32);
    }

    /** n uniformly random int keys from a fixed seed. */
    static int[] randomKeys(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt();
        }
        return v;
    }

    /** Rejects null values and bins < 1 with a message naming the parameter. */
    static void check(int[] values, int bins) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
    }

    /** Sum of all bins: the number of updates that were counted. */
    static long total(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /** Start of thread k's static block of n items among t threads. */
    static int blockStart(int k, int n, int t) {
        return (int) ((long) k * n / t);
    }
}
