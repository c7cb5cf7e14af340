package parbench.core.lessons;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongUnaryOperator;

/**
 * Through a {@link LinkedBlockingQueue} bounded to {@code capacity}: linked nodes (one allocation
 * per item) and two locks, so a producer and a consumer do not block each other.
 */
public final class PipelineLinkedBlockingQueue extends RunnerPipeline {

    public PipelineLinkedBlockingQueue(int threads, int capacity) {
        this(threads, capacity, Pipeline::hash);
    }

    /** With another per-item consumer function (tests make it throw). */
    PipelineLinkedBlockingQueue(int threads, int capacity, LongUnaryOperator consume) {
        super(new PipelineRunner(threads, bounded(capacity, c -> Channel.of(new LinkedBlockingQueue<>(c))), consume));
    }
}
