package parbench.core;

import java.util.stream.LongStream;

/**
 * Monte Carlo pi as a parallel stream over fixed-size chunks of sample indices, run inside a
 * private pool. Chunks keep the per-sample work a plain loop; a per-sample lambda would measure
 * stream overhead.
 */
public final class MonteCarloPiStreams extends PooledKernel implements MonteCarloPi {

    /** Samples per chunk; same reasoning as {@link MonteCarloPiForkJoin#LEAF_SAMPLES}. */
    static final long CHUNK_SAMPLES = 1L << 20;

    public MonteCarloPiStreams(int threads) {
        super(threads);
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        long chunks = (samples + CHUNK_SAMPLES - 1) / CHUNK_SAMPLES;
        if (chunks <= 1) {
            // One chunk runs on the caller; see VectorAddStreams.
            return MonteCarloPiSerial.countRange(seed, 0, samples);
        }
        return pool.call(() -> LongStream.range(0, chunks).parallel().map(k -> {
            long from = k * CHUNK_SAMPLES;
            return MonteCarloPiSerial.countRange(seed, from, Math.min(samples, from + CHUNK_SAMPLES));
        }).sum());
    }
}
