// C = A x B, n x n, row-major, single precision.
// Shared-memory tiling: a block computes a TILE x TILE tile of C. Each step stages a
// TILE x TILE tile of A and of B in shared memory, so every global element is read once per
// block instead of once per thread. Each thread computes ROWS_PER_THREAD outputs of one column
// (rows ty, ty + 8, ...), which reuses every B value loaded from shared memory ROWS_PER_THREAD
// times from a register. Block = (TILE, TILE / ROWS_PER_THREAD) = (32, 8) threads.
// Sizes that are not a multiple of TILE are handled by zero-padding the staged tiles.

#define TILE 32
#define ROWS_PER_THREAD 4
#define BLOCK_ROWS (TILE / ROWS_PER_THREAD)

extern "C" __global__ void matmul(const float* __restrict__ a, const float* __restrict__ b,
                                  float* __restrict__ c, int n)
{
    __shared__ float As[TILE][TILE];
    __shared__ float Bs[TILE][TILE];

    const int tx = threadIdx.x;
    const int ty = threadIdx.y;
    const int col = blockIdx.x * TILE + tx;
    const int rowBase = blockIdx.y * TILE;

    float acc[ROWS_PER_THREAD];
    #pragma unroll
    for (int r = 0; r < ROWS_PER_THREAD; r++) {
        acc[r] = 0.0f;
    }

    for (int k0 = 0; k0 < n; k0 += TILE) {
        // Coalesced loads: consecutive tx read consecutive addresses of one row.
        #pragma unroll
        for (int r = 0; r < ROWS_PER_THREAD; r++) {
            int tr = ty + r * BLOCK_ROWS;
            int aRow = rowBase + tr;
            int aCol = k0 + tx;
            As[tr][tx] = (aRow < n && aCol < n) ? a[(size_t) aRow * n + aCol] : 0.0f;
            int bRow = k0 + tr;
            Bs[tr][tx] = (bRow < n && col < n) ? b[(size_t) bRow * n + col] : 0.0f;
        }
        __syncthreads();

        #pragma unroll
        for (int k = 0; k < TILE; k++) {
            float bv = Bs[k][tx];
            #pragma unroll
            for (int r = 0; r < ROWS_PER_THREAD; r++) {
                // As[...][k] is the same address for the whole warp: a broadcast, no conflict.
                acc[r] = fmaf(As[ty + r * BLOCK_ROWS][k], bv, acc[r]);
            }
        }
        __syncthreads();
    }

    if (col < n) {
        #pragma unroll
        for (int r = 0; r < ROWS_PER_THREAD; r++) {
            int row = rowBase + ty + r * BLOCK_ROWS;
            if (row < n) {
                c[(size_t) row * n + col] = acc[r];
            }
        }
    }
}
