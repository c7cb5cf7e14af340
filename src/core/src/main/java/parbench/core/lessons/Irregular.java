package parbench.core.lessons;

/**
 * The irregular (load-balancing) workload: {@code out[i] = SkewedWork.item(i, out.length)} for every
 * i, whose cost per item varies 100×. The variants differ only in how items are assigned to threads.
 */
public interface Irregular extends AutoCloseable {

    /** Fills out with the item results; out.length is the number of items (0 allowed). */
    void compute(long[] out);

    /** Releases the threads; the kernel is not used afterwards. */
    @Override
    default void close() {
    }
}
