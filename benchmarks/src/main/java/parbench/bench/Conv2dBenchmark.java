package parbench.bench;

import parbench.bench.support.Verify;
import parbench.bench.support.WeakSize;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Inputs;
import parbench.core.DeviceKernel;
import parbench.core.Workload;
import parbench.core.Conv2d;
import parbench.core.Conv2dSerial;

/**
 * 2D convolution ("valid" mode) of a size×size float image with a k×k Gaussian filter
 * (2k² flops per output pixel, (size-k+1)² output pixels), one method per backend (inherited from {@link KernelBenchmark}).
 * The kernels are general: they do not know the filter is a separable Gaussian.
 * Every trial checks its kernel's output against the serial kernel once before timing and once
 * after, outside the timed part; a wrong result fails the benchmark instead of being reported.
 */
// One 2048² operation takes 5–100 ms: 400 ms iterations keep the default sweep inside 20 minutes.
public class Conv2dBenchmark extends KernelBenchmark<Conv2d> {

    /** The problem: inputs from fixed seeds and the serial reference result. */
    @State(Scope.Benchmark)
    public static class Problem implements WorkloadProblem<Conv2d> {
        @Param("2048")
        public int size;

        @Param("5")
        public int k;

        float[] image;
        float[] filter;
        float[] out;
        float[] expected;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            // The size this trial runs: size itself, or under scaling=weak size grown with threads (WeakSize).
            size = WeakSize.ofInt(params, Workload.CONV2D.id(), size);
            image = Inputs.randomFloats(Inputs.DEFAULT_SEED, size * size);
            filter = Inputs.gaussianFilter(k);
            int outSize = Conv2d.outSize(size, k);
            out = new float[outSize * outSize];
            expected = new float[outSize * outSize];
            try (Conv2d reference = new Conv2dSerial()) {
                reference.convolve(image, size, size, filter, k, expected);
            }
        }

        /**
         * Pixels lie in [-1, 1) and the filter's weights are positive and sum to 1, so each output
         * sums k² products whose magnitudes add up to at most 1: any summation order (with or
         * without FMA) is within k²·eps of the exact value; two orders within 2·k²·eps.
         */
        @Override
        public void check(String backend) {
            Verify.floats("conv2d size=" + size + " k=" + k, backend, expected, out, 2.0 * k * k * Verify.FLOAT_EPS);
        }

        @Override
        public Workload<Conv2d> workload() {
            return Workload.CONV2D;
        }

        @Override
        public void compute(Conv2d kernel) {
            kernel.convolve(image, size, size, filter, k, out);
        }

        @Override
        public DeviceKernel bind(Conv2d device) {
            return ((Conv2d.Device) device).bind(image, size, size, filter, k, out);
        }
    }

    /** The trial: the kernel of the method's backend, made and checked before timing (KernelBenchmark). */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params, Problem p) {
        start(params, p);
    }
}
