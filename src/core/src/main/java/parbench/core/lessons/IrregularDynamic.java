package parbench.core.lessons;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dynamic schedule (OpenMP {@code schedule(dynamic, chunk)}): every thread repeatedly takes the
 * next {@code chunk} items from a shared atomic counter until none are left, so a thread that got
 * light items simply takes more chunks. Costs one atomic add per chunk.
 */
public final class IrregularDynamic extends TeamKernel implements Irregular {

    /**
     * Items per grab: 16 items are ~50 µs of work, so the atomic add (~10-100 ns contended) is
     * noise, and the last chunk leaves at most ~16 × 6 µs of imbalance at the end.
     */
    public static final int DEFAULT_CHUNK = 16;

    private final int chunk;

    public IrregularDynamic(int threads) {
        this(threads, DEFAULT_CHUNK);
    }

    public IrregularDynamic(int threads, int chunk) {
        super(checkChunk(chunk, threads));
        this.chunk = chunk;
    }

    /** Checks the chunk before the team's threads start; returns {@code threads}. */
    private static int checkChunk(int chunk, int threads) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be >= 1, got " + chunk);
        }
        return threads;
    }

    @Override
    public void compute(long[] out) {
        SkewedWork.checkOut(out);
        int n = out.length;
        AtomicInteger next = new AtomicInteger();
        team().run(k -> {
            while (true) {
                // getAndAdd may run past n (and, near Integer.MAX_VALUE, wrap): test before using it.
                int from = next.getAndAdd(chunk);
                if (from >= n || from < 0) {
                    return;
                }
                SkewedWork.range(out, from, (int) Math.min(n, (long) from + chunk));
            }
        });
    }
}
