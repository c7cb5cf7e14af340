package parbench.core;

/**
 * The serial row kernel ({@link Conv2dSerial}) run over bands of output rows by fork/join in a
 * private pool of {@code threads} workers. Each band writes disjoint output rows, so no
 * synchronisation is needed beyond the join.
 */
public final class Conv2dForkJoin extends PooledKernel implements Conv2d {

    public Conv2dForkJoin(int threads) {
        super(threads);
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        int oh = Conv2d.outSize(height, k);
        int band = Conv2dArgs.bandRows(oh, pool.threads(), 1);
        ForkJoinRanges.forEach(pool, 0, oh, band, 1, (y0, y1) -> Conv2dSerial.convolveRows(image, width, filter, k, out, y0, y1));
    }
}
