package parbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
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
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// 2^25 samples take 10–200 ms per operation: long enough that start-up costs do not dominate.
@Warmup(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
// Two forks: JIT and memory layout differ per JVM launch, and forks are the independent samples
// that the confidence intervals and the regression gate are built on.
@Fork(value = 2, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class MonteCarloPiBenchmark {

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

    /** Single-threaded backends (serial, simd) and device backends end to end. */
    @State(Scope.Benchmark)
    public static class Kernel extends KernelState.Single<MonteCarloPi> {
        @Setup(Level.Trial)
        public void open(BenchmarkParams params, Problem p) {
            start(params, p);
        }

        @TearDown(Level.Trial)
        public void close(Problem p) {
            finish(p);
        }
    }

    /** Threaded and distributed backends: {@code threads} exists only here, so only these methods are swept over it. */
    @State(Scope.Benchmark)
    public static class ThreadedKernel extends KernelState.Threaded<MonteCarloPi> {
        @Param("1")
        public int threads;
        /** {@code weak}: the problem grows with {@code threads} (WeakSize); {@code strong}, the default: it does not. */
        @Param(WeakSize.STRONG)
        public String scaling;

        @Setup(Level.Trial)
        public void open(BenchmarkParams params, Problem p) {
            start(params, p, threads);
        }

        @TearDown(Level.Trial)
        public void close(Problem p) {
            finish(p);
        }
    }

    /** Device backends with the data already on the device: times the kernel launch alone. */
    @State(Scope.Benchmark)
    public static class DeviceKernelOnly extends KernelState.DeviceOnly {
        @Setup(Level.Trial)
        public void open(BenchmarkParams params, Problem p) {
            start(params, p);
        }

        @TearDown(Level.Trial)
        public void close(Problem p) {
            finish(p);
        }
    }

    @Benchmark
    public long serial(Problem p, Kernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long forkjoin(Problem p, ThreadedKernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long streams(Problem p, ThreadedKernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long simd(Problem p, Kernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long simd_forkjoin(Problem p, ThreadedKernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long aparapi_end_to_end(Problem p, Kernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long aparapi_kernel_only(Problem p, DeviceKernelOnly k) {
        k.launch();
        return p.count;
    }

    @Benchmark
    public long jocl_end_to_end(Problem p, Kernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long jocl_kernel_only(Problem p, DeviceKernelOnly k) {
        k.launch();
        return p.count;
    }

    @Benchmark
    public long jcuda_end_to_end(Problem p, Kernel k) {
        k.run(p);
        return p.count;
    }

    @Benchmark
    public long jcuda_kernel_only(Problem p, DeviceKernelOnly k) {
        k.launch();
        return p.count;
    }

    /** Hazelcast workers (embedded member, or the cluster in parbench.hazelcast.members); inputs travel inside the timed operation. */
    @Benchmark
    public long hazelcast(Problem p, ThreadedKernel k) {
        k.run(p);
        return p.count;
    }
}
