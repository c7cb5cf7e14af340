package parbench.core;

/**
 * The register-blocked Vector API kernel ({@link Conv2dSimd}) over bands of output rows by
 * fork/join in a private pool of {@code threads} workers. The kernel computes every pixel with the
 * same arithmetic whatever rows it is given, so results are bit-identical to {@link Conv2dSimd}
 * for every thread count.
 */
public final class Conv2dSimdForkJoin extends PooledKernel implements Conv2d {

    private final int bandsPerThread;

    public Conv2dSimdForkJoin(int threads) {
        this(threads, Conv2dArgs.BANDS_PER_THREAD);
    }

    /** With the bands per thread given, for sweeps ({@code Conv2dTuningBenchmark}); at least 1. */
    public Conv2dSimdForkJoin(int threads, int bandsPerThread) {
        super(threads);
        if (bandsPerThread < 1) {
            // The pool has started no worker yet (they start with the first task): nothing to release.
            throw new IllegalArgumentException("bandsPerThread must be >= 1, got " + bandsPerThread);
        }
        this.bandsPerThread = bandsPerThread;
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        int oh = Conv2d.outSize(height, k);
        // Bands of whole tall blocks where Conv2dSimd uses them, so that no band but the last
        // recomputes rows (Conv2dSimd shifts a band's last tall group back to end at its edge).
        int band = Conv2dArgs.bandRows(oh, pool.threads(), Conv2dSimd.TALL ? Conv2dSimd.TALL_ROWS : 1, bandsPerThread);
        // Split points on whole bands: every leaf is one band but the last, which may be shorter.
        // (Rounding the band count down instead merged the leftover into a double-length last
        // leaf: at 2048² and 2 threads one worker then ran 2 of 7 leaves' worth alone at the end,
        // and parallel efficiency was 78 % instead of 99 %.) The kernel takes the filter column-major.
        float[] columns = Conv2dSimd.columnMajor(filter, k);
        ForkJoinRanges.forEach(pool, 0, oh, band, band, (y0, y1) -> Conv2dSimd.convolveRows(image, width, columns, k, out, y0, y1));
    }
}
