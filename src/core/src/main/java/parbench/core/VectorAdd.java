package parbench.core;

/** Vector add: {@code c[i] = a[i] + b[i]} for every i. Exact in every backend. */
public interface VectorAdd extends AutoCloseable {

    /** Writes a + b into c. All three arrays have the same length. */
    void add(float[] a, float[] b, float[] c);

    /** Releases threads or device buffers; the kernel is not used afterwards. */
    @Override
    default void close() {
    }

    /**
     * A device kernel that can also be bound to one problem, so that the copies and the launch are
     * timed apart (the {@code _kernel_only} benchmark methods).
     */
    interface Device extends VectorAdd {
        DeviceKernel bind(float[] a, float[] b, float[] c);
    }
}
