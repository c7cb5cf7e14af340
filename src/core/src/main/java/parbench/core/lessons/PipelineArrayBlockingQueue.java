package parbench.core.lessons;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.LongUnaryOperator;

/**
 * Through an {@link ArrayBlockingQueue} of {@code capacity}: one array, one lock for both ends,
 * producers wait when it is full (back-pressure), consumers when it is empty.
 */
public final class PipelineArrayBlockingQueue implements Pipeline {

    private final PipelineRunner runner;

    public PipelineArrayBlockingQueue(int threads, int capacity) {
        this(threads, capacity, Pipeline::hash);
    }

    /** With another per-item consumer function (tests make it throw). */
    PipelineArrayBlockingQueue(int threads, int capacity, LongUnaryOperator consume) {
        Pipeline.checkCapacity(capacity);
        this.runner = new PipelineRunner(threads, () -> Channel.of(new ArrayBlockingQueue<>(capacity)), consume);
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
