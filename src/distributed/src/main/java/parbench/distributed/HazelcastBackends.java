package parbench.distributed;

import java.util.function.BiFunction;
import java.util.function.IntFunction;

import parbench.core.Backend;
import parbench.core.BackendDescriptor;
import parbench.core.Workload;

/**
 * The distributed backend of this module (docs/contributing.md). Settings come from system
 * properties: embedded member per trial unless {@code parbench.hazelcast.members} names a cluster.
 * The kernels are the interface methods, so vector add, matmul and conv2d ship their inputs to the
 * workers inside the timed operation (the cost of distributing host data, docs/distributed.md).
 */
public final class HazelcastBackends {

    private HazelcastBackends() {
    }

    public static final BackendDescriptor HAZELCAST = BackendDescriptor.of(Backend.HAZELCAST,
                    "Hazelcast IExecutorService: embedded member per trial, or the cluster in parbench.hazelcast.members",
                    () -> HazelcastEngine.availability(Settings.fromSystemProperties()))
            .with(Workload.VECTOR_ADD, fromSystemProperties(VectorAddHazelcast::new))
            .with(Workload.MATMUL, fromSystemProperties(MatmulHazelcast::new))
            .with(Workload.CONV2D, fromSystemProperties(Conv2dHazelcast::new))
            .with(Workload.MONTE_CARLO_PI, fromSystemProperties(MonteCarloPiHazelcast::new))
            .build();

    /** A kernel per thread count, with the settings read from the system properties when it is made. */
    private static <K extends AutoCloseable> IntFunction<K> fromSystemProperties(BiFunction<Integer, Settings, K> kernel) {
        return threads -> kernel.apply(threads, Settings.fromSystemProperties());
    }
}
