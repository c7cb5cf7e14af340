package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parbench.plot.analysis.Analysis.SummaryRow;
import parbench.plot.analysis.checks.Checks;
import parbench.plot.analysis.checks.Finding;
import parbench.plot.stats.Ratio;

/** The report's first screen: per case (harness workloads first), per thread count, the fastest result. */
final class Summary {

    private Summary() {
    }

    static List<SummaryRow> of(List<Measured> measured, List<Row> rows, Map<String, Measured> best,
                               Checks checks, int cores) {
        Map<Measured, Row> vsSerial = new IdentityHashMap<>();
        Map<Measured, Row> vsBest = new IdentityHashMap<>();
        for (Row r : rows) {
            if (r.kind() == BaseKind.SERIAL) {
                vsSerial.put(r.x(), r);
            } else if (r.kind() == BaseKind.BEST_SINGLE) {
                vsBest.put(r.x(), r);
            }
        }
        // case label → thread key → fastest
        Map<String, TreeMap<Integer, Measured>> fastest = new TreeMap<>(Format.NATURAL);
        for (Measured m : measured) {
            String w = Work.workloadOf(m.cls());
            if (w.equals("calibration") || m.method().endsWith("_kernel_only") || !Double.isFinite(m.sample().mean())) {
                continue;
            }
            int t = m.isDevice() ? Integer.MAX_VALUE : Math.max(1, m.threads());
            String key = Work.rank(w) + " " + m.caseLabel(); // one digit and a space: cut off below
            fastest.computeIfAbsent(key, k -> new TreeMap<>()).merge(t, m, (a, b) -> SpeedupRows.faster(b, a) ? b : a);
        }
        List<SummaryRow> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, Measured>> c : fastest.entrySet()) {
            for (Map.Entry<Integer, Measured> e : c.getValue().entrySet()) {
                Measured m = e.getValue();
                int t = e.getKey();
                String threads = t == Integer.MAX_VALUE ? "device" : t + (cores > 0 && t > cores ? " (oversubscribed)" : "");
                Row s = vsSerial.get(m);
                Measured b = best.get(SpeedupRows.caseKey(m));
                Row vb = vsBest.get(m);
                Ratio eff = null;
                if (b == m) {
                    eff = new Ratio(1, Double.NaN, Double.NaN);
                } else if (vb != null && t != Integer.MAX_VALUE) {
                    eff = vb.speedup().times(1.0 / t);
                }
                Set<Finding> fs = Collections.newSetFromMap(new IdentityHashMap<>());
                fs.addAll(checks.of(m));
                if (s != null) {
                    fs.addAll(checks.of(s.base()));
                }
                if (b != null) {
                    fs.addAll(checks.of(b));
                }
                out.add(new SummaryRow(c.getKey().substring(2), threads, m, s, b, vb, eff, fs.size(),
                        checks.caveats(m, s == null ? null : s.base(), b)));
            }
        }
        return out;
    }
}
