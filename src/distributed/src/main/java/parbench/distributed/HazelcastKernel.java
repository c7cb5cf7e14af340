package parbench.distributed;

import java.util.List;

/**
 * What every Hazelcast kernel class shares: its own {@link HazelcastEngine}, started by the
 * constructor (embedded member or cluster, from the settings) and shut down by close().
 */
abstract class HazelcastKernel implements AutoCloseable {

    final HazelcastEngine engine;

    HazelcastKernel(int threads, Settings settings) {
        this.engine = HazelcastEngine.start(threads, settings);
    }

    /** Tasks for a problem of {@code units} rows: one per worker slot, but never an empty one. */
    final int parts(int units) {
        return Math.max(1, Math.min(engine.parallelism(), units));
    }

    /**
     * Copies the tasks' results into out: result i is the rows of part i of an even split of
     * {@code rows} rows into {@code parts} ({@link Split}), {@code rowLength} floats a row.
     */
    static void gather(List<float[]> results, float[] out, long rows, int parts, int rowLength) {
        for (int i = 0; i < parts; i++) {
            float[] r = results.get(i);
            System.arraycopy(r, 0, out, (int) Split.start(rows, parts, i) * rowLength, r.length);
        }
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
