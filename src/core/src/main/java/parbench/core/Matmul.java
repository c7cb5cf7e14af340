package parbench.core;

/** Dense single-precision matrix multiply {@code C = A × B}, n×n, row-major. 2n³ flops. */
public interface Matmul extends AutoCloseable {

    /** Overwrites c (length n*n) with a × b (each length n*n, row-major). */
    void multiply(float[] a, float[] b, float[] c, int n);

    @Override
    default void close() {
    }
}
