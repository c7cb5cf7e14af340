package parbench.bench;

import parbench.bench.support.Threads;
import parbench.bench.run.Kernels;
import parbench.bench.run.Registry;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What the four kernel workloads' JMH classes (VectorAdd, Matmul, Conv2d, MonteCarloPi) share: one
 * {@code @Benchmark} method per registered backend method, written once here and inherited, and the
 * trial around it. JMH gives every concrete subclass its own copy of each inherited method, named
 * {@code <Subclass>.<method>} ({@code VectorAddBenchmark.serial}, as before: results, baselines and
 * the gate key on these names), and the subclass's own annotations (iteration times, forks) win
 * (jmh's JMHSample_24_Inheritance).
 *
 * <p>The subclass is itself the per-trial state. It holds its workload's {@code Problem} state and
 * has one trial setup, {@code open(BenchmarkParams, Problem)}, that calls {@link #start}: JMH does not
 * resolve a state parameter whose type is a type variable, so that one method cannot live here.
 * Which kernel a trial makes comes from the method's name (the backend id, with {@code _kernel_only}
 * for a device's launch-only timing) and the {@code threads} param, which only the threaded and
 * distributed methods have (through the {@link Threads} state, so only they are swept over it).
 *
 * <p>Every trial runs the kernel once and checks its output against the serial reference before
 * timing, and checks the last timed output after; a wrong result fails the benchmark. A new backend
 * gets one method here (docs/contributing.md); {@code RegistryTest} fails until it and the registry agree.
 */
@State(Scope.Benchmark)
public abstract class KernelBenchmark<K extends AutoCloseable> extends KernelState<K> {

    private WorkloadProblem<K> problem;
    /** Set instead of {@code kernel} for a {@code _kernel_only} method: the device kernel bound to the problem's data. */
    private Kernels.Bound device;
    /** The backend and thread count, for the wrong-result message. */
    private String what;

    /** Makes the trial's kernel for the method's backend and checks one run of it before timing. */
    protected void start(BenchmarkParams params, WorkloadProblem<K> p) {
        init(params);
        problem = p;
        if (isKernelOnly(params.getBenchmark())) {
            what = backend.id() + " (kernel only)";
            device = Kernels.bind(backend, p);
            device.kernel().upload();
            return;
        }
        int threads = Threads.of(params);
        what = backend.id() + (Threads.swept(params) ? " threads=" + threads : "");
        kernel = Kernels.create(backend, p.workload(), threads);
        p.compute(kernel);
        p.check(what);
    }

    public static boolean isKernelOnly(String benchmark) {
        return benchmark.endsWith(KERNEL_ONLY);
    }

    /** Checks the last timed run's output (a device's after its download), then closes the kernel. */
    @TearDown(Level.Trial)
    public void close() {
        try {
            checkThenClose(() -> {
                if (device != null) {
                    device.kernel().download();
                    problem.downloaded(device.kernel());
                }
                problem.check(what);
            });
        } finally {
            release(device, what);
            device = null;
        }
    }

    /** One timed operation; returns the problem, whose fields hold the output, so it is never dead code. */
    public final Object run() {
        long t0 = slowdown.start();
        problem.compute(kernel);
        slowdown.pad(t0);
        return problem;
    }

    /** One timed launch of a device kernel whose data is already on the device. */
    final Object launch() {
        long t0 = slowdown.start();
        device.kernel().launch();
        slowdown.pad(t0);
        return problem;
    }

    // One method per registered backend method (Registry; RegistryTest checks both directions).
    // SINGLE backends and devices end to end take no state; THREADED and DISTRIBUTED take Threads.

    @Benchmark
    public Object serial() {
        return run();
    }

    @Benchmark
    public Object forkjoin(Threads t) {
        return run();
    }

    @Benchmark
    public Object streams(Threads t) {
        return run();
    }

    @Benchmark
    public Object simd() {
        return run();
    }

    @Benchmark
    public Object simd_forkjoin(Threads t) {
        return run();
    }

    @Benchmark
    public Object aparapi_end_to_end() {
        return run();
    }

    @Benchmark
    public Object aparapi_kernel_only() {
        return launch();
    }

    @Benchmark
    public Object jocl_end_to_end() {
        return run();
    }

    @Benchmark
    public Object jocl_kernel_only() {
        return launch();
    }

    @Benchmark
    public Object jcuda_end_to_end() {
        return run();
    }

    @Benchmark
    public Object jcuda_kernel_only() {
        return launch();
    }

    /** Hazelcast workers (embedded member, or the cluster in parbench.hazelcast.members); inputs travel inside the timed operation. */
    @Benchmark
    public Object hazelcast(Threads t) {
        return run();
    }
}
