package parbench.core;

import java.util.concurrent.RecursiveAction;

/**
 * The serial row kernel ({@link Conv2dSerial}) run over bands of output rows by fork/join in a
 * private pool of {@code threads} workers. Each band writes disjoint output rows, so no
 * synchronisation is needed beyond the join.
 */
public final class Conv2dForkJoin implements Conv2d {

    private final WorkerPool pool;

    public Conv2dForkJoin(int threads) {
        this.pool = new WorkerPool(threads);
    }

    public WorkerPool pool() {
        return pool;
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        int oh = Conv2d.outSize(height, k);
        int band = Conv2dArgs.bandRows(oh, pool.threads(), 1);
        pool.invoke(new Rows(image, width, filter, k, out, 0, oh, band));
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Halves its row range until it is at most one band, then runs the serial kernel on it. */
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
            if (y1 - y0 <= band) {
                Conv2dSerial.convolveRows(image, width, filter, k, out, y0, y1);
                return;
            }
            int mid = y0 + (y1 - y0) / 2;
            invokeAll(new Rows(image, width, filter, k, out, y0, mid, band),
                    new Rows(image, width, filter, k, out, mid, y1, band));
        }
    }
}
