package parbench.core.lessons;

/**
 * The producer–consumer variants: the id is the JMH method name of PipelineBenchmark. All are
 * threaded (P producers + C consumers from threads, see {@link Pipeline}); {@link #bounded} says
 * whether the capacity applies.
 */
public enum PipelineVariant implements LessonVariant {
    ARRAY_BLOCKING_QUEUE("array_blocking_queue", true,
            "ArrayBlockingQueue(capacity): one array, one lock for both ends"),
    LINKED_BLOCKING_QUEUE("linked_blocking_queue", true,
            "LinkedBlockingQueue(capacity): linked nodes, separate put and take locks"),
    LINKED_TRANSFER_QUEUE("linked_transfer_queue", false,
            "LinkedTransferQueue: lock-free and unbounded, so no back-pressure (capacity does not apply)"),
    SEMAPHORE("semaphore", true,
            "a lock-free queue bounded by a Semaphore of capacity free-slot permits (and one of stored items)");

    private final VariantInfo info;
    private final boolean bounded;

    PipelineVariant(String id, boolean bounded, String description) {
        // Every pipeline runs producers and consumers on their own threads.
        this.info = new VariantInfo(id, true, description);
        this.bounded = bounded;
    }

    @Override
    public VariantInfo info() {
        return info;
    }

    public boolean bounded() {
        return bounded;
    }

    /** A new pipeline; capacity is ignored by the unbounded variant. */
    public Pipeline create(int threads, int capacity) {
        return switch (this) {
            case ARRAY_BLOCKING_QUEUE -> new PipelineArrayBlockingQueue(threads, capacity);
            case LINKED_BLOCKING_QUEUE -> new PipelineLinkedBlockingQueue(threads, capacity);
            case LINKED_TRANSFER_QUEUE -> new PipelineLinkedTransferQueue(threads);
            case SEMAPHORE -> new PipelineSemaphore(threads, capacity);
        };
    }

    public static PipelineVariant fromId(String id) {
        return VariantIds.fromId(values(), id, "pipeline");
    }
}
