package parbench.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The kernel state of a tuning sweep's method (Conv2dTuningBenchmark, MatmulTuningBenchmark): the
 * kernel this state's knobs make, run once on the workload's problem and checked before timing,
 * checked again after the last timed run, then closed. The sweep's own subclass has the trial
 * setup, which calls {@link #start}: JMH does not resolve a state parameter whose type is a type
 * variable, so that method names the problem's class.
 */
public abstract class TunedKernel<K extends AutoCloseable> extends KernelState<K> {

    private WorkloadProblem<K> problem;

    /** The kernel for this state's knobs. */
    abstract K create();

    /** The method and its knobs, for the wrong-result message. */
    abstract String what();

    /** Makes the kernel and checks one run of it on {@code p} before timing. */
    protected void start(BenchmarkParams params, WorkloadProblem<K> p) {
        init(params);
        problem = p;
        kernel = create();
        p.compute(kernel);
        p.check(what());
    }

    @TearDown(Level.Trial)
    public void close() {
        checkThenClose(() -> problem.check(what()));
    }
}
