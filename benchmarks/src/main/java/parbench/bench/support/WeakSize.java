package parbench.bench.support;

import parbench.bench.run.ParamCheck;
import parbench.bench.run.PairedSpeedup;

import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.plot.analysis.WeakScaling;
import parbench.plot.model.ScalingParam;

/**
 * The problem size a trial runs (docs/running.md "Weak scaling"): the size param itself,
 * or, when the benchmark's threaded state has {@code scaling=weak}, that size as the base grown
 * with the {@code threads} param so that the work grows × threads. The rule is the report's
 * ({@link WeakScaling#effectiveSize}, the one place: plot must not depend on the kernels, the
 * benchmarks already depend on plot), so the size a run measured and the size the report derives
 * from the recorded params are the same number. Methods without a {@code scaling} param (serial,
 * simd, device backends) always run the base size.
 */
public final class WeakSize {

    private WeakSize() {
    }

    /** The declared values of the {@code scaling} param; {@code strong} is the default. */
    public static final String STRONG = ScalingParam.STRONG;
    public static final String WEAK = ScalingParam.WEAK;

    /** The size this trial runs, for a problem whose size param is {@code base}. */
    public static long of(BenchmarkParams params, String workload, long base) {
        if (params == null) {
            return base; // outside JMH (PairedSpeedup): strong scaling, the base size
        }
        String threads = params.getParam("threads");
        long size = of(workload, base, params.getParam(ScalingParam.NAME), threads);
        if (size != base) {
            // The recorded params hold the base: say once per trial what the fork really runs.
            // Leading newline: JMH may have printed "Iteration 1: " on this line already.
            System.out.printf(java.util.Locale.ROOT, "%n# parbench: scaling=weak: %s=%d grown to %d at threads=%s%n",
                    WeakScaling.sizeParam(workload), base, size, threads);
        }
        return size;
    }

    /** As {@link #of(BenchmarkParams, String, long)}, for sizes that index one Java array. */
    public static int ofInt(BenchmarkParams params, String workload, int base) {
        long size = of(params, workload, base);
        if (size > Integer.MAX_VALUE - 8) {
            // ParamCheck refuses this before the run; a direct JMH run ends here.
            throw new IllegalArgumentException(workload + " base size " + base + " grown for weak scaling is " + size
                    + ", more than a Java array holds");
        }
        return (int) size;
    }

    /**
     * The size from the recorded param values ({@code scaling} and {@code threads} may be null:
     * the method has no such param). Anything but {@code scaling=weak} runs the base size.
     */
    public static long of(String workload, long base, String scaling, String threads) {
        if (!WEAK.equals(scaling) || threads == null) {
            return base;
        }
        int t = Integer.parseInt(threads.trim());
        if (t > 1 && base > Long.MAX_VALUE / t) {
            throw new IllegalArgumentException(workload + " base size " + base + " × " + t + " threads overflows");
        }
        return WeakScaling.effectiveSize(workload, base, t);
    }
}
