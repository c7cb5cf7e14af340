// C = A x B, n x n, row-major: local-memory tiles plus a register-blocked micro-kernel, the
// structure of a BLAS GEMM.
//
// A work-group computes a TM x TN block of C. Per step of TK along k, it copies a TM x TK tile
// of A and a TK x TN tile of B into local memory (zeros outside the matrices, so any n works):
// each element read from global memory is then reused TN (resp. TM) times from a buffer that
// stays in L1 (on a CPU this is the packing step of a BLAS). The block of C is split into
// 4 x 16 micro-tiles shared out among the work-items; for each, a work-item holds the
// micro-tile in 8 float8 registers and per k loads two float8 of B, broadcasts 4 values of A
// and issues 8 vector FMAs (11 of the 16 AVX2 registers). Between k-steps the micro-tiles are
// parked in a local C tile (Cs), so no value lives in a register across a barrier.
//
// WG (work-items per group, 1D) and TK are set by the host with -D (see MatmulJocl); on a CPU
// device WG is 1: PoCL then runs a group as plain code on one core, whereas with several
// work-items it interleaves them around every loop and keeps the accumulators in memory.
#ifndef WG
#error "WG (work-group size) must be defined"
#endif
#define TM 32
#define TN 64
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
