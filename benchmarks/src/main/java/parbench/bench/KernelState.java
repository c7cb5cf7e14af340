package parbench.bench;

import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Backend;

/**
 * What every per-trial kernel state holds: the backend named by the benchmark method, the kernel
 * (created once per trial, closed at its end) and the optional injected slowdown.
 */
public abstract class KernelState<K extends AutoCloseable> {

    /** Suffixes of the device backends' two methods: with host↔device copies, and without. */
    static final String END_TO_END = "_end_to_end";
    static final String KERNEL_ONLY = "_kernel_only";

    protected Backend backend;
    protected K kernel;
    protected InjectedSlowdown slowdown = InjectedSlowdown.NONE;

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

    /** Closes the kernel; a failure to release is reported but does not hide a verification error. */
    protected void closeKernel() {
        if (kernel != null) {
            try {
                kernel.close();
            } catch (Exception e) {
                System.err.printf(Locale.ROOT, "parbench: closing %s failed: %s%n", backend.id(), e);
            }
            kernel = null;
        }
    }
}
