package parbench.core;

/**
 * 2D convolution of a single-channel float image with a k×k filter, "valid" mode:
 * the output is (height-k+1)×(width-k+1) and every output pixel uses only pixels inside the image.
 * <pre>out[y][x] = sum_{i,j &lt; k} image[y+i][x+j] * filter[i][j]</pre>
 * (no flip of the filter, as in image processing and CNN libraries). 2k² flops per output pixel.
 * The filter is general: backends must not assume it is separable or symmetric.
 */
public interface Conv2d extends AutoCloseable {

    /**
     * @param image  height×width, row-major
     * @param filter k×k, row-major
     * @param out    (height-k+1)×(width-k+1), row-major, overwritten
     */
    void convolve(float[] image, int height, int width, float[] filter, int k, float[] out);

    @Override
    default void close() {
    }

    /** Output height (or width) for an input dimension and filter size. */
    static int outSize(int inSize, int k) {
        return inSize - k + 1;
    }

    /**
     * A device kernel that can also be bound to one problem, so that the copies and the launch are
     * timed apart (the {@code _kernel_only} benchmark methods).
     */
    interface Device extends Conv2d {
        DeviceKernel bind(float[] image, int height, int width, float[] filter, int k, float[] out);
    }
}
