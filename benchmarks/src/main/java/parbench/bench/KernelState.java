package parbench.bench;

import parbench.bench.support.InjectedSlowdown;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Backend;
import parbench.core.BackendKind;

/**
 * The per-trial state of a kernel workload's method: the backend named by the benchmark method,
 * its kernel and the optional injected slowdown ({@link TrialState}). Used by the workload classes
 * (through {@link KernelBenchmark}) and by the tuning sweeps, which make their kernels themselves.
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

    public static Backend backendOf(String benchmark) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        if (method.endsWith(END_TO_END)) {
            method = method.substring(0, method.length() - END_TO_END.length());
        } else if (method.endsWith(KERNEL_ONLY)) {
            method = method.substring(0, method.length() - KERNEL_ONLY.length());
        }
        return Backend.fromId(method);
    }
}
