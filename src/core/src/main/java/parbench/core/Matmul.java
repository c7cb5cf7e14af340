package parbench.core;

/** Dense single-precision matrix multiply {@code C = A × B}, n×n, row-major. 2n³ flops. */
public interface Matmul extends AutoCloseable {

    /** Overwrites c (length n*n) with a × b (each length n*n, row-major). */
    void multiply(float[] a, float[] b, float[] c, int n);

    @Override
    default void close() {
    }

    /**
     * A device kernel that can also be bound to one problem, so that the copies and the launch are
     * timed apart (the {@code _kernel_only} benchmark methods).
     */
    interface Device extends Matmul {
        DeviceKernel bind(float[] a, float[] b, float[] c, int n);
    }
}
