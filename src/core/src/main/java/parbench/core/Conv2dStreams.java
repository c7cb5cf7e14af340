package parbench.core;

import java.util.stream.IntStream;

/**
 * The serial row kernel ({@link Conv2dSerial}) over bands of output rows as a parallel
 * {@link IntStream}, started inside a private pool of {@code threads} workers so the stream runs
 * there and not in the common pool.
 */
public final class Conv2dStreams extends PooledKernel implements Conv2d {

    public Conv2dStreams(int threads) {
        super(threads);
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        int oh = Conv2d.outSize(height, k);
        int band = Conv2dArgs.bandRows(oh, pool.threads(), 1);
        int bands = (oh + band - 1) / band;
        if (bands <= 1) {
            // One band (every threads=1 call) runs on the caller; see VectorAddStreams.
            Conv2dSerial.convolveRows(image, width, filter, k, out, 0, oh);
            return;
        }
        pool.run(() -> IntStream.range(0, bands).parallel().forEach(b ->
                Conv2dSerial.convolveRows(image, width, filter, k, out, b * band, Math.min(oh, (b + 1) * band))));
    }
}
