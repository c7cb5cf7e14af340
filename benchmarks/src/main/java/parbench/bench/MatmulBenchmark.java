package parbench.bench;

import parbench.bench.support.Verify;
import parbench.bench.support.WeakSize;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.DeviceKernel;
import parbench.core.Workload;
import parbench.core.Matmul;
import parbench.core.MatmulSerial;

/**
 * Dense n×n float matrix multiply, C = A × B (2n³ flops per operation), one method per backend (inherited from {@link KernelBenchmark}).
 * Every trial checks its kernel's output against the serial kernel once before timing and once
 * after, outside the timed part; a wrong result fails the benchmark instead of being reported.
 */
// One 1024³ operation takes 10 ms – 1 s: 400 ms iterations keep the default sweep inside 20 minutes.
public class MatmulBenchmark extends KernelBenchmark<Matmul> {

    /** The problem: inputs from fixed seeds and the serial reference result. */
    @State(Scope.Benchmark)
    public static class Problem extends TwoInputProblem<Matmul> {
        @Param("1024")
        public int n;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            // The size this trial runs: n itself, or under scaling=weak n grown with threads (WeakSize).
            n = WeakSize.ofInt(params, Workload.MATMUL.id(), n);
            allocate(n * n);
            try (Matmul reference = new MatmulSerial()) {
                reference.multiply(a, b, expected, n);
            }
        }

        /**
         * Inputs lie in [-1, 1), so each element sums n products whose magnitudes add up to at
         * most n. Rounding errors of any summation order grow like sqrt(n)·eps times that sum
         * (the probabilistic bound; the worst case is n·eps), so two orders agree within
         * 2·sqrt(n)·n·eps; a wrong kernel is off by O(1).
         */
        @Override
        public void check(String backend) {
            Verify.floats("matmul n=" + n, backend, expected, c, 2.0 * Math.sqrt(n) * n * Verify.FLOAT_EPS);
        }

        @Override
        public Workload<Matmul> workload() {
            return Workload.MATMUL;
        }

        @Override
        public void compute(Matmul kernel) {
            kernel.multiply(a, b, c, n);
        }

        @Override
        public DeviceKernel bind(Matmul device) {
            return ((Matmul.Device) device).bind(a, b, c, n);
        }
    }

    /** The trial: the kernel of the method's backend, made and checked before timing (KernelBenchmark). */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params, Problem p) {
        start(params, p);
    }
}
