// C = A x B, n x n, row-major. Two schemes, chosen by the host (MatmulJocl) by device type:
//
// CPU devices (PoCL's pthread device): pack_b + matmul_packed, further down. A BLIS loop nest
// reading A and the packed B straight from global memory; the caches do the staging.
//
// Other devices (GPUs): matmul, right below: local-memory tiles plus a register-blocked
// micro-kernel. A work-group computes a TM x TN block of C. Per step of TK along k, it copies a
// TM x TK tile of A and a TK x TN tile of B into local memory (zeros outside the matrices, so any
// n works): each element read from global memory is then reused TN (resp. TM) times. The block
// of C is split into 4 x 16 micro-tiles shared out among the work-items; for each, a work-item
// holds the micro-tile in 8 float8 registers and per k loads two float8 of B, broadcasts 4
// values of A and issues 8 vector FMAs. Between k-steps the micro-tiles are parked in a local C
// tile (Cs), so no value lives in a register across a barrier. On PoCL this kernel (with one
// work-item per group) spent ~80 % of its time in the element-by-element tile copies (n = 1024:
// 54 ms in all, 44 ms with the micro-kernel removed, 12 ms with the copies removed), which is
// why CPU devices use the other scheme.
//
// WG (work-items per group, 1D), TM, TN, TK, MC and KC are set by the host with -D.
#ifndef WG
#error "WG (work-group size) must be defined"
#endif
#if !defined(TM) || !defined(TN) || !defined(TK)
#error "TM, TN (block of C per group) and TK (tile depth) must be defined"
#endif
#if TM % 4 != 0 || TN % 16 != 0
#error "TM must be a multiple of 4 and TN of 16 (4 x 16 micro-tiles)"
#endif
#define MICRO_ROWS 4
#define MICRO_COLS 16
#define MICRO_TILES ((TM / MICRO_ROWS) * (TN / MICRO_COLS))

