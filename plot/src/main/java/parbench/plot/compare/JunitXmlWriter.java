package parbench.plot.compare;

import parbench.plot.analysis.Format;
import java.util.List;

/**
 * JUnit XML for CI test reporters: one testcase per benchmark; a regression is a failure, an
 * inconclusive benchmark (undecided) and missing and new benchmarks are skipped testcases with the
 * reason. The outcome of the whole comparison leads the properties.
 */
public final class JunitXmlWriter {

    private JunitXmlWriter() {
    }

    /** With the outcome as the writers show it by default (no --fail-on-missing, no --undecided-passes). */
    public static String write(ComparisonReport r) {
        return write(r, GateOutcome.of(r));
    }

    public static String write(ComparisonReport r, GateOutcome outcome) {
        int tests = r.comparisons().size() + r.missing().size() + r.added().size() + r.allocatesMore().size();
        int failures = r.with(Verdict.SLOWER).size() + r.allocatesMore().size();
        int skipped = r.with(Verdict.INCONCLUSIVE).size() + r.missing().size() + r.added().size();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"parbench.compare\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        CompareSettings s = r.settings();
        sb.append("  <properties>\n");
        property(sb, "outcome", outcome.kind().id());
        property(sb, "exitCode", Integer.toString(outcome.exitCode()));
        property(sb, "summary", outcome.summary());
        if (outcome.toDecide() != null) {
            property(sb, "toDecide", outcome.toDecideSentence());
        }
        property(sb, "threshold", Format.num(s.threshold()));
        property(sb, "alpha", Format.num(s.alpha()));
        property(sb, "correction", s.correction().id());
        if (r.method() != null) {
            property(sb, "method", r.method());
        }
        property(sb, "baseline", String.join(",", r.baselineLabels()));
        property(sb, "current", String.join(",", r.currentLabels()));
        sb.append("  </properties>\n");
        for (Comparison c : r.comparisons()) {
            RatioStatistics.Estimate e = c.estimate();
            String summary = c.verdict().id() + ": ratio " + Format.ratio(e.ratio()) + " "
                    + Format.interval(e.ciLow(), e.ciHigh()) + ", adjusted p " + Format.p(c.adjustedP())
                    + ", baseline " + Format.num(e.baseline()) + " " + c.unit()
                    + ", current " + Format.num(e.current()) + " " + c.unit();
            open(sb, c.key());
            if (c.verdict() == Verdict.SLOWER) {
                sb.append("    <failure type=\"regression\" message=\"").append(esc(summary)).append("\">")
                        .append(esc(c.reason())).append("</failure>\n");
            } else if (c.verdict() == Verdict.INCONCLUSIVE) {
                // Not a pass: the data could not tell; skipped with what was seen and why.
                sb.append("    <skipped message=\"").append(esc(r.isOneFork(c)
                        ? "inconclusive: one fork per side cannot decide (iterations inside one JVM are not independent "
                        + "samples); ratio " + Format.ratio(e.ratio()) + " of single forks"
                        : summary + "; " + c.reason())).append("\"/>\n");
            }
            sb.append("    <system-out>").append(esc(summary + "; " + c.reason())).append("</system-out>\n");
            sb.append("  </testcase>\n");
        }
        for (AllocationChange a : r.allocatesMore()) {
            open(sb, a.key(), " allocation");
            sb.append("    <failure type=\"allocation\" message=\"").append(esc("allocates more per operation: "
                    + Format.num(a.baseline()) + " -> " + Format.num(a.current()) + " B/op (" + AllocationChange.METRIC + ")"))
                    .append("\"/>\n");
            sb.append("  </testcase>\n");
        }
        skipped(sb, r.missing(), "missing in current: measured in the baseline only");
        skipped(sb, r.added(), "new in current: no baseline to compare with");
        sb.append("</testsuite>\n");
        return sb.toString();
    }

    private static void open(StringBuilder sb, BenchmarkKey k) {
        open(sb, k, "");
    }

    private static void open(StringBuilder sb, BenchmarkKey k, String suffix) {
        int dot = k.benchmark().lastIndexOf('.');
        String cls = dot < 0 ? "" : k.benchmark().substring(0, dot);
        String name = k.benchmark().substring(dot + 1) + (k.paramText().isEmpty() ? "" : " [" + k.paramText() + "]")
                + " (" + k.mode() + ")" + suffix;
        sb.append("  <testcase classname=\"").append(esc(cls)).append("\" name=\"").append(esc(name))
                .append("\" time=\"0\">\n");
    }

    /** A skipped testcase per key, all with the same reason. */
    private static void skipped(StringBuilder sb, List<BenchmarkKey> keys, String message) {
        for (BenchmarkKey k : keys) {
            open(sb, k);
            sb.append("    <skipped message=\"").append(esc(message)).append("\"/>\n");
            sb.append("  </testcase>\n");
        }
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("    <property name=\"").append(esc(name)).append("\" value=\"").append(esc(value)).append("\"/>\n");
    }

    static String esc(String s) {
        // '&' first: the entities put in after it must not be escaped again. Control characters but tab,
        // newline and carriage return are not allowed in XML 1.0.
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }
}
