package parbench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Calibration: the floating-point peak this JVM reaches with Vector API FMAs, the roofline's
 * compute ceiling. Each worker updates {@link #CHAINS} independent accumulator vectors with
 * {@code acc = acc * M + C}; independent chains hide the FMA latency (4 cycles x 2 FMA pipes
 * needs at least 8 in flight). One FMA lane counts as 2 flops.
 *
 * <p>Exact work: {@code run(flops)} performs {@code floor(flops / FLOPS_PER_ITERATION)} iterations
 * of all chains in total, where one iteration is {@code 2 * CHAINS * lanes} flops, i.e.
 * {@link #flopsPerformed(long)} flops; the iterations are split across the workers so that their
 * counts differ by at most one.
 */
public final class FmaPeak implements AutoCloseable {

    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** 12 chains: comfortably above the 8 needed for latency, and 12 + 2 constants fit in 16 ymm registers. */
    static final int CHAINS = 12;
    /** Flops of one iteration of all chains: CHAINS vectors x lanes x 2 (multiply + add). */
    public static final long FLOPS_PER_ITERATION = 2L * CHAINS * SPECIES.length();
    /** acc converges to C / (1 - M) = 10 and never overflows, however long it runs. */
    private static final float M = 0.999f;
    private static final float C = 0.01f;

    private final WorkerPool pool;

    public FmaPeak(int threads) {
        this.pool = new WorkerPool(threads);
    }

    /** The flops {@link #run(long)} performs for this request: whole iterations, rounded down. */
    public long flopsPerformed(long flops) {
        return iterations(flops) * FLOPS_PER_ITERATION;
    }

    /**
     * Performs {@link #flopsPerformed(long) flopsPerformed(flops)} flops across all workers and
     * returns the sum of every accumulator lane (so no chain is dead code).
     */
    public float run(long flops) {
        long total = iterations(flops);
        int threads = pool.threads();
        return pool.call(() -> {
            List<RecursiveTask<Float>> parts = new ArrayList<>(threads);
            for (int w = 0; w < threads; w++) {
                long mine = total / threads + (w < total % threads ? 1 : 0);
                float start = 1.0f + w;
                parts.add(new RecursiveTask<>() {
                    @Override
                    protected Float compute() {
                        return chains(mine, start);
                    }
                });
            }
            float sum = 0;
            for (RecursiveTask<Float> t : ForkJoinTask.invokeAll(parts)) {
                sum += t.join();
            }
            return sum;
        });
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static long iterations(long flops) {
        if (flops < 0) {
            throw new IllegalArgumentException("flops must be >= 0, got " + flops);
        }
        return flops / FLOPS_PER_ITERATION;
    }

    /** {@code iterations} FMAs on each of the CHAINS accumulators, which start at different values. */
    static float chains(long iterations, float start) {
        FloatVector m = FloatVector.broadcast(SPECIES, M);
        FloatVector c = FloatVector.broadcast(SPECIES, C);
        FloatVector a0 = FloatVector.broadcast(SPECIES, start);
        FloatVector a1 = a0.add(1);
        FloatVector a2 = a0.add(2);
        FloatVector a3 = a0.add(3);
        FloatVector a4 = a0.add(4);
        FloatVector a5 = a0.add(5);
        FloatVector a6 = a0.add(6);
        FloatVector a7 = a0.add(7);
        FloatVector a8 = a0.add(8);
        FloatVector a9 = a0.add(9);
        FloatVector a10 = a0.add(10);
        FloatVector a11 = a0.add(11);
        for (long done = 0; done < iterations; done += MonteCarloPiSerial.BLOCK) {
            int n = (int) Math.min(MonteCarloPiSerial.BLOCK, iterations - done);
            for (int k = 0; k < n; k++) {
                a0 = a0.fma(m, c);
                a1 = a1.fma(m, c);
                a2 = a2.fma(m, c);
                a3 = a3.fma(m, c);
                a4 = a4.fma(m, c);
                a5 = a5.fma(m, c);
                a6 = a6.fma(m, c);
                a7 = a7.fma(m, c);
                a8 = a8.fma(m, c);
                a9 = a9.fma(m, c);
                a10 = a10.fma(m, c);
                a11 = a11.fma(m, c);
            }
        }
        FloatVector s = a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11);
        return s.reduceLanes(VectorOperators.ADD);
    }
}
