package parbench.plot.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.BaseKind;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Work;

/**
 * The charts that show a lesson of issue 13 on one picture: every load-balancing variant
 * against threads (static vs dynamic), every histogram variant per {@code bins} (lock vs
 * atomic vs private), pipeline throughput per queue per {@code capacity}. Wrong output (the
 * racy histogram) is never drawn as a result: the caption names its lost updates instead.
 */
public final class LessonCharts {

    /** Why dynamic wins (docs/lessons.md), printed under the load-balancing chart. */
    public static final String LOAD_BALANCING_WHY = "A static split fixes each thread's items before anyone knows "
            + "their cost, so the thread holding the heavy items finishes last while the others wait; dynamic "
            + "scheduling and work stealing hand out work as threads become free.";

    private LessonCharts() {
    }

    /** The lesson charts of the run, one per lesson case, in workload order. */
    static List<Charts.Named> build(Analysis a) {
        return build(a, new ArrayList<>());
    }

    /**
     * The lesson charts, one per lesson case, in workload order; a large input (more than
     * {@link Charts#LARGE_INPUT} results) gets charts for the first {@link Charts#MAX_CASES_LARGE}
     * cases of each lesson only, as the scaling charts do, and a note in {@code notes}.
     */
    static List<Charts.Named> build(Analysis a, List<String> notes) {
        Map<String, List<Measured>> cases = new TreeMap<>();
        for (Measured m : a.measured()) {
            String w = Work.workloadOf(m.cls());
            if (w.equals(Work.IRREGULAR) || w.equals(Work.HISTOGRAM) || w.equals(Work.PIPELINE)) {
                cases.computeIfAbsent(Work.rank(w) + " " + m.caseLabel(), k -> new ArrayList<>()).add(m);
            }
        }
        addUnboundedQueues(cases);
        capLargeInput(a, cases, notes);
        List<Charts.Named> out = new ArrayList<>();
        for (Map.Entry<String, List<Measured>> e : cases.entrySet()) {
            String label = e.getKey().substring(2);
            List<Measured> ms = e.getValue();
            String stem = "lesson-" + Charts.slug(label);
            switch (Work.workloadOf(ms.get(0).cls())) {
                case Work.IRREGULAR:
                    vsSerial(a, ms, "Load balancing, static vs dynamic: " + label).ifPresent(c -> out.add(new Charts.Named(
                            stem, "Load balancing: every variant's speedup over serial vs threads (" + label + "). "
                            + LOAD_BALANCING_WHY, c)));
                    break;
                case Work.HISTOGRAM:
                    vsSerial(a, ms, "Contention, lock vs atomic vs private: " + label).ifPresent(c -> out.add(
                            new Charts.Named(stem, "Contention: every histogram variant's speedup over serial vs threads ("
                                    + label + "); fewer bins, more contention." + racyNote(ms), c)));
                    break;
                default:
                    out.add(new Charts.Named(stem, "Pipeline throughput by queue vs threads (" + label
                            + "); threads = producers + consumers, P = max(1, threads/2); linked_transfer_queue is "
                            + "unbounded (no capacity, no back-pressure).", throughput(a, ms, label)));
            }
        }
        return out;
    }

    /**
     * The unbounded queue (no {@code capacity} param) is drawn on every capacity's chart of the
     * same other params, as the no-back-pressure reference, instead of on a chart of its own.
     */
    private static void addUnboundedQueues(Map<String, List<Measured>> cases) {
        List<String> unbounded = new ArrayList<>();
        for (Map.Entry<String, List<Measured>> e : cases.entrySet()) {
            Measured m0 = e.getValue().get(0);
            if (!Work.workloadOf(m0.cls()).equals(Work.PIPELINE) || m0.caseParams().containsKey("capacity")) {
                continue;
            }
            boolean placed = false;
            for (List<Measured> other : cases.values()) {
                Measured o = other.get(0);
                java.util.SortedMap<String, String> rest = new TreeMap<>(o.caseParams());
                if (o.cls().equals(m0.cls()) && o.mode().equals(m0.mode()) && rest.remove("capacity") != null
                        && rest.equals(m0.caseParams())) {
                    other.addAll(e.getValue());
                    placed = true;
                }
            }
            if (placed) {
                unbounded.add(e.getKey());
            }
        }
        unbounded.forEach(cases::remove);
    }

    /**
     * Keeps the first {@link Charts#MAX_CASES_LARGE} cases of each lesson when the input is large:
     * drawing and encoding every case's chart was most of a 10,000-record report's cost.
     */
    private static void capLargeInput(Analysis a, Map<String, List<Measured>> cases, List<String> notes) {
        if (a.measured().size() <= Charts.LARGE_INPUT) {
            return;
        }
        Map<String, Integer> total = new LinkedHashMap<>();
        for (List<Measured> ms : cases.values()) {
            total.merge(Work.workloadOf(ms.get(0).cls()), 1, Integer::sum);
        }
        Map<String, Integer> kept = new java.util.HashMap<>();
        cases.values().removeIf(ms -> kept.merge(Work.workloadOf(ms.get(0).cls()), 1, Integer::sum) > Charts.MAX_CASES_LARGE);
        total.forEach((w, n) -> {
            if (n > Charts.MAX_CASES_LARGE) {
                notes.add("Lesson charts (" + w + ") drawn for the first " + Charts.MAX_CASES_LARGE + " of " + n
                        + " cases; the tables list all of them.");
            }
        });
    }

