package parbench.core;

/** The Vector API Monte Carlo kernel split by recursive halving over a private fork/join pool. */
public final class MonteCarloPiSimdForkJoin extends PooledKernel implements MonteCarloPi {

    /**
     * Ranges at or below this many samples run as one SIMD loop: 2^20 samples take ~0.3-3 ms
     * (0.4-1.2 G samples/s on JDK 17-25), so fork costs are noise, and 2^22 samples (the CI
     * profile) still give 4 leaves. It was 2^22, which left 2^22 samples in one leaf: measured
     * 13.3 ms at 2 threads against 12.7 ms for simd, no parallelism at all.
     */
    static final long LEAF_SAMPLES = 1L << 20;

    public MonteCarloPiSimdForkJoin(int threads) {
        super(threads);
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        // Split on whole vector iterations so only the last leaf has a scalar tail.
        return ForkJoinRanges.sum(pool, 0, samples, LEAF_SAMPLES, MonteCarloPiSimd.STEP,
                (from, to) -> MonteCarloPiSimd.countRange(seed, from, to));
    }
}
