"""The Python references of issue 24, each what a Python user writes, timed in this process.

  python3 native_refs.py sgemm THREADS  numpy's float32 matmul 1024^3 (OpenBLAS); set
                                        OPENBLAS_NUM_THREADS=THREADS in the environment: OpenBLAS
                                        reads it when numpy loads
  python3 native_refs.py mc THREADS     Monte Carlo pi with Numba, @njit(parallel=True) and prange,
                                        the sample of parbench's MonteCarloPiSerial (counter-based
                                        SplitMix64, seed 0x5EED2026, 2^25 samples)

Each prints one line: the median and the best of its repetitions in ms (after warm-up calls).
"""
import sys
import time


def timed(fn, reps):
    ts = []
    for _ in range(reps):
        s = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - s) * 1e3)
    ts.sort()
    return ts[len(ts) // 2], ts[0]


def sgemm(threads):
    import numpy as np
    n = 1024
    rng = np.random.default_rng(7)
    a = rng.random((n, n), dtype=np.float32)
    b = rng.random((n, n), dtype=np.float32)
    c = np.empty((n, n), dtype=np.float32)
    for _ in range(5):
        np.matmul(a, b, out=c)
    med, best = timed(lambda: np.matmul(a, b, out=c), 40)
    print(f"numpy_sgemm n={n} threads={threads} median_ms={med:.4f} best_ms={best:.4f} "
          f"best_gflops={2 * n ** 3 / best / 1e6:.1f} blas={np.show_config.__module__ and blas_name(np)}")


def blas_name(np):
    try:
        cfg = np.show_config(mode="dicts")
        blas = cfg["Build Dependencies"]["blas"]
        return f"{blas.get('name')}-{blas.get('version')}"
    except Exception:  # older numpy: no dict mode
        return "unknown"


def mc(threads):
    import numba
    import numpy as np
    from numba import njit, prange

    gamma = np.uint64(0x9E3779B97F4A7C15)
    mix1 = np.uint64(0xBF58476D1CE4E5B9)
    mix2 = np.uint64(0x94D049BB133111EB)
    r2 = np.uint64(1 << 62)
    low31 = np.uint64(0x7FFFFFFF)

    @njit(parallel=True)
    def count_inside(seed, samples, chunks):
        per = (samples + chunks - 1) // chunks
        total = 0
        for c in prange(chunks):
            lo = c * per
            hi = min(samples, lo + per)
            z = seed + np.uint64(lo + 1) * gamma
            inside = 0
            for _ in range(lo, hi):
                m = (z ^ (z >> np.uint64(30))) * mix1
                m = (m ^ (m >> np.uint64(27))) * mix2
                m ^= m >> np.uint64(31)
                x = m >> np.uint64(33)
                y = m & low31
                if x * x + y * y < r2:
                    inside += 1
                z += gamma
            total += inside
        return total

    numba.set_num_threads(threads)
    seed, samples = np.uint64(0x5EED2026), 1 << 25
    count = count_inside(seed, samples, threads)  # compiles
    med, best = timed(lambda: count_inside(seed, samples, threads), 30)
    print(f"numba_mc samples={samples} threads={threads} median_ms={med:.4f} best_ms={best:.4f} count={count} "
          f"numba={numba.__version__}")


if __name__ == "__main__":
    {"sgemm": sgemm, "mc": mc}[sys.argv[1]](int(sys.argv[2]))
