package parbench.core.lessons;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.LongUnaryOperator;

/**
 * Through an {@link ArrayBlockingQueue} of {@code capacity}: one array, one lock for both ends,
 * producers wait when it is full (back-pressure), consumers when it is empty.
 */
public final class PipelineArrayBlockingQueue extends RunnerPipeline {

    public PipelineArrayBlockingQueue(int threads, int capacity) {
        this(threads, capacity, Pipeline::hash);
    }

    /** With another per-item consumer function (tests make it throw). */
    PipelineArrayBlockingQueue(int threads, int capacity, LongUnaryOperator consume) {
        super(new PipelineRunner(threads, bounded(capacity, c -> Channel.of(new ArrayBlockingQueue<>(c))), consume));
    }
}
