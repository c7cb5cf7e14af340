package parbench.core;

/**
 * The vector add contract: every {@link VectorAdd} backend (CPU, device, distributed) checks its
 * arguments here before any work, so all reject bad input alike; messages name the parameter.
 */
public final class VectorAddArgs {

    private VectorAddArgs() {
    }

    /** Rejects a null array and arrays of different lengths. */
    public static void check(float[] a, float[] b, float[] c) {
        ArgChecks.nonNull(a, "a");
        ArgChecks.nonNull(b, "b");
        ArgChecks.nonNull(c, "c");
        if (b.length != a.length || c.length != a.length) {
            throw new IllegalArgumentException("a, b and c must have the same length, got a.length=" + a.length
                    + ", b.length=" + b.length + ", c.length=" + c.length);
        }
    }

    /** The same for the bandwidth copy c = a. */
    static void check(float[] a, float[] c) {
        ArgChecks.nonNull(a, "a");
        ArgChecks.nonNull(c, "c");
        if (c.length != a.length) {
            throw new IllegalArgumentException("a and c must have the same length, got a.length=" + a.length
                    + ", c.length=" + c.length);
        }
    }
}
