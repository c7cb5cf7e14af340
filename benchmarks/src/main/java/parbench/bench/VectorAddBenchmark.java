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
import parbench.core.VectorAdd;

/**
 * Vector add c = a + b over n floats (12n bytes moved per operation), one method per backend (inherited from {@link KernelBenchmark}).
 * The default sizes are one in-cache (32 K floats, 384 KB for three arrays: inside L2) and one
 * out-of-cache (16 M floats, 192 MB: far beyond L3), because they measure different limits.
 * Every trial checks its kernel's output against the serial kernel once before timing and once
 * after, outside the timed part; a wrong result fails the benchmark instead of being reported.
 */
// An operation takes 5 µs – 50 ms: 400 ms iterations average thousands of them and keep the sweep short.
public class VectorAddBenchmark extends KernelBenchmark<VectorAdd> {

    /** The problem: inputs from fixed seeds and the serial reference result. */
    @State(Scope.Benchmark)
    public static class Problem extends TwoInputProblem<VectorAdd> {
        @Param({"32768", "16777216"})
        public int n;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            // The size this trial runs: n itself, or under scaling=weak n grown with threads (WeakSize).
            n = WeakSize.ofInt(params, Workload.VECTOR_ADD.id(), n);
            allocate(n);
            for (int i = 0; i < n; i++) {
                expected[i] = a[i] + b[i];
            }
        }

        /** One float addition per element: every backend must be exact. */
        @Override
        public void check(String backend) {
            Verify.floats("vector add n=" + n, backend, expected, c, 0);
        }

        @Override
        public Workload<VectorAdd> workload() {
            return Workload.VECTOR_ADD;
        }

        @Override
        public void compute(VectorAdd kernel) {
            kernel.add(a, b, c);
        }

        @Override
        public DeviceKernel bind(VectorAdd device) {
            return ((VectorAdd.Device) device).bind(a, b, c);
        }
    }

    /** The trial: the kernel of the method's backend, made and checked before timing (KernelBenchmark). */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params, Problem p) {
        start(params, p);
    }
}
