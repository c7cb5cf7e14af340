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
import parbench.core.DeviceCount;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiSerial;

/**
 * Monte Carlo pi: counts which of {@code samples} points fall inside the quarter circle, with the
 * counter-based SplitMix64 generator, so every backend and thread count must return the same count.
 * Every trial checks its kernel's output against the serial kernel once before timing and once
 * after, outside the timed part; a wrong result fails the benchmark instead of being reported.
 */
// 2^25 samples take 10–200 ms per operation: long enough that start-up costs do not dominate.
public class MonteCarloPiBenchmark extends KernelBenchmark<MonteCarloPi> {

    /** The problem: inputs from fixed seeds and the serial reference result. */
    @State(Scope.Benchmark)
    public static class Problem implements WorkloadProblem<MonteCarloPi> {
        @Param("33554432")
        public long samples;

        /** Fixed seed: the count is a pure function of (seed, samples). */
        final long seed = Inputs.DEFAULT_SEED;
        long count;
        long expected;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            // The samples this trial counts: samples itself, or under scaling=weak grown with threads (WeakSize).
            samples = WeakSize.of(params, Workload.MONTE_CARLO_PI.id(), samples);
            try (MonteCarloPi reference = new MonteCarloPiSerial()) {
                expected = reference.countInside(seed, samples);
            }
        }

        /** Counts are integers computed exactly: every backend must match the serial count. */
        @Override
        public void check(String backend) {
            Verify.count("monte carlo pi samples=" + samples, backend, expected, count);
        }

        @Override
        public Workload<MonteCarloPi> workload() {
            return Workload.MONTE_CARLO_PI;
        }

        @Override
        public void compute(MonteCarloPi kernel) {
            count = kernel.countInside(seed, samples);
        }

        @Override
        public DeviceKernel bind(MonteCarloPi device) {
            return ((MonteCarloPi.Device) device).bind(seed, samples);
        }

        @Override
        public void downloaded(DeviceKernel bound) {
            count = ((DeviceCount) bound).count();
        }
    }

    /** The trial: the kernel of the method's backend, made and checked before timing (KernelBenchmark). */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params, Problem p) {
        start(params, p);
    }
}
