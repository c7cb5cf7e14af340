package parbench.core.lessons;

import java.util.function.IntFunction;

/**
 * The histogram's variants: the id is the JMH method name of HistogramBenchmark. {@link #valid}
 * is false for the racy variant only: its counts are wrong by design and never a result.
 */
public enum HistogramVariant implements LessonVariant {
    SERIAL("serial", false, true, "one loop on one thread: the reference and the baseline", t -> new HistogramSerial()),
    SYNCHRONIZED("synchronized_lock", true, true,
            "one shared histogram, each increment in synchronized on that bin's monitor", HistogramSynchronized::new),
    REENTRANT_LOCK("reentrant_lock", true, true,
            "one shared histogram, each increment under that bin's ReentrantLock", HistogramReentrantLock::new),
    ATOMIC_ARRAY("atomic_array", true, true,
            "one shared AtomicLongArray, getAndIncrement per key", HistogramAtomicArray::new),
    LONG_ADDER("long_adder", true, true,
            "one LongAdder per bin (striped cells under contention), summed at the end", HistogramLongAdder::new),
    PRIVATE_MERGE("private_merge", true, true,
            "a private histogram per thread, merged after the threads finish", HistogramPrivate::new),
    RACY("racy", true, false,
            "WRONG ON PURPOSE: plain counts[b]++ on one shared array; lost updates are counted, never a valid result",
            HistogramRacy::new);

    private final VariantInfo info;
    private final boolean valid;
    private final IntFunction<Histogram> factory;

    HistogramVariant(String id, boolean threaded, boolean valid, String description, IntFunction<Histogram> factory) {
        this.info = new VariantInfo(id, threaded, description);
        this.valid = valid;
        this.factory = factory;
    }

    @Override
    public VariantInfo info() {
        return info;
    }

    /** False when the variant's output is wrong by design (lost updates): never reported as a result. */
    public boolean valid() {
        return valid;
    }

    public Histogram create(int threads) {
        return factory.apply(threads);
    }

    public static HistogramVariant fromId(String id) {
        return VariantIds.fromId(values(), id, "histogram");
    }
}
