// 2D convolution, valid mode, no filter flip:
//   out[y][x] = sum_{i,j < k} image[y+i][x+j] * filter[i][j]
// The filter lives in constant memory: every thread of a warp reads the same filter[i][j] at
// the same time, which the constant cache serves as one broadcast.
// Each block computes a TILE_H x TILE_W tile of the output. It first stages the input tile it
// needs, (TILE_H + k - 1) x (TILE_W + k - 1) pixels including the halo, in shared memory
// (dynamic, sized by the host), so each input pixel is read from global memory once per block
// instead of k*k times.

#define TILE_W 32
#define TILE_H 8
// Largest filter side; the host checks k against it. 63*63 floats = 15.5 KiB of the 64 KiB.
#define MAX_K 63

__constant__ float c_filter[MAX_K * MAX_K];

extern "C" __global__ void conv2d(const float* __restrict__ image, int height, int width, int k,
                                  float* __restrict__ out)
{
    extern __shared__ float tile[];

    const int outH = height - k + 1;
    const int outW = width - k + 1;
    const int tileW = TILE_W + k - 1;
    const int tileH = TILE_H + k - 1;
    const int x0 = blockIdx.x * TILE_W;
    const int y0 = blockIdx.y * TILE_H;

    // Cooperative, row-by-row (coalesced) load of the tile and its halo; pixels beyond the
    // image edge are only needed by outputs that do not exist, so they are zero-filled.
    const int tid = threadIdx.y * blockDim.x + threadIdx.x;
    const int nThreads = blockDim.x * blockDim.y;
    for (int idx = tid; idx < tileW * tileH; idx += nThreads) {
        int ty = idx / tileW;
        int tx = idx - ty * tileW;
        int gy = y0 + ty;
        int gx = x0 + tx;
        tile[idx] = (gy < height && gx < width) ? image[(size_t) gy * width + gx] : 0.0f;
    }
    __syncthreads();

    const int ox = x0 + threadIdx.x;
    const int oy = y0 + threadIdx.y;
    if (ox < outW && oy < outH) {
        float acc = 0.0f;
        for (int i = 0; i < k; i++) {
            const float* row = &tile[(threadIdx.y + i) * tileW + threadIdx.x];
            const float* f = &c_filter[i * k];
            for (int j = 0; j < k; j++) {
                acc = fmaf(row[j], f[j], acc);
            }
        }
        out[(size_t) oy * outW + ox] = acc;
    }
}
