package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Crossover;
import parbench.plot.analysis.Crossover.Criterion;
import parbench.plot.analysis.Crossover.Point;
import parbench.plot.analysis.Crossover.Verdict;
import parbench.plot.analysis.Format;

/**
 * The crossover of a problem-size sweep in the report ({@link Crossover}): the tables
 * {@code crossover.csv} (one verdict per case, criterion and thread count) and
 * {@code crossover-sizes.csv} (every size's ratio and interval), the report section, and one chart
 * per sweep case with the crossover sizes ringed. Nothing is added for a run without a sweep.
 */
public final class CrossoverReport {

    private CrossoverReport() {
    }

    /** The definition, printed above the tables (docs/report-reference.md says why). */
    public static final String DEFINITION = "Crossover: per thread count, the smallest measured size from which a "
            + "criterion holds at that size and at every larger measured size, judged on the fork-level 95 % "
            + "interval of the time ratio (Fieller). cost: the engine's extra time over forkjoin at the same threads "
            + "is below " + Format.percentExact(Crossover.COST_THRESHOLD) + " of forkjoin's time (upper bound of "
            + "engine/forkjoin < " + Format.num(1 + Crossover.COST_THRESHOLD) + "). pays: the engine at t workers beats "
            + "the best 1-thread time (upper bound of engine(t)/best(1) < 1). \"no crossover in the measured range\": "
            + "the largest size clearly fails (lower bound at or above the limit); \"not enough data\": its interval "
            + "straddles the limit or there is none (fewer than 2 forks).";

    /** crossover.csv: one row per verdict. */
    public static Table verdicts(List<Verdict> vs, boolean precise) {
        List<String> h = List.of("benchmark", "params", "criterion", "threads", "verdict", "crossover_size", "ratio",
                "ratio_ci_low", "ratio_ci_high", "limit", "against", "sizes");
        List<List<String>> rows = new ArrayList<>();
        for (Verdict v : vs) {
            Point p = v.crossoverIndex() < 0 ? null : v.points().get(v.crossoverIndex());
            rows.add(List.of(v.sweep().cls(), v.params().isEmpty() ? "-" : v.params(), v.criterion().id,
                    Integer.toString(v.threads()), precise ? v.kind().text : v.text(),
                    p == null ? "" : precise ? Tables.full(p.size()) : Crossover.sizeLabel(p.size()),
                    p == null ? "" : num(p.ratio().estimate(), precise),
                    p == null ? "" : num(p.ratio().low(), precise), p == null ? "" : num(p.ratio().high(), precise),
                    Format.num(v.criterion().limit()), p == null ? "" : p.base(), Integer.toString(v.points().size())));
        }
        return new Table("crossover", "Crossover (problem-size sweep)", h, rows);
    }

    /** crossover-sizes.csv: every size of every verdict. */
    public static Table sizes(List<Verdict> vs, boolean precise) {
        List<String> h = List.of("benchmark", "params", "criterion", "threads", "size", "ratio", "ratio_ci_low",
                "ratio_ci_high", "limit", "against", "status");
        List<List<String>> rows = new ArrayList<>();
        for (Verdict v : vs) {
            for (Point p : v.points()) {
                rows.add(List.of(v.sweep().cls(), v.params().isEmpty() ? "-" : v.params(), v.criterion().id,
                        Integer.toString(v.threads()), precise ? Tables.full(p.size()) : Crossover.sizeLabel(p.size()),
                        num(p.ratio().estimate(), precise), num(p.ratio().low(), precise),
                        num(p.ratio().high(), precise), Format.num(v.criterion().limit()), p.base(),
                        status(p.status())));
            }
        }
        return new Table("crossover-sizes", "Crossover: the ratio at every size (95 % CI)", h, rows);
    }

    private static String status(Crossover.Status s) {
        return switch (s) {
            case HOLDS -> "holds";
            case FAILS -> "fails";
            case UNRESOLVED -> "unresolved";
        };
    }

    private static String num(double v, boolean precise) {
        return precise ? Tables.full(v) : Format.num(v);
    }

    /** The report files of the crossover (empty without a sweep): crossover.csv and crossover-sizes.csv. */
    public static Map<String, String> csvFiles(Analysis a) {
        List<Verdict> vs = Crossover.of(a);
        Map<String, String> out = new LinkedHashMap<>();
        if (!vs.isEmpty()) {
            out.put("crossover.csv", TableWriters.csv(verdicts(vs, true)));
            out.put("crossover-sizes.csv", TableWriters.csv(sizes(vs, true)));
        }
        return out;
    }

    /** The report.md section, empty without a sweep. */
    public static String markdown(Analysis a) {
        List<Verdict> vs = Crossover.of(a);
        if (vs.isEmpty()) {
            return "";
        }
        return "\n## Crossover (problem-size sweep)\n\n" + DEFINITION + "\n\n" + TableWriters.markdown(verdicts(vs, false))
                + "\nEvery size (chart: `charts/" + String.join(".svg`, `charts/", stems(vs)) + ".svg`):\n\n"
                + TableWriters.markdown(sizes(vs, false));
    }

    /** The report.html section, empty without a sweep. */
    public static String html(Analysis a) {
        List<Verdict> vs = Crossover.of(a);
        if (vs.isEmpty()) {
            return "";
        }
        return "<h2 id=\"crossover\">Crossover (problem-size sweep)</h2>\n<p>" + TableWriters.escape(DEFINITION)
                + " The chart above (<code>charts/" + String.join(".svg</code>, <code>charts/", stems(vs))
                + ".svg</code>) rings each crossover.</p>\n" + TableWriters.html(verdicts(vs, false))
                + TableWriters.html(sizes(vs, false));
    }

