package parbench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Calibration: STREAM-like memory bandwidth with Vector API loops, the roofline's memory ceiling.
 * As in STREAM's OpenMP static schedule, each of the {@code threads} workers gets one contiguous
 * slice (cut on cache-line multiples). Bytes moved: copy 8 per element, add 12 per element
 * (write-allocate traffic not counted, as in STREAM).
 */
public final class StreamBandwidth implements AutoCloseable {

    static final VectorSpecies<Float> SPECIES = SimdSpecies.FLOAT;
    /** Slices start on multiples of 16 floats (one 64-byte cache line). */
    static final int ALIGN = 16;

    private final WorkerPool pool;

    public StreamBandwidth(int threads) {
        this.pool = new WorkerPool(threads);
    }

    /** c[i] = a[i]. */
    public void copy(float[] a, float[] c) {
        VectorAddArgs.check(a, c);
        forEachSlice(a.length, (from, to) -> copyRange(a, c, from, to));
    }

    /** c[i] = a[i] + b[i]. */
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        forEachSlice(a.length, (from, to) -> VectorAddSimd.addRange(a, b, c, from, to));
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private interface Slice {
        void run(int from, int to);
    }

    /** Runs one slice per worker; slice w is [w * per, (w + 1) * per) with per rounded up to ALIGN. */
    private void forEachSlice(int n, Slice body) {
        int threads = pool.threads();
        long perRaw = (n + (long) threads - 1) / threads;
        int per = (int) Math.min(n, (perRaw + ALIGN - 1) / ALIGN * ALIGN);
        pool.run(() -> {
            List<RecursiveAction> parts = new ArrayList<>(threads);
            for (int w = 0; w < threads; w++) {
                int from = (int) Math.min(n, (long) w * per);
                int to = (int) Math.min(n, (long) from + per);
                if (from < to) {
                    parts.add(new RecursiveAction() {
                        @Override
                        protected void compute() {
                            body.run(from, to);
                        }
                    });
                }
            }
            ForkJoinTask.invokeAll(parts);
        });
    }

    static void copyRange(float[] a, float[] c, int from, int to) {
        int step = SPECIES.length();
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += step) {
            FloatVector.fromArray(SPECIES, a, i).intoArray(c, i);
        }
        for (; i < to; i++) {
            c[i] = a[i];
        }
    }
}
