// Vector add c[i] = a[i] + b[i]. Grid-stride loop, so any grid size covers any n and the
// host can cap the grid at a few waves of blocks instead of one thread per element.
extern "C" __global__ void vector_add(const float* __restrict__ a, const float* __restrict__ b,
                                      float* __restrict__ c, int n)
{
    int stride = blockDim.x * gridDim.x;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += stride) {
        c[i] = a[i] + b[i];
    }
}
