package parbench.core;

import java.util.List;

/**
 * A kernel workload: its id, the kernel interface every backend implements for it, and the
 * interface a device kernel adds to be bound to one problem for kernel-only timing. The problem,
 * its reference and tolerance live in the workload's JMH class (they need JMH params); the work
 * per operation the report derives lives in plot, which never depends on the kernels.
 *
 * @param <K> the kernel interface
 */
public final class Workload<K extends AutoCloseable> {

    public static final Workload<VectorAdd> VECTOR_ADD = new Workload<>("vector_add", "VectorAdd", VectorAdd.class, VectorAdd.Device.class);
    public static final Workload<Matmul> MATMUL = new Workload<>("matmul", "Matmul", Matmul.class, Matmul.Device.class);
    public static final Workload<Conv2d> CONV2D = new Workload<>("conv2d", "Conv2d", Conv2d.class, Conv2d.Device.class);
    public static final Workload<MonteCarloPi> MONTE_CARLO_PI = new Workload<>("monte_carlo_pi", "MonteCarloPi", MonteCarloPi.class, MonteCarloPi.Device.class);

    /** Every workload, in the order of the results. */
    public static final List<Workload<?>> ALL = List.of(VECTOR_ADD, MATMUL, CONV2D, MONTE_CARLO_PI);

    private final String id;
    private final String name;
    private final Class<K> kernel;
    private final Class<? extends K> device;

    private Workload(String id, String name, Class<K> kernel, Class<? extends K> device) {
        this.id = id;
        this.name = name;
        this.kernel = kernel;
        this.device = device;
    }

    public String id() {
        return id;
    }

    /** The class-name stem: kernel classes are {@code <name><Backend>}, the JMH class {@code <name>Benchmark}. */
    public String name() {
        return name;
    }

    public Class<K> kernel() {
        return kernel;
    }

    /** The interface of device kernels that can be bound for kernel-only timing. */
    public Class<? extends K> device() {
        return device;
    }

    @Override
    public String toString() {
        return id;
    }
}
