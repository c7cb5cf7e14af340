package parbench.core;

/** The Vector API vector add split by recursive halving over a private fork/join pool. */
public final class VectorAddSimdForkJoin extends PooledKernel implements VectorAdd {

    /**
     * Ranges at or below this many elements run as one SIMD loop; same reasoning as
     * {@link VectorAddForkJoin#LEAF_ELEMENTS}. Splits fall on multiples of {@link #ALIGN} so
     * every leaf but the last has no scalar tail and starts on a cache line boundary.
     */
    static final int LEAF_ELEMENTS = 1 << 16;
    /** 16 floats = one 64-byte cache line, a whole number of vectors for every species up to 512 bits. */
    static final int ALIGN = 16;

    public VectorAddSimdForkJoin(int threads) {
        super(threads);
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        ForkJoinRanges.forEach(pool, 0, a.length, LEAF_ELEMENTS, ALIGN, (from, to) -> VectorAddSimd.addRange(a, b, c, from, to));
    }
}