    /** " racy (wrong output, not drawn): 1.2 % of updates lost at t=2; …" or empty. */
    static String racyNote(List<Measured> ms) {
        List<String> parts = new ArrayList<>();
        ms.stream().filter(Measured::wrongOutput).sorted(Comparator.comparingInt(Measured::threads)).forEach(m ->
                parts.add(m.label() + ": " + Format.percent(m.lostFraction()) + " of updates lost"));
        return parts.isEmpty() ? "" : " Not drawn, wrong output: " + String.join("; ", parts) + ".";
    }

    /** Speedup over serial of every variant vs threads; empty when the case has no serial result. */
    private static java.util.Optional<XYChart> vsSerial(Analysis a, List<Measured> ms, String title) {
        java.util.Set<Measured> inCase = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inCase.addAll(ms);
        Map<String, List<Row>> byMethod = new TreeMap<>();
        for (Row r : a.rows()) {
            if (r.kind() == BaseKind.SERIAL && inCase.contains(r.x()) && r.x().threads() > 0) {
                byMethod.computeIfAbsent(r.x().method(), k -> new ArrayList<>()).add(r);
            }
        }
        if (byMethod.isEmpty()) {
            return java.util.Optional.empty();
        }
        int maxP = ms.stream().mapToInt(Measured::threads).max().orElse(1);
        XYChart c = ScalingCharts.threadChart(title, "speedup over serial T(serial)/T(p)", maxP, a.cores());
        List<double[]> suspect = new ArrayList<>();
        IntervalBars bars = new IntervalBars();
        for (Map.Entry<String, List<Row>> e : byMethod.entrySet()) {
            e.getValue().sort(Comparator.comparingInt(r -> r.x().threads()));
            ScalingCharts.rowSeries(c, e.getKey(), e.getValue(), Row::speedup, a, suspect, bars, "speedup over serial");
        }
        double top = Math.ceil(ChartStyle.log2(Math.max(maxP, Math.max(a.cores(), 2))));
        ChartStyle.referenceLine(c, "ideal S = p", new double[] {0, top}, new double[] {1, Math.pow(2, top)});
        double yMax = bars.axisTop(Math.pow(2, top));
        bars.draw(c, yMax);
        ScalingCharts.coreMarker(c, a.cores(), maxP, 0, yMax);
        ChartStyle.markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(yMax);
        return java.util.Optional.of(c);
    }

    /** Items/s (the pipeline's headline) of every queue vs threads, with the 95 % CI of the time. */
    private static XYChart throughput(Analysis a, List<Measured> ms, String label) {
        Map<String, List<Measured>> byMethod = new LinkedHashMap<>();
        ms.stream().filter(m -> !m.wrongOutput() && m.work().isPresent() && Double.isFinite(m.secondsPerOp()))
                .sorted(Comparator.comparing(Measured::method).thenComparingInt(Measured::threads))
                .forEach(m -> byMethod.computeIfAbsent(m.method(), k -> new ArrayList<>()).add(m));
        int maxP = ms.stream().mapToInt(m -> Math.max(1, m.threads())).max().orElse(1);
        String unit = ms.get(0).work().map(Work::primaryRateUnit).orElse("items/s");
        XYChart c = ScalingCharts.threadChart("Pipeline throughput by queue: " + label, unit + " (higher is better), 95 % CI",
                maxP, a.cores());
        double yMax = 0;
        List<double[]> suspect = new ArrayList<>();
        for (Map.Entry<String, List<Measured>> e : byMethod.entrySet()) {
            List<Measured> pts = e.getValue();
            double[] x = pts.stream().mapToDouble(m -> ChartStyle.log2(Math.max(1, m.threads()))).toArray();
            double[] y = pts.stream().mapToDouble(m -> m.work().get().primaryRate(m.secondsPerOp())).toArray();
            // Relative half-width of the time is (to first order) that of the rate.
            double[] err = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                var s = pts.get(i).nativeSample();
                err[i] = y[i] * ChartStyle.finiteOr0(s.halfWidth() / Math.abs(s.mean()));
                yMax = Math.max(yMax, y[i] + err[i]);
                if (a.checks().suspect(pts.get(i))) {
                    suspect.add(new double[] {x[i], y[i]});
                }
            }
            XYSeries s = c.addSeries(e.getKey(), x, y, err);
            ChartStyle.backendStyle(s, a, e.getKey());
            ChartMeta.tips(c, s, pts.stream().map(m -> ChartStyle.tip(a, m, Format.num(m.work().get().primaryRate(m.secondsPerOp()))
                    + " " + unit)).toList());
        }
        ScalingCharts.coreMarker(c, a.cores(), maxP, 0, yMax);
        ChartStyle.markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        return c;
    }
}
