package parbench.core;

/** Monte Carlo pi split by recursive halving of the sample range into fork/join tasks. */
public final class MonteCarloPiForkJoin extends PooledKernel implements MonteCarloPi {

    /**
     * Ranges at or below this many samples run serially: 2^20 samples take ~1-2 ms with the
     * serial loop, so fork costs (~1 us) are noise, and 10^8 samples still give ~100 leaves.
     * Also the chunk of {@link MonteCarloPiStreams}.
     */
    static final long LEAF_SAMPLES = 1L << 20;

    public MonteCarloPiForkJoin(int threads) {
        super(threads);
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        return ForkJoinRanges.sum(pool, 0, samples, LEAF_SAMPLES, 1, (from, to) -> MonteCarloPiSerial.countRange(seed, from, to));
    }
}
