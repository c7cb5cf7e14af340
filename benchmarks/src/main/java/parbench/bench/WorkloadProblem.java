package parbench.bench;

import parbench.core.DeviceKernel;
import parbench.core.Workload;

/**
 * What a kernel workload's {@code Problem} state offers the shared trial in {@link KernelBenchmark}:
 * run a kernel once, bind a device kernel, check the output against the serial reference.
 */
public interface WorkloadProblem<K extends AutoCloseable> {

    Workload<K> workload();

    /** Runs the kernel once on the problem, leaving the output where {@link #check} looks. */
    void compute(K kernel);

    /** Binds a device kernel (an instance of {@code workload().device()}) to the problem's data. */
    DeviceKernel bind(K device);

    /** After the kernel-only trial's download: fetch a result the bound kernel holds (Monte Carlo's count). */
    default void downloaded(DeviceKernel bound) {
    }

    /** Output equal to the serial reference within the workload's tolerance, else a wrong-result failure. */
    void check(String what);
}
