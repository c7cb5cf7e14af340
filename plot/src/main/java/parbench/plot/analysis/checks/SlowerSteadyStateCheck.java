package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.first;
import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;
import static parbench.plot.analysis.checks.Evidence.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.model.IterationsFile;

/**
 * A JIT that replaced good code with worse: the measurement mean slower than the fastest warmup
 * iteration by more than {@link #SLOWER_STEADY} and by more than {@link #MACHINE_FACTOR}× the
 * machine's own fork-to-fork range ({@link MachineNoise#forkRange}), in most of the result's
 * forks. A fork that caught a fast core in warmup and a slow one later is the machine (this host's
 * cores switch between two speeds about 1.35× apart), not the code; recompilation to worse code
 * happens in every JVM, and by more than the machine swings.
 */
public final class SlowerSteadyStateCheck implements Check {

    /** Steady state slower than the fastest warmup iteration by more than this factor… */
    static final double SLOWER_STEADY = 1.30;
    /** …and than this many times the ratio of the slowest to the fastest fork of the machine's typical result… */
    static final double MACHINE_FACTOR = 1.15;

    @Override
    public void run(CheckInput in, Findings out) {
        Map<Measured, List<IterationsFile.Fork>> all = SteadyState.forks(in, out);
        if (all == null) {
            return;
        }
        double range = in.noise().known() && Double.isFinite(in.noise().forkRange()) ? in.noise().forkRange() : 1;
        double limit = Math.max(SLOWER_STEADY, MACHINE_FACTOR * range);
        for (Map.Entry<Measured, List<IterationsFile.Fork>> e : all.entrySet()) {
            Measured m = e.getKey();
            boolean rate = m.higherBetter();
            List<String> slower = new ArrayList<>();
            int forks = 0;
            double worst = 0;
            for (IterationsFile.Fork f : e.getValue()) {
                double[] meas = SteadyState.asTimes(f.measurement(), rate);
                double[] warm = SteadyState.asTimes(f.warmup(), rate);
                if (meas.length == 0) {
                    continue;
                }
                forks++;
                if (warm.length == 0) {
                    continue;
                }
                int fastest = 0;
                for (int i = 1; i < warm.length; i++) {
                    if (warm[i] < warm[fastest]) {
                        fastest = i;
                    }
                }
                double mean = SteadyState.mean(meas);
                double factor = mean / warm[fastest];
                if (factor > limit) {
                    worst = Math.max(worst, factor);
                    slower.add("fork " + f.fork() + ": warmup iteration " + (fastest + 1) + " "
                            + Format.num(f.warmup()[fastest]) + " " + unit(m) + ", measurement mean "
                            + Format.num(rate ? 1 / mean : mean) + " " + unit(m) + " (" + Format.num(factor) + "× slower)");
                }
            }
            // …in more than half of the forks.
            if (!slower.isEmpty() && 2 * slower.size() > forks) {
                out.add(new Finding(Kind.SLOWER_STEADY_STATE, subject(m), params(m),
                        "in " + slower.size() + " of " + forks + " forks: " + String.join("; ", first(slower, 3)),
                        "early iterations ran up to " + Format.num(worst) + "× faster than the steady state: the "
                                + "JIT replaced good code with worse code (look for deoptimisation and recompilation "
                                + "with -XX:+PrintCompilation); the result measures the worse code",
                        List.of(m)));
            }
        }
    }
}
