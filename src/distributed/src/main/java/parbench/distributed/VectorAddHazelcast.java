package parbench.distributed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import parbench.core.VectorAdd;
import parbench.core.VectorAddArgs;
import parbench.core.VectorAddSerial;

/**
 * Vector add on Hazelcast, one contiguous slice per worker slot, in two forms that measure
 * different costs:
 * <ul>
 *   <li>{@link #add} (the {@link VectorAdd} interface): the host's a and b slices travel to the
 *       workers inside the tasks and the c slices travel back — the cost of distributing host data
 *       (serialisation and copies, even for the embedded member).</li>
 *   <li>{@link #addFromSeeds}: each worker generates its slices of a and b from the seeds exactly as
 *       {@link parbench.core.Inputs#randomFloats} does and only c travels back — generation on the
 *       workers plus the add plus the result transfer, no input transfer.</li>
 * </ul>
 */
public final class VectorAddHazelcast extends HazelcastKernel implements VectorAdd {

    public VectorAddHazelcast(int threads, Settings settings) {
        super(threads, settings);
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        int parts = engine.parallelism();
        List<Shipped> tasks = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            int from = (int) Split.start(a.length, parts, i);
            int to = (int) Split.start(a.length, parts, i + 1);
            tasks.add(new Shipped(Arrays.copyOfRange(a, from, to), Arrays.copyOfRange(b, from, to)));
        }
        gather(engine.run(tasks), c, c.length, parts, 1);
    }

    /**
     * c = Inputs.randomFloats(seedA, c.length) + Inputs.randomFloats(seedB, c.length), with the
     * inputs made on the workers.
     */
    public void addFromSeeds(long seedA, long seedB, float[] c) {
        if (c == null) {
            throw new IllegalArgumentException("c must not be null");
        }
        int parts = engine.parallelism();
        List<Seeded> tasks = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            long from = Split.start(c.length, parts, i);
            int len = (int) (Split.start(c.length, parts, i + 1) - from);
            tasks.add(new Seeded(seedA, seedB, from, len));
        }
        gather(engine.run(tasks), c, c.length, parts, 1);
    }

    /** Adds the two slices it carries. */
    record Shipped(float[] a, float[] b) implements Callable<float[]>, Serializable {
        @Override
        public float[] call() {
            float[] c = new float[a.length];
            new VectorAddSerial().add(a, b, c);
            return c;
        }
    }

    /** Makes elements [from, from + length) of both inputs from their seeds, then adds them. */
    record Seeded(long seedA, long seedB, long from, int length) implements Callable<float[]>, Serializable {
        @Override
        public float[] call() {
            float[] a = SeededFloats.range(seedA, from, length);
            float[] b = SeededFloats.range(seedB, from, length);
            float[] c = new float[length];
            new VectorAddSerial().add(a, b, c);
            return c;
        }
    }
}
