package parbench.core;

import static parbench.core.MonteCarloPiForkJoin.LEAF_SAMPLES;

import java.util.stream.LongStream;

/**
 * Monte Carlo pi as a parallel stream over fixed-size chunks of sample indices, run inside a
 * private pool. Chunks keep the per-sample work a plain loop; a per-sample lambda would measure
 * stream overhead. A chunk is {@link MonteCarloPiForkJoin#LEAF_SAMPLES} long, so the two differ
 * only in how work is split.
 */
public final class MonteCarloPiStreams extends PooledKernel implements MonteCarloPi {

    public MonteCarloPiStreams(int threads) {
        super(threads);
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        long chunks = (samples + LEAF_SAMPLES - 1) / LEAF_SAMPLES;
        if (chunks <= 1) {
            // One chunk runs on the caller; see VectorAddStreams.
            return MonteCarloPiSerial.countRange(seed, 0, samples);
        }
        return pool.call(() -> LongStream.range(0, chunks).parallel().map(k -> {
            long from = k * LEAF_SAMPLES;
            return MonteCarloPiSerial.countRange(seed, from, Math.min(samples, from + LEAF_SAMPLES));
        }).sum());
    }
}
