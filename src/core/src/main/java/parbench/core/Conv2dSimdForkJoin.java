package parbench.core;

import java.util.concurrent.CountedCompleter;

/**
 * The register-blocked Vector API kernel ({@link Conv2dSimd}) over bands of output rows by
 * fork/join in a private pool of {@code threads} workers. The kernel computes every pixel with the
 * same arithmetic whatever rows it is given, so results are bit-identical to {@link Conv2dSimd}
 * for every thread count.
 */
public final class Conv2dSimdForkJoin implements Conv2d {

    private final WorkerPool pool;
    private final int bandsPerThread;

    public Conv2dSimdForkJoin(int threads) {
        this(threads, Conv2dArgs.BANDS_PER_THREAD);
    }

    /** With the bands per thread given, for sweeps ({@code Conv2dTuningBenchmark}); at least 1. */
    public Conv2dSimdForkJoin(int threads, int bandsPerThread) {
        if (bandsPerThread < 1) {
            throw new IllegalArgumentException("bandsPerThread must be >= 1, got " + bandsPerThread);
        }
        this.pool = new WorkerPool(threads);
        this.bandsPerThread = bandsPerThread;
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        int oh = Conv2d.outSize(height, k);
        // Bands of whole tall blocks where Conv2dSimd uses them, so that no band but the last
        // recomputes rows (Conv2dSimd shifts a band's last tall group back to end at its edge).
        int band = Conv2dArgs.bandRows(oh, pool.threads(), Conv2dSimd.TALL ? Conv2dSimd.TALL_ROWS : 1, bandsPerThread);
        pool.invoke(new Rows(null, image, width, Conv2dSimd.columnMajor(filter, k), k, out, 0, oh, band));
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * Splits off halves of its row range as forked subtasks until one band is left, runs the
     * kernel on that band, and completes when all subtasks have. A CountedCompleter never blocks a
     * worker in join(), so the pool never starts compensation threads beyond {@code threads}.
     * The filter here is the column-major copy that {@link Conv2dSimd#convolveRows} takes.
     * Split points fall on whole bands, so every leaf is one band except the last, which may be
     * shorter. (Rounding the band count down instead merged the leftover into a double-length last
     * leaf: at 2048² and 2 threads one worker then ran 2 of 7 leaves' worth alone at the end,
     * and parallel efficiency was 78 % instead of 99 %.)
     */
    private static final class Rows extends CountedCompleter<Void> {
        private static final long serialVersionUID = 1L;

        private final float[] image;
        private final int width;
        private final float[] filter;
        private final int k;
        private final float[] out;
        private final int y0;
        private final int y1;
        private final int band;

        Rows(CountedCompleter<?> parent, float[] image, int width, float[] filter, int k, float[] out,
             int y0, int y1, int band) {
            super(parent);
            this.image = image;
            this.width = width;
            this.filter = filter;
            this.k = k;
            this.out = out;
            this.y0 = y0;
            this.y1 = y1;
            this.band = band;
        }

        @Override
        public void compute() {
            int lo = y0;
            int hi = y1;
            for (int bands = (hi - lo + band - 1) / band; bands > 1; bands = (hi - lo + band - 1) / band) {
                int mid = lo + (bands / 2) * band;
                addToPendingCount(1);
                new Rows(this, image, width, filter, k, out, mid, hi, band).fork();
                hi = mid;
            }
            Conv2dSimd.convolveRows(image, width, filter, k, out, lo, hi);
            tryComplete();
        }
    }
}
