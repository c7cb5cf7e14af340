package parbench.core;

/**
 * The Monte Carlo pi contract: every {@link MonteCarloPi} backend (CPU, device, distributed) checks
 * its arguments here before any work. Any seed is valid.
 */
public final class MonteCarloPiArgs {

    private MonteCarloPiArgs() {
    }

    /** Rejects a negative sample count; returns it. */
    public static long check(long samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0, got " + samples);
        }
        return samples;
    }
}
