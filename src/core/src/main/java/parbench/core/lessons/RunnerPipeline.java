package parbench.core.lessons;

import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What the pipeline variants share: a {@link PipelineRunner} (producers, consumers, the item
 * count check) over the variant's channel. A variant only says which channel it builds.
 */
public abstract class RunnerPipeline implements Pipeline {

    private final PipelineRunner runner;

    protected RunnerPipeline(PipelineRunner runner) {
        this.runner = runner;
    }

    /** Channels of {@code capacity} (checked now, before any thread starts). */
    static Supplier<Channel> bounded(int capacity, IntFunction<Channel> channel) {
        int c = Pipeline.checkCapacity(capacity);
        return () -> channel.apply(c);
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
