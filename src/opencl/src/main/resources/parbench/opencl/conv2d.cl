// Valid-mode 2D convolution without filter flip:
//   out[y][x] = sum_{i,j<k} image[y+i][x+j] * filter[i][j],  out is (h-k+1) x (w-k+1).
// The filter lives in __constant memory: every tap is one broadcast to all lanes. Two schemes,
// chosen by the host (Conv2dJocl) by device type:
//
// CPU devices (PoCL's pthread device): conv2d_rows, further down: register blocks read
// straight from global memory; the caches hold the few input rows a block needs.
//
// Other devices (GPUs): conv2d, right below. A work-group computes a TY x TX block of outputs.
// It first copies the input tile it needs, (TY+k-1) x (TX+k-1) pixels including the halo, into
// local memory (zeros outside the image), so each input pixel is read from global memory about
// once instead of k*k times. The block is split into items of one row x 32 outputs, shared out
// among the work-items; an item keeps its 32 sums in 4 float8 registers and per tap does 4
// unaligned vector loads from the tile, 1 broadcast and 4 vector FMAs. Outputs past the image
// edge are computed on the zero padding and not stored. On PoCL this kernel (one work-item per
// group) spent ~70 % of its time filling the tile (2048x2048, k = 5: 7.5 ms in all, 5.1 ms
// with the compute removed, 2.1 ms with the fill removed), which is why CPU devices use the
// other scheme.
//
// WG (work-items per group, 1D), TX, TY, R, V and BAND are set by the host with -D.
#ifndef WG
#error "WG (work-group size) must be defined"
#endif
#if !defined(TX) || !defined(TY)
#error "TX, TY (outputs per group) must be defined"
#endif
#define ITEM 32
#if TX % ITEM != 0
#error "TX must be a multiple of 32"
#endif
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


// ---------------------------------------------------------------------------------------------
// CPU devices: conv2d_rows, one work-item per work-group (WG is not used), no __local staging:
// the caches hold the few input rows a block needs.
//
// A work-item computes a band of BAND output rows (the last band also takes the remainder, so
// every band has at least BAND rows unless the output has fewer), in register blocks of R rows
// x V vectors of VW floats. For each filter column j the block slides a window of R input rows down the
// R + k - 1 rows it needs: per filter row i it loads one new input row (V vectors, unaligned),
// broadcasts the tap filter[i][j] once and issues R x V FMAs, acc[r] += in[i + r] * tap, so an
// input vector is loaded once for R FMAs. Accumulators and window stay in registers
// (2 R V + 1 of the 16 AVX2 or 32 AVX-512 registers). The last block of a row and of a band is shifted back to
// end at the edge and recomputes a few outputs with the same arithmetic. Outputs narrower than
// one block, or with fewer than R rows, are computed by a scalar loop.
// ---------------------------------------------------------------------------------------------
#if !defined(R) || !defined(V) || !defined(BAND) || !defined(VW)
#error "R, V (register block), VW (floats per vector) and BAND (rows per work-item) must be defined"
#endif
// VW is the device's preferred float vector width (8 on AVX2, 16 on AVX-512): with float8 an
// AVX-512 device issues 256-bit FMAs and reaches half its peak.
#if VW == 16
#define floatv float16
#define vloadv vload16
#define vstorev vstore16
#elif VW == 8
#define floatv float8
#define vloadv vload8
#define vstorev vstore8
#elif VW == 4
#define floatv float4
#define vloadv vload4
#define vstorev vstore4
#else
#error "VW must be 4, 8 or 16"
#endif
#if BAND < R
#error "BAND must be at least R"
#endif

inline void conv2d_block(__global const float* restrict image, const int w, __constant float* restrict filter,
                         const int k, __global float* restrict out, const int ow, const int y, const int x) {
    floatv acc[R][V];
#pragma unroll
    for (int r = 0; r < R; r++) {
#pragma unroll
        for (int v = 0; v < V; v++) {
            acc[r][v] = 0.0f;
        }
    }
    for (int j = 0; j < k; j++) {
        __global const float* p = image + (size_t)y * w + x + j;
        floatv win[R][V];
#pragma unroll
        for (int r = 0; r < R - 1; r++) {
#pragma unroll
            for (int v = 0; v < V; v++) {
                win[r + 1][v] = vloadv(v, p + (size_t)r * w);
            }
        }
        __global const float* next = p + (size_t)(R - 1) * w;
        for (int i = 0; i < k; i++) {
#pragma unroll
            for (int r = 0; r < R - 1; r++) {
#pragma unroll
                for (int v = 0; v < V; v++) {
                    win[r][v] = win[r + 1][v];
                }
            }
#pragma unroll
            for (int v = 0; v < V; v++) {
                win[R - 1][v] = vloadv(v, next);
            }
            next += w;
            const floatv tap = (floatv)(filter[i * k + j]);
#pragma unroll
            for (int r = 0; r < R; r++) {
#pragma unroll
                for (int v = 0; v < V; v++) {
                    acc[r][v] = fma(win[r][v], tap, acc[r][v]);
                }
            }
        }
    }
#pragma unroll
    for (int r = 0; r < R; r++) {
#pragma unroll
        for (int v = 0; v < V; v++) {
            vstorev(acc[r][v], v, out + (size_t)(y + r) * ow + x);
        }
    }
}

__kernel __attribute__((reqd_work_group_size(1, 1, 1)))
void conv2d_rows(__global const float* restrict image,
                 const int h,
                 const int w,
                 __constant float* restrict filter,
                 const int k,
                 __global float* restrict out) {
    const int oh = h - k + 1;
    const int ow = w - k + 1;
    const int bands = max(1, oh / BAND);
    const int g = get_global_id(0);
    const int y0 = g * BAND;
    const int y1 = g == bands - 1 ? oh : y0 + BAND;
    if (y1 - y0 < R || ow < VW * V) {
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < ow; x++) {
                float s = 0.0f;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        s = fma(image[(size_t)(y + i) * w + x + j], filter[i * k + j], s);
                    }
                }
                out[(size_t)y * ow + x] = s;
            }
        }
        return;
    }
    for (int y = y0; y < y1; y += R) {
        const int yb = min(y, y1 - R);
        for (int x = 0; x < ow; x += VW * V) {
            conv2d_block(image, w, filter, k, out, ow, yb, min(x, ow - VW * V));
        }
    }
}