__kernel __attribute__((reqd_work_group_size(WG, 1, 1)))
void matmul(__global const float* restrict A,
            __global const float* restrict B,
            __global float* restrict C,
            const int n) {
    __local float As[TM * TK];
    __local float Bs[TK * TN];
    __local float Cs[TM * TN];

    const int lid = get_local_id(0);
    const int colBase = get_group_id(0) * TN;
    const int rowBase = get_group_id(1) * TM;

    for (int e = lid; e < TM * TN; e += WG) {
        Cs[e] = 0.0f;
    }

    for (int k0 = 0; k0 < n; k0 += TK) {
        for (int e = lid; e < TM * TK; e += WG) {
            const int t = e / TK;
            const int kk = e - t * TK;
            const int row = rowBase + t;
            const int k = k0 + kk;
            As[e] = (row < n && k < n) ? A[row * n + k] : 0.0f;
        }
        for (int e = lid; e < TK * TN; e += WG) {
            const int kk = e / TN;
            const int cc = e - kk * TN;
            const int k = k0 + kk;
            const int col = colBase + cc;
            Bs[e] = (k < n && col < n) ? B[k * n + col] : 0.0f;
        }
        barrier(CLK_LOCAL_MEM_FENCE);

        for (int m = lid; m < MICRO_TILES; m += WG) {
            const int r0 = (m / (TN / MICRO_COLS)) * MICRO_ROWS;
            const int c0 = (m % (TN / MICRO_COLS)) * MICRO_COLS;
            __local const float* a = As + r0 * TK;
            __local const float* b = Bs + c0;
            __local float* cs = Cs + r0 * TN + c0;
            float8 acc00 = vload8(0, cs), acc01 = vload8(0, cs + 8);
            float8 acc10 = vload8(0, cs + TN), acc11 = vload8(0, cs + TN + 8);
            float8 acc20 = vload8(0, cs + 2 * TN), acc21 = vload8(0, cs + 2 * TN + 8);
            float8 acc30 = vload8(0, cs + 3 * TN), acc31 = vload8(0, cs + 3 * TN + 8);
            for (int k = 0; k < TK; k++) {
                const float8 b0 = vload8(0, b + k * TN);
                const float8 b1 = vload8(0, b + k * TN + 8);
                const float8 a0 = (float8)(a[k]);
                const float8 a1 = (float8)(a[TK + k]);
                const float8 a2 = (float8)(a[2 * TK + k]);
                const float8 a3 = (float8)(a[3 * TK + k]);
                acc00 = fma(a0, b0, acc00);
                acc01 = fma(a0, b1, acc01);
                acc10 = fma(a1, b0, acc10);
                acc11 = fma(a1, b1, acc11);
                acc20 = fma(a2, b0, acc20);
                acc21 = fma(a2, b1, acc21);
                acc30 = fma(a3, b0, acc30);
                acc31 = fma(a3, b1, acc31);
            }
            vstore8(acc00, 0, cs);
            vstore8(acc01, 0, cs + 8);
            vstore8(acc10, 0, cs + TN);
            vstore8(acc11, 0, cs + TN + 8);
            vstore8(acc20, 0, cs + 2 * TN);
            vstore8(acc21, 0, cs + 2 * TN + 8);
            vstore8(acc30, 0, cs + 3 * TN);
            vstore8(acc31, 0, cs + 3 * TN + 8);
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }

    for (int e = lid; e < TM * TN; e += WG) {
        const int t = e / TN;
        const int cc = e - t * TN;
        const int row = rowBase + t;
        const int col = colBase + cc;
        if (row < n && col < n) {
            C[row * n + col] = Cs[e];
        }
    }
}


// ---------------------------------------------------------------------------------------------
// CPU devices: pack_b + matmul_packed, one work-item per work-group (WG is not used).
//
// A CPU has caches that do what __local staging does on a GPU, so these kernels use none. B is
// first packed (pack_b, part of every launch) into column panels NR = 16 floats wide, k-major,
// the last panel zero-padded: Bp[p][k][0..15] = B[k][16p .. 16p+15]. A is read in place.
// matmul_packed gives each work-item MC rows of C (all columns) and runs the BLIS loop nest:
// for each KC-deep slice of k, for each 16-wide panel, for each 4-row micro-tile of its rows,
// the 4 x 16 micro-kernel keeps the tile in 8 float8 accumulators, and per k loads two float8 of
// the packed panel (unit stride), broadcasts 4 values of A and issues 8 FMAs (14 of the 16 AVX2
// registers). The KC x 16 panel slice (32 KiB at KC = 512) is reused by all MC / 4 micro-tiles,
// the MC x KC block of A (128 KiB) by all panels, from L1/L2. The tile is added to C after each
// slice (stored on the first). Rows past n are read clamped to row n - 1 and never stored, so
// the micro-kernel has no conditions; tiles cut by the matrix edge store element by element.
// ---------------------------------------------------------------------------------------------
#if !defined(MC) || !defined(KC)
#error "MC (rows of C per work-item) and KC (k-slice depth) must be defined"
#endif
#define MR 4
#define NR 16
#if MC % MR != 0
#error "MC must be a multiple of 4"
#endif

// One work-item per (panel, KC slice of k): copies KC rows of 16 floats.
__kernel __attribute__((reqd_work_group_size(1, 1, 1)))
void pack_b(__global const float* restrict B, __global float* restrict Bp, const int n) {
    const int p = get_global_id(0);
    const int k0 = get_global_id(1) * KC;
    const int k1 = min(k0 + KC, n);
    const int j0 = p * NR;
    __global const float* src = B + (size_t)k0 * n + j0;
    __global float* dst = Bp + ((size_t)p * n + k0) * NR;
    if (j0 + NR <= n) {
        for (int k = k0; k < k1; k++) {
            vstore8(vload8(0, src), 0, dst);
            vstore8(vload8(1, src), 1, dst);
            src += n;
            dst += NR;
        }
    } else {
        const int w = n - j0;
        for (int k = k0; k < k1; k++) {
            for (int j = 0; j < NR; j++) {
                dst[j] = j < w ? src[j] : 0.0f;
            }
            src += n;
            dst += NR;
        }
    }
}

// One work-item per MC rows of C.
__kernel __attribute__((reqd_work_group_size(1, 1, 1)))
void matmul_packed(__global const float* restrict A,
                   __global const float* restrict Bp,
                   __global float* restrict C,
                   const int n) {
    const int m0 = get_global_id(0) * MC;
    const int m1 = min(m0 + MC, n);
    const int panels = (n + NR - 1) / NR;
    for (int k0 = 0; k0 < n; k0 += KC) {
        const int kcb = min(KC, n - k0);
        for (int p = 0; p < panels; p++) {
            __global const float* bp = Bp + ((size_t)p * n + k0) * NR;
            const int col = p * NR;
            for (int row = m0; row < m1; row += MR) {
                __global const float* a0 = A + (size_t)row * n + k0;
                __global const float* a1 = A + (size_t)min(row + 1, n - 1) * n + k0;
                __global const float* a2 = A + (size_t)min(row + 2, n - 1) * n + k0;
                __global const float* a3 = A + (size_t)min(row + 3, n - 1) * n + k0;
                float8 c00 = 0.0f, c01 = 0.0f, c10 = 0.0f, c11 = 0.0f;
                float8 c20 = 0.0f, c21 = 0.0f, c30 = 0.0f, c31 = 0.0f;
                __global const float* b = bp;
                for (int k = 0; k < kcb; k++) {
                    const float8 b0 = vload8(0, b);
                    const float8 b1 = vload8(1, b);
                    b += NR;
                    float8 x = (float8)(a0[k]);
                    c00 = fma(x, b0, c00);
                    c01 = fma(x, b1, c01);
                    x = (float8)(a1[k]);
                    c10 = fma(x, b0, c10);
                    c11 = fma(x, b1, c11);
                    x = (float8)(a2[k]);
                    c20 = fma(x, b0, c20);
                    c21 = fma(x, b1, c21);
                    x = (float8)(a3[k]);
                    c30 = fma(x, b0, c30);
                    c31 = fma(x, b1, c31);
                }
                __global float* c = C + (size_t)row * n + col;
                if (row + MR <= n && col + NR <= n) {
                    if (k0 > 0) {
                        c00 += vload8(0, c);
                        c01 += vload8(1, c);
                        c10 += vload8(0, c + n);
                        c11 += vload8(1, c + n);
                        c20 += vload8(0, c + 2 * n);
                        c21 += vload8(1, c + 2 * n);
                        c30 += vload8(0, c + 3 * n);
                        c31 += vload8(1, c + 3 * n);
                    }
                    vstore8(c00, 0, c);
                    vstore8(c01, 1, c);
                    vstore8(c10, 0, c + n);
                    vstore8(c11, 1, c + n);
                    vstore8(c20, 0, c + 2 * n);
                    vstore8(c21, 1, c + 2 * n);
                    vstore8(c30, 0, c + 3 * n);
                    vstore8(c31, 1, c + 3 * n);
                } else {
                    float t[MR * NR];
                    vstore8(c00, 0, t);
                    vstore8(c01, 1, t);
                    vstore8(c10, 2, t);
                    vstore8(c11, 3, t);
                    vstore8(c20, 4, t);
                    vstore8(c21, 5, t);
                    vstore8(c30, 6, t);
                    vstore8(c31, 7, t);
                    const int rows = min(MR, n - row);
                    const int cols = min(NR, n - col);
                    for (int r = 0; r < rows; r++) {
                        for (int j = 0; j < cols; j++) {
                            const float v = t[r * NR + j];
                            c[r * n + j] = k0 > 0 ? c[r * n + j] + v : v;
                        }
                    }
                }
            }
        }
    }
}
