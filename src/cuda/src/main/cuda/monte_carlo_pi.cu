// Monte Carlo pi with the counter-based SplitMix64 sample of parbench.core.SplitMix64:
// sample i of seed s is a pure function of (s, i), so the count does not depend on how the
// indices are split over threads and equals the Java count exactly. Java's signed 64-bit
// arithmetic wraps modulo 2^64, exactly like unsigned long long here; Java's >>> is the
// logical shift that >> is on an unsigned type.

#define BLOCK 256

__device__ __forceinline__ unsigned int splitmix64_inside(unsigned long long seed,
                                                          unsigned long long index)
{
    unsigned long long z = seed + (index + 1ULL) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z = z ^ (z >> 31);
    unsigned long long x = z >> 33;           // top 31 bits
    unsigned long long y = z & 0x7FFFFFFFULL; // low 31 bits
    // x, y < 2^31, so x*x + y*y < 2^63: exact, no overflow.
    return (x * x + y * y < (1ULL << 62)) ? 1u : 0u;
}

// Adds the number of inside samples with index 0..samples-1 to *count (zeroed by the host).
// Each thread counts a grid-stride range in a register; the block sums its threads' counts in
// shared memory and one thread per block does a single 64-bit atomic add.
extern "C" __global__ void monte_carlo_pi(unsigned long long seed, unsigned long long samples,
                                          unsigned long long* count)
{
    __shared__ unsigned long long partial[BLOCK];

    unsigned long long stride = (unsigned long long) blockDim.x * gridDim.x;
    unsigned long long mine = 0;
    for (unsigned long long i = (unsigned long long) blockIdx.x * blockDim.x + threadIdx.x;
         i < samples; i += stride) {
        mine += splitmix64_inside(seed, i);
    }

    partial[threadIdx.x] = mine;
    __syncthreads();
    // Tree reduction; blockDim.x must be BLOCK (a power of two), which the host guarantees.
    for (unsigned int s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) {
            partial[threadIdx.x] += partial[threadIdx.x + s];
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) {
        atomicAdd(count, partial[0]);
    }
}
