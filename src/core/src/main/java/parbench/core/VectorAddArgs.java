package parbench.core;

/** Argument checks shared by the vector add and bandwidth kernels; messages name the parameter. */
final class VectorAddArgs {

    private VectorAddArgs() {
    }

    static void check(float[] a, float[] b, float[] c) {
        if (a == null) {
            throw new IllegalArgumentException("a must not be null");
        }
        if (b == null) {
            throw new IllegalArgumentException("b must not be null");
        }
        if (c == null) {
            throw new IllegalArgumentException("c must not be null");
        }
        if (b.length != a.length || c.length != a.length) {
            throw new IllegalArgumentException("a, b and c must have the same length, got a.length=" + a.length
                    + ", b.length=" + b.length + ", c.length=" + c.length);
        }
    }

    static void check(float[] a, float[] c) {
        if (a == null) {
            throw new IllegalArgumentException("a must not be null");
        }
        if (c == null) {
            throw new IllegalArgumentException("c must not be null");
        }
        if (c.length != a.length) {
            throw new IllegalArgumentException("a and c must have the same length, got a.length=" + a.length
                    + ", c.length=" + c.length);
        }
    }

    /** Rejects a negative Monte Carlo sample count. */
    static long checkSamples(long samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0, got " + samples);
        }
        return samples;
    }
}
