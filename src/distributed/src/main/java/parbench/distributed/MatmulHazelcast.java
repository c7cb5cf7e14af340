package parbench.distributed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import parbench.core.Matmul;
import parbench.core.MatmulArgs;

/**
 * Matrix multiply on Hazelcast in row blocks: one block of C rows per worker slot, computed with
 * the serial i-k-j loop (same order, so the same floats as {@link parbench.core.MatmulSerial}).
 * <ul>
 *   <li>{@link #multiply} (the {@link Matmul} interface): each task carries its block of A rows and
 *       all of B (B travels once per task), and returns its block of C.</li>
 *   <li>{@link #multiplyFromSeeds}: each worker makes its A rows and all of B from the seeds as
 *       {@link parbench.core.Inputs#randomFloats} does (n² generated per task, small next to the n³
 *       work); only C travels back.</li>
 * </ul>
 */
public final class MatmulHazelcast extends HazelcastKernel implements Matmul {

    public MatmulHazelcast(int threads, Settings settings) {
        super(threads, settings);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        int parts = parts(n);
        List<Shipped> tasks = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            int r0 = (int) Split.start(n, parts, i);
            int r1 = (int) Split.start(n, parts, i + 1);
            tasks.add(new Shipped(Arrays.copyOfRange(a, r0 * n, r1 * n), b, n));
        }
        gather(engine.run(tasks), c, n, parts, n);
    }

    /** c = A × B with A = Inputs.randomFloats(seedA, n*n), B = Inputs.randomFloats(seedB, n*n), made on the workers. */
    public void multiplyFromSeeds(long seedA, long seedB, float[] c, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        if (c == null || c.length != (long) n * n) {
            throw new IllegalArgumentException("c.length must be n*n = " + (long) n * n + " for n = " + n
                    + ", got " + (c == null ? "null" : c.length));
        }
        int parts = parts(n);
        List<Seeded> tasks = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            tasks.add(new Seeded(seedA, seedB, n, (int) Split.start(n, parts, i), (int) Split.start(n, parts, i + 1)));
        }
        gather(engine.run(tasks), c, n, parts, n);
    }

    /**
     * C block = A block × B for a block of rows: MatmulSerial's i-k-j loop (package-private in core,
     * so repeated here), unit stride over rows of B and C so C2 vectorises it.
     */
    static float[] rows(float[] aRows, float[] b, int n) {
        int rows = n == 0 ? 0 : aRows.length / n;
        float[] c = new float[rows * n];
        for (int i = 0; i < rows; i++) {
            int ci = i * n;
            for (int k = 0; k < n; k++) {
                float aik = aRows[ci + k];
                int bk = k * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aik * b[bk + j];
                }
            }
        }
        return c;
    }

    /** Carries its A rows and all of B. */
    record Shipped(float[] aRows, float[] b, int n) implements Callable<float[]>, Serializable {
        @Override
        public float[] call() {
            return rows(aRows, b, n);
        }
    }

    /** Makes A rows [r0, r1) and all of B from the seeds on the worker. */
    record Seeded(long seedA, long seedB, int n, int r0, int r1) implements Callable<float[]>, Serializable {
        @Override
        public float[] call() {
            float[] aRows = SeededFloats.range(seedA, (long) r0 * n, (r1 - r0) * n);
            float[] b = SeededFloats.range(seedB, 0, n * n);
            return rows(aRows, b, n);
        }
    }
}
