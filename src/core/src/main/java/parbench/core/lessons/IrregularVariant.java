package parbench.core.lessons;

import java.util.function.IntFunction;

/**
 * The irregular workload's variants: the id is the JMH method name of IrregularBenchmark, the
 * description is the one line the docs show. Threaded variants take the thread count.
 */
public enum IrregularVariant implements LessonVariant {
    SERIAL("serial", false, "one loop on one thread: the reference and the baseline", t -> new IrregularSerial()),
    STATIC_BLOCK("static_block", true,
            "thread k takes the k-th of `threads` equal blocks of items (OpenMP schedule(static))", IrregularStaticBlock::new),
    STATIC_CYCLIC("static_cyclic", true,
            "thread k takes items k, k+T, k+2T, ... (OpenMP schedule(static,1))", IrregularStaticCyclic::new),
    DYNAMIC("dynamic", true,
            "threads take the next 16 items from a shared AtomicInteger until none are left (schedule(dynamic,16))",
            IrregularDynamic::new),
    FORKJOIN("forkjoin", true,
            "recursive halving into fork/join tasks of <= 16 items; idle workers steal", IrregularForkJoin::new),
    STREAMS("streams", true,
            "IntStream.range(0, n).parallel() inside a private ForkJoinPool(threads)", IrregularStreams::new);

    private final VariantInfo info;
    private final IntFunction<Irregular> factory;

    IrregularVariant(String id, boolean threaded, String description, IntFunction<Irregular> factory) {
        this.info = new VariantInfo(id, threaded, description);
        this.factory = factory;
    }

    @Override
    public VariantInfo info() {
        return info;
    }

    /** A new kernel; threads is ignored by the single-threaded variant. */
    public Irregular create(int threads) {
        return factory.apply(threads);
    }

    public static IrregularVariant fromId(String id) {
        return VariantIds.fromId(values(), id, "irregular");
    }
}
