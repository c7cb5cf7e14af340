package parbench.core.lessons;

/**
 * Producer–consumer: P producers hand the items 0..n-1 (producer p makes p, p+P, ...) through a
 * bounded buffer to C consumers, which hash each item and add the hash to a checksum. Every item
 * consumed exactly once gives exactly {@link #expected}: the count proves none is lost in total,
 * the sum of 64-bit hashes catches a duplicate hidden by a loss (a different hash).
 *
 * <p>Threads: P = max(1, threads/2) producers and C = max(1, threads − P) consumers, so
 * {@code threads} is the number of busy threads from 2 upwards, the extra one of an odd count goes to
 * the consumers (they do the per-item hashing), and threads=1 still runs one of each (a pipeline
 * needs both ends; they take turns on one core).
 */
public interface Pipeline extends AutoCloseable {

    /** Passes items 0..items-1 from the producers to the consumers; returns what the consumers saw. */
    Transfer transfer(long items);

    @Override
    default void close() {
    }

    /** What the consumers received: how many items and the sum of their hashes (mod 2^64). */
    record Transfer(long count, long checksum) {
    }

    static int producers(int threads) {
        return Math.max(1, threads / 2);
    }

    static int consumers(int threads) {
        return Math.max(1, threads - producers(threads));
    }

    /** The consumers' per-item work: the SplitMix64 finaliser, a bijection, so distinct items hash apart. */
    static long hash(long v) {
        long z = v * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The transfer that consuming every item of 0..items-1 exactly once gives. */
    static Transfer expected(long items) {
        long sum = 0;
        for (long i = 0; i < items; i++) {
            sum += hash(i);
        }
        return new Transfer(items, sum);
    }

    /** Rejects capacity < 1 with a message naming the parameter. */
    static int checkCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        return capacity;
    }
}
