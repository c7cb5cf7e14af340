package parbench.core;

import java.util.concurrent.RecursiveAction;

/**
 * The register-blocked Vector API kernel ({@link Conv2dSimd}) over bands of output rows by
 * fork/join in a private pool of {@code threads} workers. Bands are whole multiples of the
 * kernel's 4-row block where possible, so no band pays for a recomputed partial block except at
 * the bottom edge; results are bit-identical to {@link Conv2dSimd} for every thread count.
 */
public final class Conv2dSimdForkJoin implements Conv2d {

    private final WorkerPool pool;

    public Conv2dSimdForkJoin(int threads) {
        this.pool = new WorkerPool(threads);
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        int oh = Conv2d.outSize(height, k);
        int band = Conv2dArgs.bandRows(oh, pool.threads(), Conv2dSimd.ROWS);
        pool.invoke(new Rows(image, width, Conv2dSimd.columnMajor(filter, k), k, out, 0, oh, band));
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * Splits its row range at band boundaries until it is one band, then runs the SIMD kernel
     * (filter here is the column-major copy that kernel takes).
     */
    private static final class Rows extends RecursiveAction {
        private final float[] image;
        private final int width;
        private final float[] filter;
        private final int k;
        private final float[] out;
        private final int y0;
        private final int y1;
        private final int band;

        Rows(float[] image, int width, float[] filter, int k, float[] out, int y0, int y1, int band) {
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
        protected void compute() {
            int bands = (y1 - y0 + band - 1) / band;
            if (bands <= 1) {
                Conv2dSimd.convolveRows(image, width, filter, k, out, y0, y1);
                return;
            }
            int mid = y0 + (bands / 2) * band;
            invokeAll(new Rows(image, width, filter, k, out, y0, mid, band),
                    new Rows(image, width, filter, k, out, mid, y1, band));
        }
    }
}
