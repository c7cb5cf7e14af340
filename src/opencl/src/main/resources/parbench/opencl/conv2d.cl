// Valid-mode 2D convolution without filter flip:
//   out[y][x] = sum_{i,j<k} image[y+i][x+j] * filter[i][j],  out is (h-k+1) x (w-k+1).
//
// A work-group of TX x TY work-items computes a TX x TY block of outputs. It first stages the
// input tile it needs, (TY+k-1) x (TX+k-1) pixels including the halo, in local memory (each
// input pixel is then read from global memory about once instead of k*k times), and the filter
// lives in __constant memory (broadcast: every work-item reads the same tap at the same time).
// TX and TY are set by the host with -D (see Conv2dJocl); the host sizes the local tile.
#ifndef TX
#error "TX (work-group width) must be defined"
#endif

__kernel __attribute__((reqd_work_group_size(TX, TY, 1)))
void conv2d(__global const float* restrict image,
            const int h,
            const int w,
            __constant float* restrict filter,
            const int k,
            __global float* restrict out,
            __local float* tile) {
    const int oh = h - k + 1;
    const int ow = w - k + 1;
    const int lx = get_local_id(0);
    const int ly = get_local_id(1);
    const int x0 = get_group_id(0) * TX;
    const int y0 = get_group_id(1) * TY;
    const int tw = TX + k - 1;
    const int th = TY + k - 1;

    for (int ty = ly; ty < th; ty += TY) {
        const int y = y0 + ty;
        for (int tx = lx; tx < tw; tx += TX) {
            const int x = x0 + tx;
            tile[ty * tw + tx] = (y < h && x < w) ? image[y * w + x] : 0.0f;
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);

    const int ox = x0 + lx;
    const int oy = y0 + ly;
    if (ox < ow && oy < oh) {
        float acc = 0.0f;
        for (int i = 0; i < k; i++) {
            __local const float* row = tile + (ly + i) * tw + lx;
            for (int j = 0; j < k; j++) {
                acc = fma(row[j], filter[i * k + j], acc);
            }
        }
        out[oy * ow + ox] = acc;
    }
}
