package parbench.core.lessons;

import java.util.function.LongUnaryOperator;

/**
 * A bounded buffer built from two {@link java.util.concurrent.Semaphore}s over an unbounded
 * lock-free queue: {@code capacity} permits for free slots (a producer takes one before adding)
 * and one permit per stored item (a consumer takes one before removing). The semaphore, not the
 * queue, limits how many items may be in flight.
 */
public final class PipelineSemaphore implements Pipeline {

    private final PipelineRunner runner;

    public PipelineSemaphore(int threads, int capacity) {
        this(threads, capacity, Pipeline::hash);
    }

    /** With another per-item consumer function (tests make it throw). */
    PipelineSemaphore(int threads, int capacity, LongUnaryOperator consume) {
        Pipeline.checkCapacity(capacity);
        this.runner = new PipelineRunner(threads, () -> new SemaphoreChannel(capacity), consume);
    }

    @Override
    public Transfer transfer(long items) {
        return runner.transfer(items);
    }

    public ThreadTeam team() {
        return runner.team();
    }

    @Override
    public void close() {
        runner.close();
    }
}
