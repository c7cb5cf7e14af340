package parbench.opencl;

import com.aparapi.Kernel;

/**
 * Valid-mode 2D convolution, the scheme of conv2d.cl: a TX x TY work-group stages its input tile
 * with halo in the {@code @Local} array (sized by the host for the filter size), the filter is a
 * {@code @Constant} array, each work-item computes one output pixel.
 */
final class Conv2dAparapiKernel extends Kernel {

    static final int TX = Conv2dJocl.TX;
    static final int TY = Conv2dJocl.TY;

    float[] image = new float[1];
    @Constant
    float[] filter = new float[1];
    float[] out = new float[1];
    @Local
    float[] tile = new float[1];
    int h;
    int w;
    int k;
    int transferOnly;

    @Override
    public void run() {
        if (transferOnly == 0) {
            int oh = h - k + 1;
            int ow = w - k + 1;
            int lx = getLocalId(0);
            int ly = getLocalId(1);
            int x0 = getGroupId(0) * TX;
            int y0 = getGroupId(1) * TY;
            int tw = TX + k - 1;
            int th = TY + k - 1;
            for (int ty = ly; ty < th; ty += TY) {
                int y = y0 + ty;
                for (int tx = lx; tx < tw; tx += TX) {
                    int x = x0 + tx;
                    float v = 0f;
                    if (y < h && x < w) {
                        v = image[y * w + x];
                    }
                    tile[ty * tw + tx] = v;
                }
            }
            localBarrier();
            int ox = x0 + lx;
            int oy = y0 + ly;
            if (ox < ow && oy < oh) {
                float acc = 0f;
                for (int i = 0; i < k; i++) {
                    int rowStart = (ly + i) * tw + lx;
                    for (int j = 0; j < k; j++) {
                        acc = fma(tile[rowStart + j], filter[i * k + j], acc);
                    }
                }
                out[oy * ow + ox] = acc;
            }
        }
    }
}
