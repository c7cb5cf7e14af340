package parbench.core.lessons;

import java.util.function.LongUnaryOperator;

/**
 * A bounded buffer built from two {@link java.util.concurrent.Semaphore}s over an unbounded
 * lock-free queue: {@code capacity} permits for free slots (a producer takes one before adding)
 * and one permit per stored item (a consumer takes one before removing). The semaphore, not the
 * queue, limits how many items may be in flight.
 */
public final class PipelineSemaphore extends RunnerPipeline {

    public PipelineSemaphore(int threads, int capacity) {
        this(threads, capacity, Pipeline::hash);
    }

    /** With another per-item consumer function (tests make it throw). */
    PipelineSemaphore(int threads, int capacity, LongUnaryOperator consume) {
        super(new PipelineRunner(threads, bounded(capacity, SemaphoreChannel::new), consume));
    }
}
