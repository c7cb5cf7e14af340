package parbench.core;

/** The CPU backends of this module, one descriptor each (docs/contributing.md). */
public final class CpuBackends {

    private CpuBackends() {
    }

    private static Availability plainJava() {
        return Availability.available("plain Java, " + Runtime.getRuntime().availableProcessors() + " processors");
    }

    public static final BackendDescriptor SERIAL = BackendDescriptor.of(Backend.SERIAL,
                    "best plain single-threaded Java loop; the baseline of every speedup", CpuBackends::plainJava)
            .with(Workload.VECTOR_ADD, t -> new VectorAddSerial())
            .with(Workload.MATMUL, t -> new MatmulSerial())
            .with(Workload.CONV2D, t -> new Conv2dSerial())
            .with(Workload.MONTE_CARLO_PI, t -> new MonteCarloPiSerial())
            .build();

    public static final BackendDescriptor FORKJOIN = BackendDescriptor.of(Backend.FORKJOIN,
                    "fork/join tasks in a private ForkJoinPool(threads)", CpuBackends::plainJava)
            .with(Workload.VECTOR_ADD, VectorAddForkJoin::new)
            .with(Workload.MATMUL, MatmulForkJoin::new)
            .with(Workload.CONV2D, Conv2dForkJoin::new)
            .with(Workload.MONTE_CARLO_PI, MonteCarloPiForkJoin::new)
            .build();

    public static final BackendDescriptor STREAMS = BackendDescriptor.of(Backend.STREAMS,
                    "parallel streams in a private ForkJoinPool(threads), never the common pool", CpuBackends::plainJava)
            .with(Workload.VECTOR_ADD, VectorAddStreams::new)
            .with(Workload.MATMUL, MatmulStreams::new)
            .with(Workload.CONV2D, Conv2dStreams::new)
            .with(Workload.MONTE_CARLO_PI, MonteCarloPiStreams::new)
            .build();

    public static final BackendDescriptor SIMD = BackendDescriptor.of(Backend.SIMD,
                    "Vector API (jdk.incubator.vector) SIMD on one thread", SimdSupport::availability)
            .with(Workload.VECTOR_ADD, t -> new VectorAddSimd())
            .with(Workload.MATMUL, t -> new MatmulSimd())
            .with(Workload.CONV2D, t -> new Conv2dSimd())
            .with(Workload.MONTE_CARLO_PI, t -> new MonteCarloPiSimd())
            .build();

    public static final BackendDescriptor SIMD_FORKJOIN = BackendDescriptor.of(Backend.SIMD_FORKJOIN,
                    "Vector API SIMD kernels split across a private ForkJoinPool(threads)", SimdSupport::availability)
            .with(Workload.VECTOR_ADD, VectorAddSimdForkJoin::new)
            .with(Workload.MATMUL, MatmulSimdForkJoin::new)
            .with(Workload.CONV2D, Conv2dSimdForkJoin::new)
            .with(Workload.MONTE_CARLO_PI, MonteCarloPiSimdForkJoin::new)
            .build();
}
