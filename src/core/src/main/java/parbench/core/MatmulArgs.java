package parbench.core;

/**
 * The matmul contract: every {@link Matmul} backend (CPU, device, distributed) checks its arguments
 * here before any work, so all reject bad input the same way.
 */
public final class MatmulArgs {

    private MatmulArgs() {
    }

    /**
     * Rejects a null array, a negative n, an array whose length is not n*n, and an output that
     * is also an input (the kernels overwrite c while still reading a and b).
     */
    public static void check(float[] a, float[] b, float[] c, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        long expected = (long) n * n;
        checkArray("a", a, expected, n);
        checkArray("b", b, expected, n);
        checkArray("c", c, expected, n);
        if (c == a || c == b) {
            throw new IllegalArgumentException("c must be a separate array from a and b (it is overwritten while they are read)");
        }
    }

    private static void checkArray(String name, float[] x, long expected, int n) {
        ArgChecks.nonNull(x, name);
        if (x.length != expected) {
            throw new IllegalArgumentException(name + ".length must be n*n = " + expected + " for n = " + n + ", got " + x.length);
        }
    }
}