    private static List<String> stems(List<Verdict> vs) {
        return byCase(vs).keySet().stream().map(CrossoverReport::stem).toList();
    }

    private static Map<String, List<Verdict>> byCase(List<Verdict> vs) {
        Map<String, List<Verdict>> out = new LinkedHashMap<>();
        for (Verdict v : vs) {
            out.computeIfAbsent(v.sweep().cls() + (v.params().isEmpty() ? "" : " " + v.params()),
                    k -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String stem(String caseKey) {
        return "crossover-" + Charts.slug(caseKey);
    }

    /** One chart per sweep case: every verdict's ratio against size, the limits, the crossovers ringed. */
    static List<Charts.Named> charts(Analysis a) {
        List<Charts.Named> out = new ArrayList<>();
        for (Map.Entry<String, List<Verdict>> e : byCase(Crossover.of(a)).entrySet()) {
            out.add(new Charts.Named(stem(e.getKey()), "Crossover: engine time over forkjoin at the same threads "
                    + "(solid) and over the best 1-thread time (dashed) against problem size, 95 % CI; ringed: "
                    + "the crossover (" + e.getKey() + ")", chart(e.getKey(), e.getValue())));
        }
        return out;
    }

    /** Ratios drawn as log2 on a linear axis (labelled with the ratio), so 1.1 and 10 both read well. */
    static XYChart chart(String title, List<Verdict> vs) {
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Crossover: " + title).xAxisTitle(vs.get(0).sweep().sizeParam() + " (log2 scale)")
                .yAxisTitle("time ratio (log2 scale), 95 % CI").build();
        ChartStyle.fitTitle(c);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setErrorBarsColorSeriesColor(true);
        c.setCustomXAxisTickLabelsFormatter(x -> {
            double r = Math.rint(x);
            return Math.abs(x - r) < 1e-6 ? "2^" + Math.round(r) : " ".repeat((int) Math.round((x + 1) * 16) + 1);
        });
        c.setCustomYAxisTickLabelsFormatter(y -> Format.num(Math.pow(2, y)));
        ChartMeta meta = ChartMeta.of(c);
        meta.xStep = 1;
        meta.xLabels = x -> Math.abs(x - Math.rint(x)) < 1e-6 ? "2^" + Math.round(Math.rint(x)) : "";
        meta.yLabels = y -> Format.num(Math.pow(2, y));
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        List<double[]> rings = new ArrayList<>();
        int k = 0;
        for (Verdict v : vs) {
            double[] x = v.points().stream().mapToDouble(p -> ChartStyle.log2(p.size())).toArray();
            double[] y = v.points().stream().mapToDouble(p -> ChartStyle.log2(p.ratio().estimate())).toArray();
            double[] low = v.points().stream().mapToDouble(p -> log2Bound(p, true)).toArray();
            double[] high = v.points().stream().mapToDouble(p -> log2Bound(p, false)).toArray();
            for (double xi : x) {
                xMin = Math.min(xMin, xi);
                xMax = Math.max(xMax, xi);
            }
            String name = (v.criterion() == Criterion.COST ? v.sweep().engine() + "/" + v.sweep().baseline()
                    : v.sweep().engine() + "/best 1-thread") + " t=" + v.threads() + ": " + v.text();
            XYSeries s = c.addSeries(name, x, y);
            meta.intervals.put(s, new double[][] {low, high});
            s.setMarker(ChartStyle.POINT_MARKERS[k % ChartStyle.POINT_MARKERS.length]);
            ChartStyle.colour(s, k++);
            if (v.criterion() == Criterion.PAYS) {
                s.setLineStyle(SeriesLines.DASH_DASH);
            }
            if (v.crossoverIndex() >= 0) {
                rings.add(new double[] {x[v.crossoverIndex()], y[v.crossoverIndex()]});
            }
        }
        limit(c, "limit: cost " + Format.num(1 + Crossover.COST_THRESHOLD), 1 + Crossover.COST_THRESHOLD,
                xMin, xMax, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        limit(c, "limit: pays 1", 1.0, xMin, xMax, SeriesLines.DOT_DOT);
        if (!rings.isEmpty()) {
            XYSeries r = c.addSeries("crossover", rings.stream().mapToDouble(p -> p[0]).toArray(),
                    rings.stream().mapToDouble(p -> p[1]).toArray());
            r.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            r.setMarker(new ChartStyle.Ring());
            r.setMarkerColor(Color.BLACK);
            r.setLineColor(Color.BLACK);
        }
        c.getStyler().setXAxisMin(xMin - 0.5);
        c.getStyler().setXAxisMax(xMax + 0.5);
        return c;
    }

    private static void limit(XYChart c, String name, double ratio, double xMin, double xMax, BasicStroke stroke) {
        XYSeries s = c.addSeries(name, new double[] {xMin - 0.5, xMax + 0.5},
                new double[] {ChartStyle.log2(ratio), ChartStyle.log2(ratio)});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Color.GRAY);
        s.setLineStyle(stroke);
    }

    /**
     * One end of the 95 % interval in log2 units, as measured: on the log2 axis a factor of 2 above
     * the estimate and one of 2 below it are the same length, and Fieller's intervals are not
     * symmetric (a bar made symmetric would claim a factor the data do not support). A low end at
     * or below zero is -Infinity (open below); NaN without an interval.
     */
    static double log2Bound(Point p, boolean low) {
        if (!p.ratio().hasInterval() || !(p.ratio().estimate() > 0)) {
            return Double.NaN;
        }
        double b = low ? p.ratio().low() : p.ratio().high();
        return b > 0 ? ChartStyle.log2(b) : low ? Double.NEGATIVE_INFINITY : Double.NaN;
    }
}
