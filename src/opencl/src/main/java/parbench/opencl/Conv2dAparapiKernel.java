package parbench.opencl;

import com.aparapi.Kernel;

/**
 * Valid-mode 2D convolution as an Aparapi kernel with the tiling of conv2d.cl: a work-group
 * computes a TY x TX block of outputs from an input tile with halo staged in the {@code @Local}
 * array (sized by the host for the filter size); the filter is a {@code @Constant} array.
 * Aparapi has no vector types, so instead of float8 registers the work-items share output rows
 * and, per filter tap, sweep a contiguous row of the tile into a {@code @Local} row of sums, a
 * loop the device compiler vectorises (LLVM on PoCL). Outputs past the image edge are computed
 * on the zero padding and not stored. The host picks the work-group size (1 on a CPU device).
 */
final class Conv2dAparapiKernel extends Kernel {

    /** Output columns and rows per group (as conv2d.cl). */
    static final int TX = 64;
    static final int TY = 16;

    float[] image = new float[1];
    @Constant
    float[] filter = new float[1];
    float[] out = new float[1];
    @Local
    float[] tile = new float[1];
    @Local
    float[] sums = new float[TY * TX];
    int h;
    int w;
    int k;
    int transferOnly;
    /**
     * 1: the CPU-device kernel, one output row per work-item and no local tile (the range is
     * 1 x outHeight); 0: the tiled kernel below. On PoCL's CPU device the tiled kernel spent its
     * time staging the tile element by element (a division and a remainder per element) and
     * sweeping 64-wide rows of a local array: 11.8 ms for 2048², k = 5, where JOCL's kernel takes
     * 1.25 ms. The row kernel adds each filter tap times a contiguous input row into the output
     * row (8 KiB, stays in L1), four taps per pass, a loop over x that the device compiler vectorises.
     */
    int rows;

    @Override
    public void run() {
        if (transferOnly == 0 && rows == 1) {
            int oh = h - k + 1;
            int ow = w - k + 1;
            int y = getGlobalId(1);
            if (y < oh) {
                int o = y * ow;
                for (int x = 0; x < ow; x++) {
                    out[o + x] = 0f;
                }
                for (int i = 0; i < k; i++) {
                    // Four taps of a filter row per pass over the output row (a quarter of the
                    // loads and stores of one tap per pass), in the same order as one by one.
                    int j = 0;
                    for (; j + 4 <= k; j += 4) {
                        float f0 = filter[i * k + j];
                        float f1 = filter[i * k + j + 1];
                        float f2 = filter[i * k + j + 2];
                        float f3 = filter[i * k + j + 3];
                        int s = (y + i) * w + j;
                        for (int x = 0; x < ow; x++) {
                            out[o + x] = fma(image[s + x + 3], f3, fma(image[s + x + 2], f2,
                                    fma(image[s + x + 1], f1, fma(image[s + x], f0, out[o + x]))));
                        }
                    }
                    for (; j < k; j++) {
                        float f = filter[i * k + j];
                        int s = (y + i) * w + j;
                        for (int x = 0; x < ow; x++) {
                            out[o + x] = fma(image[s + x], f, out[o + x]);
                        }
                    }
                }
            }
        }
        if (transferOnly == 0 && rows == 0) {
            int oh = h - k + 1;
            int ow = w - k + 1;
            int lid = getLocalId(0);
            int wg = getLocalSize(0);
            int x0 = getGroupId(0) * TX;
            int y0 = getGroupId(1) * TY;
            int tw = TX + k - 1;
            int th = TY + k - 1;
            for (int e = lid; e < th * tw; e += wg) {
                tile[e] = pixel(y0 + e / tw, x0 + e % tw);
            }
            localBarrier();
            for (int ly = lid; ly < TY; ly += wg) {
                int so = ly * TX;
                for (int x = 0; x < TX; x++) {
                    sums[so + x] = 0f;
                }
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        float f = filter[i * k + j];
                        int to = (ly + i) * tw + j;
                        for (int x = 0; x < TX; x++) {
                            sums[so + x] = fma(tile[to + x], f, sums[so + x]);
                        }
                    }
                }
                int oy = y0 + ly;
                if (oy < oh) {
                    for (int x = 0; x < TX; x++) {
                        if (x0 + x < ow) {
                            out[oy * ow + x0 + x] = sums[so + x];
                        }
                    }
                }
            }
        }
    }

    /** The image at (y, x), zero past its edge: the tile of a group at the edge is padded. */
    float pixel(int y, int x) {
        float v = 0f;
        if (y < h && x < w) {
            v = image[y * w + x];
        }
        return v;
    }

    /** Sets the problem of the next passes (not called from run(), so not translated). */
    void problem(float[] image, int h, int w, float[] filter, int k, float[] out, float[] tile, int transferOnly) {
        this.image = image;
        this.h = h;
        this.w = w;
        this.filter = filter;
        this.k = k;
        this.out = out;
        this.tile = tile;
        this.transferOnly = transferOnly;
    }
}
