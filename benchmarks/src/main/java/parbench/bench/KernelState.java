package parbench.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Backend;
import parbench.core.BackendKind;

/**
 * The per-trial state of a kernel workload's method: the backend named by the benchmark method,
 * its kernel and the optional injected slowdown ({@link TrialState}). The nested
 * {@link Single}, {@link Threaded} and {@link DeviceOnly} do the work of every workload class's
 * {@code Kernel}, {@code ThreadedKernel} and {@code DeviceKernelOnly} states (JMH needs those as
 * concrete classes whose trial methods name the class's own {@code Problem}, so they only delegate:
 * {@code open} calls {@code start}, {@code close} calls {@code finish}).
 */
public abstract class KernelState<K extends AutoCloseable> extends TrialState<K> {

    /** Suffixes of the device backends' two methods: with host↔device copies, and without. */
    static final String END_TO_END = BackendKind.END_TO_END;
    static final String KERNEL_ONLY = BackendKind.KERNEL_ONLY;

    protected Backend backend;

    @Override
    protected String name() {
        return backend.id();
    }

    /** Reads the backend from the benchmark method's name ({@code serial}, {@code jocl_kernel_only}, …). */
    protected void init(BenchmarkParams params) {
        backend = backendOf(params.getBenchmark());
        slowdown = InjectedSlowdown.forBenchmark(params);
    }

    static Backend backendOf(String benchmark) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        if (method.endsWith(END_TO_END)) {
            method = method.substring(0, method.length() - END_TO_END.length());
        } else if (method.endsWith(KERNEL_ONLY)) {
            method = method.substring(0, method.length() - KERNEL_ONLY.length());
        }
        return Backend.fromId(method);
    }

    /** Runs the kernel once per invocation, with the optional injected slowdown around it. */
    abstract static class Computing<K extends AutoCloseable> extends KernelState<K> {
        private String what;

        /** Creates the kernel and checks one run of it before timing. */
        protected void start(BenchmarkParams params, WorkloadProblem<K> p, int threads, String what) {
            init(params);
            this.what = backend.id() + what;
            kernel = Kernels.create(backend, p.workload(), threads);
            p.compute(kernel);
            p.check(this.what);
        }

        /** Checks the last timed run's output, then closes the kernel. */
        protected void finish(WorkloadProblem<K> p) {
            try {
                p.check(what);
            } finally {
                closeKernel();
            }
        }

        /** One timed operation. */
        final void run(WorkloadProblem<K> p) {
            long t0 = slowdown.start();
            p.compute(kernel);
            slowdown.pad(t0);
        }
    }

    /** Single-threaded backends and device backends end to end: the kernel gets no thread count. */
    abstract static class Single<K extends AutoCloseable> extends Computing<K> {
        protected void start(BenchmarkParams params, WorkloadProblem<K> p) {
            start(params, p, 1, "");
        }
    }

    /** Threaded and distributed backends: the concrete state holds the {@code threads} param. */
    abstract static class Threaded<K extends AutoCloseable> extends Computing<K> {
        protected void start(BenchmarkParams params, WorkloadProblem<K> p, int threads) {
            start(params, p, threads, " threads=" + threads);
        }
    }

    /** Device backends with the data already on the device: times the kernel launch alone. */
    abstract static class DeviceOnly extends KernelState<Kernels.Bound> {
        protected void start(BenchmarkParams params, WorkloadProblem<?> p) {
            init(params);
            kernel = Kernels.bind(backend, p);
            kernel.kernel().upload();
        }

        protected void finish(WorkloadProblem<?> p) {
            try {
                kernel.kernel().download();
                p.downloaded(kernel.kernel());
                p.check(backend.id() + " (kernel only)");
            } finally {
                closeKernel();
            }
        }

        /** One timed launch. */
        final void launch() {
            long t0 = slowdown.start();
            kernel.kernel().launch();
            slowdown.pad(t0);
        }
    }
}
