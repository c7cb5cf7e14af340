package parbench.distributed;

/**
 * What every Hazelcast kernel class shares: its own {@link HazelcastEngine}, started by the
 * constructor (embedded member or cluster, from the settings) and shut down by close().
 */
abstract class HazelcastKernel implements AutoCloseable {

    final HazelcastEngine engine;

    HazelcastKernel(int threads, Settings settings) {
        this.engine = HazelcastEngine.start(threads, settings);
    }

    /** The engine the kernel runs on: its members and parallelism. */
    public final HazelcastEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
