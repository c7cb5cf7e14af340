package parbench.opencl;

import com.aparapi.Kernel;

/**
 * SplitMix64 Monte Carlo with a work-group reduction in local memory; the same scheme as
 * monte_carlo_pi.cl (uniform loop, strided indices, one partial count per group). Java's long and
 * {@code >>>} are translated to OpenCL long and an unsigned shift, so samples match bit for bit.
 */
final class MonteCarloPiAparapiKernel extends Kernel {

    long seed;
    long samples;
    long[] partial = new long[1];
    @Local
    long[] counts = new long[MonteCarloPiAparapi.WORK_GROUP];
    int transferOnly;

    @Override
    public void run() {
        if (transferOnly == 0) {
            long g = getGlobalId();
            long stride = getGlobalSize();
            long rounds = samples / stride;
            // The state advances by stride * GAMMA per round: an add instead of a 64-bit multiply.
            long step = stride * 0x9E3779B97F4A7C15L;
            long z = seed + (g + 1) * 0x9E3779B97F4A7C15L;
            long count = 0;
            for (long r = 0; r < rounds; r++) {
                count += inside(z);
                z += step;
            }
            if (rounds * stride + g < samples) {
                count += inside(z);
            }
            int lid = getLocalId();
            counts[lid] = count;
            localBarrier();
            for (int s = getLocalSize() / 2; s > 0; s = s / 2) {
                if (lid < s) {
                    counts[lid] = counts[lid] + counts[lid + s];
                }
                localBarrier();
            }
            if (lid == 0) {
                partial[getGroupId()] = counts[0];
            }
        }
    }

    /** 1 when the sample with SplitMix64 state {@code state} (seed + (i+1) * GAMMA) is inside. */
    long inside(long state) {
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        long x = z >>> 33;
        long y = z & 0x7FFFFFFFL;
        return x * x + y * y < 0x4000000000000000L ? 1 : 0;
    }

    /** Sets the problem of the next passes (not called from run(), so not translated). */
    void problem(long seed, long samples, long[] partial, int transferOnly) {
        this.seed = seed;
        this.samples = samples;
        this.partial = partial;
        this.transferOnly = transferOnly;
    }
}
