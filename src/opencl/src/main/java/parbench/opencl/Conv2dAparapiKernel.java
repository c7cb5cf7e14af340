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

    @Override
    public void run() {
        if (transferOnly == 0) {
            int oh = h - k + 1;
            int ow = w - k + 1;
            int lid = getLocalId(0);
            int wg = getLocalSize(0);
            int x0 = getGroupId(0) * TX;
            int y0 = getGroupId(1) * TY;
            int tw = TX + k - 1;
            int th = TY + k - 1;
            for (int e = lid; e < th * tw; e += wg) {
                int y = y0 + e / tw;
                int x = x0 + e % tw;
                float v = 0f;
                if (y < h && x < w) {
                    v = image[y * w + x];
                }
                tile[e] = v;
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
}
