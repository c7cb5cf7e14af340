package parbench.core;

/**
 * The conv2d contract: every {@link Conv2d} backend (CPU, device, distributed) checks its arguments
 * here before any work, so all reject bad input the same way. Also the threaded backends' bands.
 */
public final class Conv2dArgs {

    private Conv2dArgs() {
    }

    /**
     * Throws IllegalArgumentException naming the first bad parameter: null arrays, negative or
     * zero sizes, k outside [1, min(height, width)], or arrays whose length does not match.
     */
    public static void check(float[] image, int height, int width, float[] filter, int k, float[] out) {
        ArgChecks.nonNull(image, "image");
        ArgChecks.nonNull(filter, "filter");
        ArgChecks.nonNull(out, "out");
        if (height < 1) {
            throw new IllegalArgumentException("height must be >= 1, got " + height);
        }
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
        if (k < 1) {
            throw new IllegalArgumentException("filter size k must be >= 1, got " + k);
        }
        if (k > height) {
            throw new IllegalArgumentException("filter size k=" + k + " exceeds image height " + height);
        }
        if (k > width) {
            throw new IllegalArgumentException("filter size k=" + k + " exceeds image width " + width);
        }
        if ((long) height * width != image.length) {
            throw new IllegalArgumentException("image length " + image.length + " != height*width = "
                    + height + "*" + width);
        }
        if (k * k != filter.length) {
            throw new IllegalArgumentException("filter length " + filter.length + " != k*k = " + k + "*" + k);
        }
        long outLen = (long) Conv2d.outSize(height, k) * Conv2d.outSize(width, k);
        if (outLen != out.length) {
            throw new IllegalArgumentException("out length " + out.length + " != (height-k+1)*(width-k+1) = "
                    + outLen);
        }
        if (image == out) {
            // Convolving in place would read pixels already overwritten.
            throw new IllegalArgumentException("out must not be the same array as image");
        }
    }

    /**
     * Bands per thread of the threaded backends, enough to even out the load when a worker is
     * delayed. Measured with the Conv2dSimd kernel over equal bands in a ForkJoinPool (2048², k = 5,
     * 2 threads, this project's 2-core machine): 1, 4, 16 and 64 bands per thread ran at 2.20, 2.13,
     * 2.24 and 2.36 ms. Sweep it with Conv2dTuningBenchmark.
     */
    static final int BANDS_PER_THREAD = 4;

    /** Row bands for the threaded backends: enough bands per thread to even out the load. */
    static int bandRows(int outHeight, int threads, int multiple) {
        return bandRows(outHeight, threads, multiple, BANDS_PER_THREAD);
    }

    /** As above with the bands per thread given (a sweep knob). */
    static int bandRows(int outHeight, int threads, int multiple, int bandsPerThread) {
        int bands = threads == 1 ? 1 : threads * bandsPerThread;
        int rows = (outHeight + bands - 1) / bands;
        return Math.max(multiple, (rows + multiple - 1) / multiple * multiple);
    }
}
