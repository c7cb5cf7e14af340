package parbench.core;

/**
 * Monte Carlo estimate of pi: counts how many of {@code samples} points fall inside the quarter
 * circle. Sample i is defined by {@link SplitMix64#sample(long, long)}, so every backend and every
 * thread count returns the identical count for the same seed and sample count.
 */
public interface MonteCarloPi extends AutoCloseable {

    /** Number of samples with index 0..samples-1 whose point lies inside the quarter circle. */
    long countInside(long seed, long samples);

    @Override
    default void close() {
    }

    /** The pi estimate for a count. */
    static double estimate(long inside, long samples) {
        return 4.0 * inside / samples;
    }

    /**
     * A device kernel that can also be bound to one problem, so that the copies and the launch are
     * timed apart (the {@code _kernel_only} benchmark methods).
     */
    interface Device extends MonteCarloPi {
        DeviceCount bind(long seed, long samples);
    }
}
