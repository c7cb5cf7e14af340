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
 * {@code acc = M * C + acc}; independent chains hide the FMA latency (4 cycles x 2 FMA pipes
 * needs at least 8 in flight). One FMA lane counts as 2 flops.
 *
 * <p>The accumulator is the addend on purpose: x86 {@code vfmadd231ps} overwrites its addend, and
 * C2 (JDK 17 and 25) only emits that form. With the earlier recurrence {@code acc = acc * M + C}
 * the constant was the addend, so C2 copied it before every FMA and, short of registers, spilled
 * the chains to the stack: 2.46 instructions per FMA and 1.66 FMAs per cycle, measured with
 * {@code perf stat} on Zen 3 (JDK 17) — 17 % under the two FMA pipes, which made every kernel look
 * closer to the peak than it is.
 *
 * <p>Exact work: {@code run(flops)} performs {@code floor(flops / FLOPS_PER_ITERATION)} iterations
 * of all chains in total, where one iteration is {@code 2 * CHAINS * lanes} flops, i.e.
 * {@link #flopsPerformed(long)} flops; the iterations are split across the workers so that their
 * counts differ by at most one.
 */
public final class FmaPeak implements AutoCloseable {

    static final VectorSpecies<Float> SPECIES = SimdSpecies.FLOAT;
    /** 12 chains: comfortably above the 8 needed for latency, and 12 + 2 constants fit in 16 ymm registers. */
    static final int CHAINS = 12;
    /** Flops of one iteration of all chains: CHAINS vectors x lanes x 2 (multiply + add). */
    public static final long FLOPS_PER_ITERATION = 2L * CHAINS * SPECIES.length();
    /**
     * Each FMA adds M * C (about 0.01) to acc: after the 2^30 iterations of a block acc is at most
     * about 1.7e5, where the increment falls below half an ulp and acc stops growing; never overflows.
     */
    private static final float M = 0.999f;
    private static final float C = 0.01f;
    /** Iterations per call of the int-counted kernel loop. */
    static final int BLOCK = 1 << 30;

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
                        // Each block restarts the chains (one block unless mine > 2^30).
                        float sum = 0;
                        long done = 0;
                        do {
                            int n = (int) Math.min(BLOCK, mine - done);
                            sum += chains(n, start);
                            done += n;
                        } while (done < mine);
                        return sum;
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

    /**
     * {@code iterations} FMAs on each of the CHAINS accumulators, which start at different values.
     * A plain int-counted loop: on JDK 17, C2 boxed every vector of a loop nested in a long loop.
     */
    static float chains(int iterations, float start) {
        FloatVector m = FloatVector.broadcast(SPECIES, M);
        FloatVector c = FloatVector.broadcast(SPECIES, C);
        // Every vector is made by a static factory, not by an instance method: on JDK 17 an
        // instance call outside the loop returns an opaque object, the loop phi then cannot be
        // scalar-replaced, and every FMA boxes a vector (measured 30x slower).
        FloatVector a0 = FloatVector.broadcast(SPECIES, start);
        FloatVector a1 = FloatVector.broadcast(SPECIES, start + 1);
        FloatVector a2 = FloatVector.broadcast(SPECIES, start + 2);
        FloatVector a3 = FloatVector.broadcast(SPECIES, start + 3);
        FloatVector a4 = FloatVector.broadcast(SPECIES, start + 4);
        FloatVector a5 = FloatVector.broadcast(SPECIES, start + 5);
        FloatVector a6 = FloatVector.broadcast(SPECIES, start + 6);
        FloatVector a7 = FloatVector.broadcast(SPECIES, start + 7);
        FloatVector a8 = FloatVector.broadcast(SPECIES, start + 8);
        FloatVector a9 = FloatVector.broadcast(SPECIES, start + 9);
        FloatVector a10 = FloatVector.broadcast(SPECIES, start + 10);
        FloatVector a11 = FloatVector.broadcast(SPECIES, start + 11);
        for (int k = 0; k < iterations; k++) {
            a0 = m.fma(c, a0);
            a1 = m.fma(c, a1);
            a2 = m.fma(c, a2);
            a3 = m.fma(c, a3);
            a4 = m.fma(c, a4);
            a5 = m.fma(c, a5);
            a6 = m.fma(c, a6);
            a7 = m.fma(c, a7);
            a8 = m.fma(c, a8);
            a9 = m.fma(c, a9);
            a10 = m.fma(c, a10);
            a11 = m.fma(c, a11);
        }
        FloatVector s = a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11);
        return s.reduceLanes(VectorOperators.ADD);
    }
}
