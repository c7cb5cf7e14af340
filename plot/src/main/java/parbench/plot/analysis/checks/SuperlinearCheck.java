package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.BaseKind;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.stats.Ratio;

/**
 * Speedup above the usable thread count beyond its interval (without one: efficiency above 110 %), against
 * the same algorithm (against serial or another single-thread algorithm more than p is no
 * contradiction). Runs after the checks it names as likely causes.
 */
public final class SuperlinearCheck implements Check {

    /** Superlinear: efficiency above this. */
    static final double MAX_EFFICIENCY = 1.10;

    @Override
    public void run(CheckInput in, Findings out) {
        Map<Measured, List<String>> evidence = new LinkedHashMap<>();
        Map<Measured, List<Row>> bases = new IdentityHashMap<>();
        for (Row r : in.rows()) {
            int p = r.x().threads();
            if (p < 2 || r.kind() == BaseKind.SERIAL || (r.kind() == BaseKind.BEST_SINGLE
                    && !ThreadedAtOneCheck.sameAlgorithm(r.x().method(), r.base().method()))) {
                continue;
            }
            int usable = in.cores() > 0 ? Math.min(p, in.cores()) : p;
            Ratio s = r.speedup();
            double eff = s.estimate() / p;
            // With an interval, only beyond it: a 3-fork 2.375 [1.03, 4.17] at 2 threads is noise, not a claim.
            boolean beyond = s.hasInterval() ? s.low() > usable : s.estimate() > usable * MAX_EFFICIENCY || eff > MAX_EFFICIENCY;
            if (beyond) {
                bases.computeIfAbsent(r.x(), k -> new ArrayList<>()).add(r);
                evidence.computeIfAbsent(r.x(), k -> new ArrayList<>()).add("speedup " + r.kind().label + " ("
                        + r.base().label() + ") " + Format.withCi(s.estimate(), s.low(), s.high()) + " at " + p
                        + " thread" + (p == 1 ? "" : "s") + (usable < p ? " on " + usable + " cores" : "")
                        + ", efficiency " + Format.percent(eff));
            }
        }
        List<Finding> earlier = out.soFar();
        for (Map.Entry<Measured, List<String>> e : evidence.entrySet()) {
            Measured m = e.getKey();
            // Name the findings already made on this result and on its bases: they are the usual cause.
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (Row r : bases.getOrDefault(m, List.of())) {
                for (Finding f : earlier) {
                    if (f.check().accuses && (f.about().contains(r.x()) || f.about().contains(r.base()))) {
                        seen.add(f.check().label + " (" + (f.about().contains(r.base()) && r.base() != m
                                ? r.base().label() : m.label()) + ")");
                    }
                }
            }
            String cause = seen.isEmpty()
                    ? "more speedup than threads: a slow or noisy base, or (rarely) a working set that fits the "
                            + "caches of more cores; the speedup and efficiency overstate the scaling"
                    : "more speedup than threads, explained by " + String.join(", ", seen)
                            + "; the speedup and efficiency overstate the scaling";
            out.add(new Finding(Kind.SUPERLINEAR, subject(m), params(m), String.join("; ", e.getValue()), cause,
                    List.of(m)));
        }
    }
}
