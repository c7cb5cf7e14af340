package parbench.plot.report;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parbench.plot.model.BenchmarkResult;

/**
 * Sample mode's percentiles: from {@code primaryMetric.scorePercentiles} where JMH wrote them, else
 * from the secondary metrics JMH names {@code ·p0.50}, {@code method·p0.99} (0–1 fractions).
 */
final class Percentiles {

    /** The percentiles the report shows, as JMH keys them (0–100). */
    static final List<Double> SHOWN = List.of(50.0, 90.0, 99.0, 99.9, 100.0);

    private static final Pattern SECONDARY = Pattern.compile("(?:^|.*·)p(\\d+(?:\\.\\d+)?)$");

    private Percentiles() {
    }

    static boolean isPercentile(String secondaryName) {
        return SECONDARY.matcher(secondaryName).matches();
    }

    /** A secondary metric's name as users know it: without JMH's older "·" prefix ({@code ·gc.alloc.rate}). */
    static String metricName(String secondaryName) {
        return secondaryName.startsWith("·") ? secondaryName.substring(1) : secondaryName;
    }

    static SortedMap<Double, Double> of(BenchmarkResult r) {
        if (!r.percentiles().isEmpty()) {
            return r.percentiles();
        }
        SortedMap<Double, Double> out = new TreeMap<>();
        for (var e : r.secondary().entrySet()) {
            Matcher m = SECONDARY.matcher(e.getKey());
            if (m.matches() && Double.isFinite(e.getValue())) {
                // 0.999 → 99.9, rounded to JMH's own keys
                out.put(Math.round(Double.parseDouble(m.group(1)) * 1000) / 10.0, e.getValue());
            }
        }
        return out;
    }

    /** Column name: p50, p99.9, p100. */
    static String column(double p) {
        return p == Math.rint(p) ? "p" + (long) p : "p" + String.format(Locale.ROOT, "%s", p);
    }
}
