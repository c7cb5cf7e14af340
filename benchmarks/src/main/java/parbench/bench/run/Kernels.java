package parbench.bench.run;

import parbench.bench.WorkloadProblem;

import parbench.core.Backend;
import parbench.core.DeviceKernel;
import parbench.core.Workload;

/**
 * Kernels of a backend for a workload, through the {@link Registry}: no per-backend code here.
 * {@code threads} is used only by the threaded backends (the benchmarks never pass it to the others).
 */
public final class Kernels {

    private Kernels() {
    }

    /** A new kernel; "backend X does not support workload Y" when it has no factory for it. */
    public static <K extends AutoCloseable> K create(Backend backend, Workload<K> workload, int threads) {
        return Registry.of(backend).create(workload, threads);
    }

    /** A device kernel bound to one problem, together with the kernel object that owns its context. */
    public record Bound(AutoCloseable owner, DeviceKernel kernel) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try {
                kernel.close();
            } finally {
                owner.close();
            }
        }
    }

    /** Binds the backend's device kernel to the problem's arrays; "no kernel-only variant" for the others. */
    public static <K extends AutoCloseable> Bound bind(Backend backend, WorkloadProblem<K> problem) {
        K owner = Registry.of(backend).createDevice(problem.workload());
        try {
            return new Bound(owner, problem.bind(owner));
        } catch (RuntimeException | Error e) {
            try {
                owner.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
