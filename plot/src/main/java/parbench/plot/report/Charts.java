package parbench.plot.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Series;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Work;

/**
 * Chooses the report's charts, in display order: per case the scaling charts
 * ({@link ScalingCharts}), the lesson charts ({@link LessonCharts}), the backend bars
 * ({@link BackendBars}) and the roofline ({@link Roofline}); {@link ChartEncoding} turns them
 * into PNG and SVG. Charts are XChart objects so tests can inspect series and axis titles. To
 * keep large inputs fast, at most {@link #MAX_CASES} cases get scaling charts ({@link #MAX_CASES_LARGE}
 * and as many lesson cases per lesson above {@link #LARGE_INPUT} results) and at most
 * {@link BackendBars#MAX_BARS} bars appear in one comparison chart; the tables keep everything.
 */
public final class Charts {

    public static final int MAX_CASES = 8;
    /** Inputs with more results than this get fewer charts, so a 10,000-record report stays fast. */
    public static final int LARGE_INPUT = 1000;
    public static final int MAX_CASES_LARGE = 3;

    /** A chart with the file stem it is saved under and a caption. */
    public record Named(String stem, String caption, Chart<?, ?> chart) {
    }

    private Charts() {
    }

    /** Every chart of the report, in display order, and notes about what was capped. */
    public static List<Named> build(Analysis a, List<String> notes) {
        List<Named> out = new ArrayList<>();
        Map<String, List<Series>> byCase = new LinkedHashMap<>();
        for (Series s : orderedSeries(a)) {
            byCase.computeIfAbsent(s.caseKey(), k -> new ArrayList<>()).add(s);
        }
        int cap = a.measured().size() > LARGE_INPUT ? MAX_CASES_LARGE : MAX_CASES;
        int i = 0;
        for (Map.Entry<String, List<Series>> e : byCase.entrySet()) {
            if (i++ >= cap) {
                notes.add("Scaling charts drawn for the first " + cap + " of " + byCase.size()
                        + " cases; the tables list all of them.");
                break;
            }
            String stem = slug(e.getKey());
            out.add(new Named("speedup-" + stem, "Speedup vs threads (same backend at 1 thread): " + e.getKey(),
                    ScalingCharts.speedup(e.getKey(), e.getValue(), a)));
            out.add(new Named("efficiency-" + stem, "Efficiency vs threads: " + e.getKey(),
                    ScalingCharts.efficiency(e.getKey(), e.getValue(), a)));
            out.add(new Named("time-" + stem, "Time vs threads: " + e.getKey(), ScalingCharts.time(e.getKey(), e.getValue(), a)));
            ScalingCharts.bestSpeedup(e.getKey(), e.getValue(), a).ifPresent(c -> out.add(new Named("speedup-best-" + stem,
                    "Speedup vs the best single-thread backend: " + e.getKey(), c)));
        }
        out.addAll(LessonCharts.build(a, notes));
        out.addAll(CrossoverReport.charts(a));
        Map<String, List<Measured>> cases = new LinkedHashMap<>();
        a.measured().stream().sorted(Comparator.comparing((Measured m) -> Work.rank(Work.workloadOf(m.cls()))).thenComparing(Measured::caseLabel))
                .forEach(m -> cases.computeIfAbsent(m.caseLabel(), k -> new ArrayList<>()).add(m));
        i = 0;
        for (Map.Entry<String, List<Measured>> e : cases.entrySet()) {
            if (i++ >= cap) {
                notes.add("Backend comparison charts drawn for the first " + cap + " of " + cases.size() + " cases.");
                break;
            }
            out.add(new Named("backends-" + slug(e.getKey()), "Backends compared (mean, 95 % CI): " + e.getKey(),
                    BackendBars.backends(e.getKey(), e.getValue(), notes, a.checks()::suspect, a::timeHalfWidth, a)));
        }
        Roofline.roofline(a).ifPresent(c -> out.add(new Named("roofline", "Roofline: the largest case of each workload (threads ≤ cores)"
                + " against the calibrated FMA peak and stream_add bandwidth", c)));
        return out;
    }

    static List<Series> orderedSeries(Analysis a) {
        List<Series> s = new ArrayList<>(a.series());
        s.sort(Comparator.comparing((Series x) -> Work.rank(Work.workloadOf(x.cls()))).thenComparing(Series::caseKey)
                .thenComparing(Series::method));
        return s;
    }

    static String slug(String s) {
        String x = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return x.length() > 80 ? x.substring(0, 80) : x;
    }
}
