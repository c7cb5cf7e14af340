// Valid-mode 2D convolution without filter flip:
//   out[y][x] = sum_{i,j<k} image[y+i][x+j] * filter[i][j],  out is (h-k+1) x (w-k+1).
//
// A work-group computes a TY x TX block of outputs. It first copies the input tile it needs,
// (TY+k-1) x (TX+k-1) pixels including the halo, into local memory (zeros outside the image), so
// each input pixel is read from global memory about once instead of k*k times. The filter
// lives in __constant memory: every tap is one broadcast to all lanes.
// The block is split into items of one row x 32 outputs, shared out among the work-items; an
// item keeps its 32 sums in 4 float8 registers and per tap does 4 unaligned vector loads from
// the tile, 1 broadcast and 4 vector FMAs. Outputs past the image edge are computed on the zero
// padding and not stored.
//
// WG (work-items per group, 1D) is set by the host with -D (see Conv2dJocl): 1 on a CPU device,
// where PoCL then runs the group as plain code on one core.
#ifndef WG
#error "WG (work-group size) must be defined"
#endif
#define TX 64
#define TY 16
#define ITEM 32
#define ITEMS (TY * (TX / ITEM))

__kernel __attribute__((reqd_work_group_size(WG, 1, 1)))
void conv2d(__global const float* restrict image,
            const int h,
            const int w,
            __constant float* restrict filter,
            const int k,
            __global float* restrict out,
            __local float* tile) {
    const int oh = h - k + 1;
    const int ow = w - k + 1;
    const int lid = get_local_id(0);
    const int x0 = get_group_id(0) * TX;
    const int y0 = get_group_id(1) * TY;
    const int tw = TX + k - 1;
    const int th = TY + k - 1;

    for (int e = lid; e < th * tw; e += WG) {
        const int ty = e / tw;
        const int tx = e - ty * tw;
        const int y = y0 + ty;
        const int x = x0 + tx;
        tile[e] = (y < h && x < w) ? image[y * w + x] : 0.0f;
    }
    barrier(CLK_LOCAL_MEM_FENCE);

    for (int item = lid; item < ITEMS; item += WG) {
        const int ly = item / (TX / ITEM);
        const int lx = (item - ly * (TX / ITEM)) * ITEM;
        const int oy = y0 + ly;
        if (oy >= oh) {
            continue;
        }
        float8 acc0 = 0.0f, acc1 = 0.0f, acc2 = 0.0f, acc3 = 0.0f;
        for (int i = 0; i < k; i++) {
            __local const float* row = tile + (ly + i) * tw + lx;
            __constant const float* f = filter + i * k;
            for (int j = 0; j < k; j++) {
                const float8 fv = (float8)(f[j]);
                acc0 = fma(vload8(0, row + j), fv, acc0);
                acc1 = fma(vload8(0, row + j + 8), fv, acc1);
                acc2 = fma(vload8(0, row + j + 16), fv, acc2);
                acc3 = fma(vload8(0, row + j + 24), fv, acc3);
            }
        }
        __global float* o = out + oy * ow + x0 + lx;
        const int left = ow - (x0 + lx);
        if (left >= ITEM) {
            vstore8(acc0, 0, o);
            vstore8(acc1, 0, o + 8);
            vstore8(acc2, 0, o + 16);
            vstore8(acc3, 0, o + 24);
        } else {
            float vals[ITEM];
            vstore8(acc0, 0, vals);
            vstore8(acc1, 0, vals + 8);
            vstore8(acc2, 0, vals + 16);
            vstore8(acc3, 0, vals + 24);
            for (int x = 0; x < left; x++) {
                o[x] = vals[x];
            }
        }
    }
}
