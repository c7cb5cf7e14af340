// Monte Carlo pi with parbench's sample definition (parbench.core.SplitMix64: sample i is
// SplitMix64(seed + (i+1) * gamma); x = top 31 bits, y = low 31 bits, inside iff x^2 + y^2 < 2^62),
// written with AVX2 intrinsics as directly as we could: a reference for what this CPU allows,
// which benchmarks/scripts/perf-check.sh runs beside the Java backends (gcc -O3 -march=native).
//
// AVX2 has no 64-bit lane multiply (AVX-512DQ's vpmullq), so each of SplitMix64's two multiplies
// by a constant is three vpmuludq (32x32 -> 64) plus shifts and adds: 28 vector instructions per
// 4 samples in all. Zen 3 issues at most 4 per cycle, so no AVX2 code can go below 1.75 cycles
// per sample. Usage: splitmix_avx2 avx2|scalar SAMPLES (prints the inside count, which must equal
// the Java backends' count for seed 7).
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#define GAMMA 0x9E3779B97F4A7C15ULL
#define M1 0xBF58476D1CE4E5B9ULL
#define M2 0x94D049BB133111EBULL
static inline uint64_t sample(uint64_t seed, uint64_t i) {
  uint64_t z = seed + (i + 1) * GAMMA;
  z = (z ^ (z >> 30)) * M1; z = (z ^ (z >> 27)) * M2; z ^= z >> 31;
  uint64_t x = z >> 33, y = z & 0x7FFFFFFF;
  return x * x + y * y < (1ULL << 62);
}
static uint64_t scalar(uint64_t seed, uint64_t n) { uint64_t c = 0; for (uint64_t i = 0; i < n; i++) c += sample(seed, i); return c; }
static inline __m256i mulc(__m256i a, __m256i clo, __m256i chi) {
  __m256i lo = _mm256_mul_epu32(a, clo);
  __m256i t2 = _mm256_mul_epu32(_mm256_srli_epi64(a, 32), clo);
  __m256i t3 = _mm256_mul_epu32(a, chi);
  return _mm256_add_epi64(lo, _mm256_slli_epi64(_mm256_add_epi64(t2, t3), 32));
}
#define U 4
static uint64_t avx2(uint64_t seed, uint64_t n) {
  const __m256i m1lo = _mm256_set1_epi64x(M1 & 0xFFFFFFFF), m1hi = _mm256_set1_epi64x(M1 >> 32);
  const __m256i m2lo = _mm256_set1_epi64x(M2 & 0xFFFFFFFF), m2hi = _mm256_set1_epi64x(M2 >> 32);
  const __m256i low31 = _mm256_set1_epi64x(0x7FFFFFFF), r2 = _mm256_set1_epi64x(1LL << 62);
  const __m256i step = _mm256_set1_epi64x(4 * U * GAMMA);
  __m256i z[U], cnt[U];
  for (int u = 0; u < U; u++) {
    z[u] = _mm256_set_epi64x(seed + (4*u+4) * GAMMA, seed + (4*u+3) * GAMMA, seed + (4*u+2) * GAMMA, seed + (4*u+1) * GAMMA);
    cnt[u] = _mm256_setzero_si256();
  }
  uint64_t i = 0;
  for (; i + 4 * U <= n; i += 4 * U) {
    for (int u = 0; u < U; u++) {
      __m256i m = z[u];
      m = mulc(_mm256_xor_si256(m, _mm256_srli_epi64(m, 30)), m1lo, m1hi);
      m = mulc(_mm256_xor_si256(m, _mm256_srli_epi64(m, 27)), m2lo, m2hi);
      m = _mm256_xor_si256(m, _mm256_srli_epi64(m, 31));
      __m256i x = _mm256_srli_epi64(m, 33), y = _mm256_and_si256(m, low31);
      __m256i s = _mm256_add_epi64(_mm256_mul_epu32(x, x), _mm256_mul_epu32(y, y));
      cnt[u] = _mm256_sub_epi64(cnt[u], _mm256_cmpgt_epi64(r2, s));
      z[u] = _mm256_add_epi64(z[u], step);
    }
  }
  uint64_t c = 0; uint64_t out[4];
  for (int u = 0; u < U; u++) { _mm256_storeu_si256((__m256i*) out, cnt[u]); c += out[0] + out[1] + out[2] + out[3]; }
  for (; i < n; i++) c += sample(seed, i);
  return c;
}
static double now() { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
int main(int argc, char** argv) {
  if (argc != 3 || (strcmp(argv[1], "avx2") != 0 && strcmp(argv[1], "scalar") != 0) || atoll(argv[2]) <= 0) {
    fprintf(stderr, "usage: %s avx2|scalar SAMPLES\n", argv[0]);
    return 2;
  }
  uint64_t n = strtoull(argv[2], 0, 10), seed = 7;
  int vec = strcmp(argv[1], "avx2") == 0;
  double t = now(); uint64_t c = vec ? avx2(seed, n) : scalar(seed, n); t = now() - t;
  printf("%s n=%llu inside=%llu %.3f G samples/s\n", vec ? "avx2" : "scalar", (unsigned long long) n, (unsigned long long) c, n / t / 1e9);
  return 0;
}
