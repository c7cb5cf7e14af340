package parbench.core;

import static parbench.core.VectorAddForkJoin.LEAF_ELEMENTS;

import java.util.stream.IntStream;

/**
 * Vector add as a parallel stream over fixed-size chunks, run inside a private pool. Streaming
 * chunk indices rather than single elements keeps the per-element work a plain loop that C2
 * vectorises; a per-element lambda would measure stream overhead, not parallelism. A chunk is
 * {@link VectorAddForkJoin#LEAF_ELEMENTS} long, so the two differ only in how work is split.
 */
public final class VectorAddStreams extends PooledKernel implements VectorAdd {

    public VectorAddStreams(int threads) {
        super(threads);
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        int n = a.length;
        int chunks = (int) ((n + (long) LEAF_ELEMENTS - 1) / LEAF_ELEMENTS);
        if (chunks <= 1) {
            // A stream of one chunk runs that chunk on one thread: the caller, without handing it
            // to a parked worker (as ForkJoinRanges does with a range of one piece).
            VectorAddSerial.addRange(a, b, c, 0, n);
            return;
        }
        pool.run(() -> IntStream.range(0, chunks).parallel().forEach(k -> {
            int from = k * LEAF_ELEMENTS;
            VectorAddSerial.addRange(a, b, c, from, Math.min(n, from + LEAF_ELEMENTS));
        }));
    }
}
