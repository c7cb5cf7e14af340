package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemsetD32;

import jcuda.Pointer;
import jcuda.driver.CUfunction;
import parbench.core.DeviceCount;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiArgs;

/**
 * Monte Carlo pi on an NVIDIA GPU through JCuda ({@code monte_carlo_pi.cu}): the exact
 * {@link parbench.core.SplitMix64} sample in 64-bit unsigned arithmetic, per-thread counts
 * reduced per block in shared memory, one atomic add per block.
 */
public final class MonteCarloPiJcuda extends JcudaKernel implements MonteCarloPi.Device {

    /** BLOCK of monte_carlo_pi.cu (its tree reduction needs exactly this power of two). */
    private static final int BLOCK = 256;
    /** Enough resident warps to hide the 64-bit multiply latency; each thread then loops. */
    private static final int BLOCKS_PER_SM = 16;

    private final CUfunction kernel;
    private final DeviceBuffer count = sharedBuffer();

    /** @throws IllegalStateException with the reason when CUDA is unavailable */
    public MonteCarloPiJcuda() {
        kernel = context.function("monte_carlo_pi", "monte_carlo_pi");
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        enter();
        Bound k = new Bound(seed, samples, false);
        k.endToEnd();
        return k.count();
    }

    /** Binds a problem to a device counter of its own; {@link DeviceCount#count()} after download. */
    @Override
    public DeviceCount bind(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        enter();
        return track(new Bound(seed, samples, true));
    }

    private final class Bound extends BoundKernel implements DeviceCount {
        private final long seed;
        private final long samples;
        private final DeviceBuffer dCount;
        private final long[] hCount = new long[1];

        Bound(long seed, long samples, boolean owned) {
            super(owned);
            this.seed = seed;
            this.samples = samples;
            this.dCount = buffer(count, Long.BYTES);
        }

        /** Nothing to copy in: the samples are generated on the device from (seed, index). */
        @Override
        void copyIn() {
        }

        @Override
        void compute() {
            // The counter is zeroed as part of the launch, so every launch counts from scratch.
            Cu.check(cuMemsetD32(dCount.pointer(), 0, 2), "cuMemsetD32(count)");
            Pointer params = Pointer.to(Pointer.to(new long[] {seed}), Pointer.to(new long[] {samples}),
                    Pointer.to(dCount.pointer()));
            Cu.check(cuLaunchKernel(kernel, gridStrideBlocks(samples, BLOCK, BLOCKS_PER_SM), 1, 1, BLOCK, 1, 1,
                    0, null, params, null), "cuLaunchKernel(monte_carlo_pi)");
        }

        @Override
        void copyOut() {
            Cu.check(cuMemcpyDtoH(Pointer.to(hCount), dCount.pointer(), Long.BYTES), "cuMemcpyDtoH(count)");
        }

        @Override
        public long count() {
            return hCount[0];
        }
    }
}
