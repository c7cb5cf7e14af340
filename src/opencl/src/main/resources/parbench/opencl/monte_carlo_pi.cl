// Monte Carlo pi with the counter-based SplitMix64 sample of parbench.core.SplitMix64, bit for
// bit: sample i of seed s is inside iff x*x + y*y < 2^62 for x = z >> 33, y = z & 0x7FFFFFFF.
// ulong arithmetic wraps like Java's long, and >> on ulong is Java's >>>.
//
// Work-item g of a global size G takes samples g, g+G, g+2G, ...: consecutive work-items take
// consecutive indices (vectorisable across work-items), and the loop trip count is the same for
// all work-items (the last partial round is a guarded extra step), so control flow is uniform.
// The state seed + (i+1)*GAMMA advances by stride*GAMMA per round: one add instead of a 64-bit
// multiply (AVX2 has none), and equal modulo 2^64 to the direct formula.
// Each work-group reduces its work-items' counts in local memory and writes one ulong partial;
// the host adds the partials. WG (work-group size, a power of two) is set by the host with -D.
#ifndef WG
#error "WG (work-group size) must be defined"
#endif

#define GOLDEN_GAMMA 0x9E3779B97F4A7C15UL

// z0 = seed + (index + 1) * GOLDEN_GAMMA, the SplitMix64 state of the sample.
inline ulong inside(ulong z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
    z = z ^ (z >> 31);
    const ulong x = z >> 33;
    const ulong y = z & 0x7FFFFFFFUL;
    return (x * x + y * y < (1UL << 62)) ? 1UL : 0UL;
}

__kernel __attribute__((reqd_work_group_size(WG, 1, 1)))
void monte_carlo_pi(const ulong seed, const ulong samples, __global ulong* restrict partial) {
    __local ulong counts[WG];
    const ulong g = get_global_id(0);
    const ulong stride = get_global_size(0);
    const ulong rounds = samples / stride;

    const ulong step = stride * GOLDEN_GAMMA;
    ulong z = seed + (g + 1UL) * GOLDEN_GAMMA;
    ulong count = 0;
    for (ulong r = 0; r < rounds; r++) {
        count += inside(z);
        z += step;
    }
    if (rounds * stride + g < samples) {
        count += inside(z);
    }

    const int lid = get_local_id(0);
    counts[lid] = count;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int s = WG / 2; s > 0; s >>= 1) {
        if (lid < s) {
            counts[lid] += counts[lid + s];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lid == 0) {
        partial[get_group_id(0)] = counts[0];
    }
}
