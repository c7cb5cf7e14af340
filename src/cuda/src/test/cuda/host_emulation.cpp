// Runs the CUDA C kernels of src/main/cuda on the host, so that machines without a GPU still
// execute them: every block's threads are real std::threads and __syncthreads() is a barrier,
// so indexing, tiling, halo and reduction bugs (and divergent barriers, which deadlock here)
// show up. Warp-level behaviour and timing are not emulated. Driven by HostEmulationTest, which
// writes the inputs as little-endian float32 files and checks the outputs against the Java
// reference. Launch configurations mirror the Java classes (VectorAddJcuda, MatmulJcuda, ...)
// for a device with EMULATED_SMS multiprocessors, small so that grid-stride loops wrap.
//
// Usage: host_emulation <workload> <dir> <numbers...>
//   vector_add <dir> n                       a.bin b.bin -> c.bin
//   matmul <dir> n                           a.bin b.bin -> c.bin
//   conv2d <dir> height width k              image.bin filter.bin -> out.bin
//   monte_carlo_pi <dir> seed samples        prints the inside count

#include <algorithm>
#include <barrier>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct dim3 {
    unsigned x = 1, y = 1, z = 1;
};

thread_local dim3 threadIdx;
thread_local dim3 blockIdx;
dim3 blockDim;
dim3 gridDim;

static std::barrier<>* g_block_barrier = nullptr;
static void __syncthreads() { g_block_barrier->arrive_and_wait(); }

static std::mutex g_atomic_lock;
static unsigned long long atomicAdd(unsigned long long* address, unsigned long long value)
{
    std::lock_guard<std::mutex> guard(g_atomic_lock);
    unsigned long long old = *address;
    *address = old + value;
    return old;
}

// Dynamic shared memory: the test rewrites "extern __shared__ float tile[];" to point here.
static float g_dynamic_shared[48 * 1024 / sizeof(float)];

#define __global__
#define __device__
#define __forceinline__ inline
#define __restrict__ __restrict
// Blocks run one after another, so a function-local static is exactly one block's shared memory.
#define __shared__ static
#define __constant__

#include "vector_add.cu"
#include "matmul.cu"
#include "conv2d.cu"
#include "monte_carlo_pi.cu"

static const int EMULATED_SMS = 2;

template <class Kernel>
static void launch(dim3 grid, dim3 block, Kernel kernel)
{
    gridDim = grid;
    blockDim = block;
    const unsigned threads = block.x * block.y * block.z;
    for (unsigned bz = 0; bz < grid.z; bz++) {
        for (unsigned by = 0; by < grid.y; by++) {
            for (unsigned bx = 0; bx < grid.x; bx++) {
                std::barrier<> barrier(threads);
                g_block_barrier = &barrier;
                std::vector<std::thread> team;
                team.reserve(threads);
                for (unsigned tz = 0; tz < block.z; tz++) {
                    for (unsigned ty = 0; ty < block.y; ty++) {
                        for (unsigned tx = 0; tx < block.x; tx++) {
                            team.emplace_back([=] {
                                blockIdx = dim3{bx, by, bz};
                                threadIdx = dim3{tx, ty, tz};
                                kernel();
                            });
                        }
                    }
                }
                for (std::thread& t : team) {
                    t.join();
                }
            }
        }
    }
}

static std::vector<float> read_floats(const std::string& path, size_t count)
{
    std::vector<float> v(std::max<size_t>(count, 1));
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr || std::fread(v.data(), sizeof(float), count, f) != count) {
        std::fprintf(stderr, "cannot read %zu floats from %s\n", count, path.c_str());
        std::exit(2);
    }
    std::fclose(f);
    return v;
}

static void write_floats(const std::string& path, const std::vector<float>& v, size_t count)
{
    FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr || std::fwrite(v.data(), sizeof(float), count, f) != count) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        std::exit(2);
    }
    std::fclose(f);
}

static unsigned grid_stride_blocks(unsigned long long n, unsigned block, unsigned blocks_per_sm)
{
    unsigned long long needed = std::max<unsigned long long>(1, (n + block - 1) / block);
    return (unsigned) std::min<unsigned long long>(needed, (unsigned long long) EMULATED_SMS * blocks_per_sm);
}

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: host_emulation <workload> <dir> <numbers...>\n");
        return 2;
    }
    const std::string workload = argv[1];
    const std::string dir = std::string(argv[2]) + "/";

    if (workload == "vector_add") {
        int n = std::atoi(argv[3]);
        std::vector<float> a = read_floats(dir + "a.bin", n), b = read_floats(dir + "b.bin", n), c(std::max(n, 1));
        if (n > 0) {  // as VectorAddJcuda: 256 threads, at most 32 blocks per SM
            launch(dim3{grid_stride_blocks(n, 256, 32)}, dim3{256}, [&] { vector_add(a.data(), b.data(), c.data(), n); });
        }
        write_floats(dir + "c.bin", c, n);
    } else if (workload == "matmul") {
        int n = std::atoi(argv[3]);
        size_t nn = (size_t) n * n;
        std::vector<float> a = read_floats(dir + "a.bin", nn), b = read_floats(dir + "b.bin", nn), c(std::max<size_t>(nn, 1));
        unsigned tiles = (n + TILE - 1) / TILE;
        launch(dim3{tiles, tiles}, dim3{TILE, BLOCK_ROWS}, [&] { matmul(a.data(), b.data(), c.data(), n); });
        write_floats(dir + "c.bin", c, nn);
    } else if (workload == "conv2d" && argc >= 6) {
        int height = std::atoi(argv[3]), width = std::atoi(argv[4]), k = std::atoi(argv[5]);
        int oh = height - k + 1, ow = width - k + 1;
        std::vector<float> image = read_floats(dir + "image.bin", (size_t) height * width);
        std::vector<float> filter = read_floats(dir + "filter.bin", (size_t) k * k);
        std::memcpy(c_filter, filter.data(), sizeof(float) * k * k);
        std::vector<float> out((size_t) oh * ow);
        if ((size_t) (TILE_W + k - 1) * (TILE_H + k - 1) > sizeof(g_dynamic_shared) / sizeof(float)) {
            std::fprintf(stderr, "tile for k=%d exceeds 48 KiB of shared memory\n", k);
            return 3;
        }
        launch(dim3{(unsigned) (ow + TILE_W - 1) / TILE_W, (unsigned) (oh + TILE_H - 1) / TILE_H}, dim3{TILE_W, TILE_H},
               [&] { conv2d(image.data(), height, width, k, out.data()); });
        write_floats(dir + "out.bin", out, out.size());
    } else if (workload == "monte_carlo_pi" && argc >= 5) {
        unsigned long long seed = (unsigned long long) std::strtoll(argv[3], nullptr, 10);
        unsigned long long samples = std::strtoull(argv[4], nullptr, 10);
        unsigned long long count = 0;
        // as MonteCarloPiJcuda: 256 threads (BLOCK), at most 16 blocks per SM
        launch(dim3{grid_stride_blocks(samples, BLOCK, 16)}, dim3{BLOCK}, [&] { monte_carlo_pi(seed, samples, &count); });
        std::printf("%llu\n", count);
    } else {
        std::fprintf(stderr, "unknown workload or missing numbers: %s\n", workload.c_str());
        return 2;
    }
    return 0;
}
