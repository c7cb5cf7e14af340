// C = A x B, n x n, row-major, local-memory tiled and register blocked.
//
// A work-group of TN x LY work-items computes a TM x TN block of C (TM = LY * RM rows).
// Each work-item keeps RM accumulators (RM rows of one column) in registers. Per step of TK
// along k, the group stages a TM x TK tile of A and a TK x TN tile of B in local memory, so
// every element of A and B read from global memory is reused TN (resp. TM) times.
// Consecutive work-items take consecutive columns: B-tile reads are contiguous across the
// work-group and A-tile reads are the same for all work-items of a row (a broadcast), which is
// what a CPU runtime such as PoCL vectorises across work-items and what a GPU coalesces.
// Out-of-range elements are loaded as zeros, so any n works; only in-range results are stored.
//
// TN, LY, RM and TK are set by the host with -D (see MatmulJocl); TK must equal TN because each
// work-item loads column lx of both tiles.
#ifndef TN
#error "TN (work-group width = tile columns) must be defined"
#endif
#define TM (LY * RM)

__kernel __attribute__((reqd_work_group_size(TN, LY, 1)))
void matmul(__global const float* restrict A,
            __global const float* restrict B,
            __global float* restrict C,
            const int n) {
    __local float As[TM][TK];
    __local float Bs[TK][TN];

    const int lx = get_local_id(0);
    const int ly = get_local_id(1);
    const int col = get_group_id(0) * TN + lx;
    const int rowBase = get_group_id(1) * TM;

    float acc[RM];
    for (int r = 0; r < RM; r++) {
        acc[r] = 0.0f;
    }

    for (int k0 = 0; k0 < n; k0 += TK) {
        const int kk = k0 + lx;
        for (int t = ly; t < TM; t += LY) {
            const int row = rowBase + t;
            As[t][lx] = (row < n && kk < n) ? A[row * n + kk] : 0.0f;
        }
        for (int t = ly; t < TK; t += LY) {
            const int k = k0 + t;
            Bs[t][lx] = (k < n && col < n) ? B[k * n + col] : 0.0f;
        }
        barrier(CLK_LOCAL_MEM_FENCE);

        for (int k = 0; k < TK; k++) {
            const float b = Bs[k][lx];
            for (int r = 0; r < RM; r++) {
                acc[r] = fma(As[ly * RM + r][k], b, acc[r]);
            }
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }

    if (col < n) {
        for (int r = 0; r < RM; r++) {
            const int row = rowBase + ly * RM + r;
            if (row < n) {
                C[row * n + col] = acc[r];
            }
        }
    }
}
