package parbench.core;

/** Vector add split by recursive halving into fork/join tasks on a private pool. */
public final class VectorAddForkJoin extends PooledKernel implements VectorAdd {

    /**
     * Ranges at or below this many elements run as one plain loop. 64 Ki floats = 768 KiB of the
     * three arrays: each leaf runs ~50 us at memory speed, so the ~1 us cost of a fork is noise,
     * and a 16 M element input still gives 256 leaves for load balancing. Also the chunk of
     * {@link VectorAddStreams}.
     */
    static final int LEAF_ELEMENTS = 1 << 16;

    public VectorAddForkJoin(int threads) {
        super(threads);
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        ForkJoinRanges.forEach(pool, 0, a.length, LEAF_ELEMENTS, 1, (from, to) -> VectorAddSerial.addRange(a, b, c, from, to));
    }
}
