package parbench.core.lessons;

import java.util.concurrent.LinkedTransferQueue;
import java.util.function.LongUnaryOperator;

/**
 * Through a {@link LinkedTransferQueue}: lock-free and UNBOUNDED (it has no capacity), so
 * producers never wait and the queue grows when consumers are slower: no back-pressure at all.
 */
public final class PipelineLinkedTransferQueue extends RunnerPipeline {

    public PipelineLinkedTransferQueue(int threads) {
        this(threads, Pipeline::hash);
    }

    /** With another per-item consumer function (tests make it throw). */
    PipelineLinkedTransferQueue(int threads, LongUnaryOperator consume) {
        super(new PipelineRunner(threads, () -> Channel.of(new LinkedTransferQueue<>()), consume));
    }
}
