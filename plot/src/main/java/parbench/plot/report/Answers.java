package parbench.plot.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Analysis.SummaryRow;
import parbench.plot.analysis.Format;
import parbench.plot.stats.Ratio;

/**
 * The first lines of the report: per case, one sentence a reader can quote, such as "MatmulBenchmark
 * n=1024: simd_forkjoin at 2 threads is 1.88× [1.85, 1.91] the best single-thread backend (simd),
 * 94 % efficient". Taken at the most threads the machine has cores for; a suspect or imprecise
 * answer says so in the same line.
 */
final class Answers {

    /** A speedup interval wider than this (half-width over the estimate) is called imprecise in the line. */
    static final double PRECISE = 0.05;

    private Answers() {
    }

    static List<String> lines(Analysis a) {
        Map<String, SummaryRow> pick = new LinkedHashMap<>();
        for (SummaryRow s : a.summary()) {
            int t = threads(s.threads());
            if (t < 2 || (a.cores() > 0 && t > a.cores()) || s.bestSingle() == null) {
                continue;
            }
            SummaryRow prev = pick.get(s.caseLabel());
            if (prev == null || threads(prev.threads()) < t) {
                pick.put(s.caseLabel(), s);
            }
        }
        List<String> out = new ArrayList<>();
        for (SummaryRow s : pick.values()) {
            int t = threads(s.threads());
            String line;
            if (s.vsBest() == null) {
                line = s.caseLabel() + ": at " + t + " threads nothing is faster than the best single-thread backend, "
                        + s.bestSingle().label();
            } else {
                Ratio r = s.vsBest().speedup();
                line = s.caseLabel() + ": " + s.fastest().method() + " at " + t + " threads is "
                        + Format.withCi(r.estimate(), r.low(), r.high()) + "× the best single-thread backend ("
                        + s.bestSingle().label() + ")"
                        + (s.efficiency() == null ? "" : ", " + Format.percent(s.efficiency().estimate()) + " efficient")
                        + a.paired(s.fastest()).map(p -> " (paired blocks in " + p.jvms() + " JVMs)").orElse("");
                double half = r.hasInterval() ? (r.high() - r.low()) / 2 / r.estimate() : Double.NaN;
                if (!Double.isFinite(half)) {
                    line += a.paired(s.fastest()).isPresent() ? " (no interval: one JVM)" : " (no interval: one fork)";
                } else if (half > PRECISE) {
                    line += " (imprecise: ±" + Format.percent(half) + ")";
                }
            }
            String why = a.checks().reasons(s.fastest(), s.bestSingle());
            out.add(why.isEmpty() ? line : line + " — suspect: " + why);
        }
        return out;
    }

    private static int threads(String label) {
        try {
            return Integer.parseInt(label.split(" ")[0]);
        } catch (NumberFormatException e) {
            return -1; // "device"
        }
    }
}
