package parbench.plot.analysis.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Work;

/** How findings name a result and write their numbers: the same way in every check. */
final class Evidence {

    private Evidence() {
    }

    static String params(Measured m) {
        return Format.params(m.r().params());
    }

    static String subject(Measured m) {
        return Work.simpleName(m.cls()) + "." + m.method() + ("avgt".equals(m.mode()) ? "" : " [" + m.mode() + "]");
    }

    static String unit(Measured m) {
        return m.r().unit();
    }

    /** At most n entries, then "…". */
    static List<String> first(List<String> l, int n) {
        if (l.size() <= n) {
            return l;
        }
        List<String> r = new ArrayList<>(l.subList(0, n));
        r.add("…");
        return r;
    }

    /** "[a, b, c]" with at most eight values. */
    static String list(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (i >= 8) {
                sb.append("…");
                break;
            }
            sb.append(Format.num(v[i]));
        }
        return sb.append(']').toString();
    }

    static String signedPercent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        return (fraction >= 0 ? "+" : "") + Format.percent(fraction);
    }

    static String pct(double percent) {
        return Double.isFinite(percent) ? String.format(Locale.ROOT, "%.1f %%", percent) : "unknown";
    }

    /** A counter summed by JMH: exact, not rounded to four digits (473712345, not 473700000). */
    static String count(double v) {
        return Double.isFinite(v) && Math.abs(v) < 1e15 ? Long.toString(Math.round(v)) : Format.num(v);
    }
}
