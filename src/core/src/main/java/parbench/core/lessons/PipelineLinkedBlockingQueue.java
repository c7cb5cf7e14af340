package parbench.core.lessons;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongUnaryOperator;

/**
 * Through a {@link LinkedBlockingQueue} bounded to {@code capacity}: linked nodes (one allocation
 * per item) and two locks, so a producer and a consumer do not block each other.
 */
public final class PipelineLinkedBlockingQueue implements Pipeline {

    private final PipelineRunner runner;

    public PipelineLinkedBlockingQueue(int threads, int capacity) {
        this(threads, capacity, Pipeline::hash);
    }

    /** With another per-item consumer function (tests make it throw). */
    PipelineLinkedBlockingQueue(int threads, int capacity, LongUnaryOperator consume) {
        Pipeline.checkCapacity(capacity);
        this.runner = new PipelineRunner(threads, () -> Channel.of(new LinkedBlockingQueue<>(capacity)), consume);
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
