package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.lines.SeriesLines;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.BaseKind;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Series;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.stats.GustafsonFit;
import parbench.plot.stats.Ratio;

/**
 * Charts over thread counts (x plotted as log2(p), labelled with p): speedup with the Amdahl fit
 * (strong scaling) or Gustafson's law (weak scaling), efficiency, time, and the speedup against
 * the best single-thread backend.
 */
public final class ScalingCharts {

    private ScalingCharts() {
    }

    static XYChart threadChart(String title, String yTitle, int maxThreads, int cores) {
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle("threads (log2 scale)").yAxisTitle(yTitle).build();
        ChartStyle.fitTitle(c);
        AxesChartStyler st = c.getStyler();
        int top = Math.max(1, (int) Math.ceil(ChartStyle.log2(Math.max(maxThreads, Math.max(cores, 2)))));
        st.setXAxisMin(-0.15);
        st.setXAxisMax(top + 0.15);
        // Label integer log2 ticks with p. Other ticks get unique all-blank labels: XChart drops
        // every label when two are equal (e.g. all empty), so blank ones differ in length.
        c.setCustomXAxisTickLabelsFormatter(x -> {
            double r = Math.rint(x);
            return Math.abs(x - r) < 1e-6 ? Long.toString(Math.round(Math.pow(2, r)))
                    : " ".repeat((int) Math.round((x + 1) * 16) + 1);
        });
        ChartMeta meta = ChartMeta.of(c);
        meta.xStep = 1; // one tick per doubling, labelled with p
        meta.xLabels = x -> Math.abs(x - Math.rint(x)) < 1e-6 ? Long.toString(Math.round(Math.pow(2, Math.rint(x)))) : "";
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setErrorBarsColorSeriesColor(true);
        c.getStyler().setDecimalPattern("#0.###");
        return c;
    }

    static int maxThreads(List<Series> ss) {
        return ss.stream().flatMap(s -> s.points().stream()).mapToInt(Measured::threads).max().orElse(1);
    }

    /** Each analysis' SELF rows by their point (built once: every series of every chart looks here). */
    private static final Map<Analysis, Map<Measured, Row>> SELF =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static List<Row> selfRows(Analysis a, Series s) {
        Map<Measured, Row> self = SELF.computeIfAbsent(a, k -> {
            Map<Measured, Row> m = new java.util.IdentityHashMap<>();
            for (Row r : k.rows()) {
                if (r.kind() == BaseKind.SELF) {
                    m.put(r.x(), r);
                }
            }
            return m;
        });
        List<Row> out = new ArrayList<>();
        for (Measured p : s.points()) {
            Row r = self.get(p);
            if (r != null) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(r -> r.x().threads()));
        return out;
    }

    /**
     * Dotted vertical line at the core count; when the chart has points beyond it, the legend says
     * they are oversubscribed (they are also left out of the Amdahl fits and the roofline).
     */
    static void coreMarker(XYChart c, int cores, int maxThreads, double yLow, double yHigh) {
        if (cores > 0) {
            String name = "cores = " + cores + (maxThreads > cores ? " (oversubscribed beyond)" : "");
            XYSeries m = c.addSeries(name, new double[] {ChartStyle.log2(cores), ChartStyle.log2(cores)},
                    new double[] {yLow, yHigh});
            m.setMarker(SeriesMarkers.NONE);
            m.setLineColor(Color.GRAY);
            m.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f));
        }
    }

    static XYChart speedup(String title, List<Series> ss, Analysis a) {
        int maxP = maxThreads(ss);
        int cores = a.cores();
        boolean weak = ss.stream().allMatch(Series::weak);
        XYChart c = weak
                ? threadChart("Scaled speedup: " + title,
                        "scaled speedup S(p) = (W(p)/W(1))·T(1)/T(p)", maxP, cores)
                : threadChart("Speedup vs same backend at 1 thread: " + title, "speedup S(p) = T(1)/T(p)", maxP, cores);
        List<double[]> suspect = new ArrayList<>();
        IntervalBars bars = new IntervalBars();
        for (Series s : ss) {
            Color color = ChartStyle.colorOf(ChartStyle.backendIndex(a, s.method()));
            List<Row> rows = selfRows(a, s);
            if (rows.isEmpty()) {
                continue;
            }
            double[] x = rows.stream().mapToDouble(r -> ChartStyle.log2(r.x().threads())).toArray();
            double[] y = rows.stream().mapToDouble(r -> r.speedup().estimate()).toArray();
            for (int i = 0; i < y.length; i++) {
                bars.add(x[i], rows.get(i).speedup(), color);
                if (suspect(a, rows.get(i))) {
                    suspect.add(new double[] {x[i], y[i]});
                }
            }
            XYSeries ser = c.addSeries(s.method(), x, y);
            ChartStyle.backendStyle(ser, a, s.method());
            ChartMeta.tips(c, ser, rows.stream().map(r -> ChartStyle.tip(a, r.x(), r.base(),
                    weak ? "scaled speedup" : "speedup", r.speedup())).toList());
            int fitTop = fittedMaxThreads(s);
            if (s.weak() && s.gustafson().fitted() && fitTop >= 2) {
                // Gustafson's law S = p − f(p − 1) is a straight line in p: drawn where it was fitted.
                double top = ChartStyle.log2(fitTop);
                int n = 40;
                double[] fx = new double[n];
                double[] fy = new double[n];
                for (int i = 0; i < n; i++) {
                    fx[i] = top * i / (n - 1);
                    fy[i] = s.gustafson().predictedSpeedup(Math.pow(2, fx[i]));
                }
                GustafsonFit g = s.gustafson();
                XYSeries f = c.addSeries(gustafsonLabel(s.method(), g.serialFraction(), g.low(), g.high()), fx, fy);
                f.setMarker(SeriesMarkers.NONE);
                f.setLineStyle(ChartStyle.FIT_LINE);
                f.setLineColor(color);
            } else if (!s.weak() && s.fit().fitted() && fitTop >= 2) {
                // Drawn only over the thread counts the fit used (oversubscribed ones are left
                // out of it), and with f clamped at 0: a negative f (super-linear or noise)
                // makes 1/(f + (1 − f)/p) grow faster than p and diverge at p = 1 − 1/f.
                double drawnF = Math.max(0, s.fit().serialFraction());
                double top = ChartStyle.log2(fitTop);
                int n = 40;
                double[] fx = new double[n];
                double[] fy = new double[n];
                for (int i = 0; i < n; i++) {
                    fx[i] = top * i / (n - 1);
                    fy[i] = amdahl(drawnF, Math.pow(2, fx[i]));
                }
                XYSeries f = c.addSeries(amdahlLabel(s.method(), s.fit().serialFraction(), s.fit().low(),
                        s.fit().high()), fx, fy);
                // Same text in the legend on short lines, so the legend does not squeeze the plot.
                f.setLabel(amdahlLegend(s.method(), s.fit().serialFraction(), s.fit().low(), s.fit().high()));
                f.setMarker(SeriesMarkers.NONE);
                f.setLineStyle(ChartStyle.FIT_LINE);
                f.setLineColor(color);
            }
        }
        double top = Math.pow(2, Math.ceil(ChartStyle.log2(Math.max(maxP, Math.max(cores, 2)))));
        int n = (int) Math.round(ChartStyle.log2(top)) + 1;
        double[] ix = new double[n];
        double[] iy = new double[n];
        for (int i = 0; i < n; i++) {
            ix[i] = i;
            iy[i] = Math.pow(2, i);
        }
        ChartStyle.referenceLine(c, "ideal S = p", ix, iy);
        double yMax = bars.axisTop(top);
        bars.draw(c, yMax);
        coreMarker(c, cores, maxP, 0, yMax);
        ChartStyle.markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(yMax);
        return c;
    }

    /** A ratio is suspect when either of its results is. */
    static boolean suspect(Analysis a, Row r) {
        return a.checks().suspect(r.x()) || a.checks().suspect(r.base());
    }

    /**
     * Speedup of every backend of a case over the case's best single-thread result (the honest
     * base for "how much faster"), with Fieller intervals; empty when the case has no such base.
     */
    static Optional<XYChart> bestSpeedup(String title, List<Series> ss, Analysis a) {
        Map<String, List<Row>> byMethod = new TreeMap<>();
        Measured base = null;
        java.util.Set<Measured> inCase = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Series s : ss) {
            inCase.addAll(s.points());
        }
        for (Row r : a.rows()) {
            if (r.kind() == BaseKind.BEST_SINGLE && inCase.contains(r.x()) && r.x().threads() > 0) {
                byMethod.computeIfAbsent(r.x().method(), k -> new ArrayList<>()).add(r);
                base = r.base();
            }
        }
        if (byMethod.isEmpty()) {
            return Optional.empty();
        }
        int maxP = maxThreads(ss);
        XYChart c = threadChart("Speedup vs best single-thread backend (" + base.label() + "): " + title,
                ss.stream().allMatch(Series::weak) ? "scaled speedup (W(p)/W(1))·T(best 1-thread)/T(p)"
                        : "speedup T(best 1-thread)/T(p)", maxP, a.cores());
        List<double[]> suspect = new ArrayList<>();
        IntervalBars bars = new IntervalBars();
        for (Map.Entry<String, List<Row>> e : byMethod.entrySet()) {
            e.getValue().sort(Comparator.comparingInt(r -> r.x().threads()));
            rowSeries(c, e.getKey(), e.getValue(), Row::speedup, a, suspect, bars, "speedup vs " + base.label());
        }
        double top = Math.ceil(ChartStyle.log2(Math.max(maxP, Math.max(a.cores(), 2))));
        ChartStyle.referenceLine(c, "best single-thread = 1", new double[] {0, top}, new double[] {1, 1});
        double yMax = bars.axisTop(1.2);
        bars.draw(c, yMax);
        coreMarker(c, a.cores(), maxP, 0, yMax);
        ChartStyle.markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(yMax);
        return Optional.of(c);
    }

    /**
     * Adds one series of ratios (rows sorted by threads) in its backend's colour and marker, its
     * (asymmetric) intervals to {@code bars}, its suspect points to {@code suspect}, and a hover
     * text per point ({@code what}, the value, its interval, forks and findings).
     */
    static void rowSeries(XYChart c, String name, List<Row> rows, java.util.function.Function<Row, Ratio> ratio,
                          Analysis a, List<double[]> suspect, IntervalBars bars, String what) {
        double[] x = rows.stream().mapToDouble(r -> ChartStyle.log2(r.x().threads())).toArray();
        double[] y = rows.stream().mapToDouble(r -> ratio.apply(r).estimate()).toArray();
        Color color = ChartStyle.colorOf(ChartStyle.backendIndex(a, name));
        for (int i = 0; i < y.length; i++) {
            bars.add(x[i], ratio.apply(rows.get(i)), color);
            if (suspect(a, rows.get(i))) {
                suspect.add(new double[] {x[i], y[i]});
            }
        }
        XYSeries ser = c.addSeries(name, x, y);
        ChartStyle.backendStyle(ser, a, name);
        ChartMeta.tips(c, ser, rows.stream().map(r -> ChartStyle.tip(a, r.x(), r.base(), what, ratio.apply(r))).toList());
    }

    /** Largest thread count that entered the series' Amdahl fit (oversubscribed ones did not). */
    static int fittedMaxThreads(Series s) {
        return s.points().stream().mapToInt(Measured::threads).filter(p -> !s.excluded().contains(p)).max().orElse(0);
    }

    /** Amdahl speedup 1/(f + (1 − f)/p). */
    static double amdahl(double f, double p) {
        return 1.0 / (f + (1 - f) / p);
    }

    /**
     * Legend of a fit: the fitted f with its 95 % interval, and the f the curve is drawn with
     * when that differs (negative f is drawn as 0).
     */
    static String amdahlLabel(String method, double f, double low, double high) {
        String ci = Double.isFinite(low) && Double.isFinite(high) ? " [" + fixed(low) + ", " + fixed(high) + "]" : "";
        return method + " Amdahl fit f=" + fixed(f) + ci + (f < 0 ? " (drawn with f=0)" : "");
    }

    /** {@link #amdahlLabel} as a legend entry on up to three lines: the fitted f, its interval, how it is drawn. */
    static String amdahlLegend(String method, double f, double low, double high) {
        String ci = Double.isFinite(low) && Double.isFinite(high)
                ? "\n  95 % CI [" + fixed(low) + ", " + fixed(high) + "]" : "";
        return method + " Amdahl fit f=" + fixed(f) + ci + (f < 0 ? "\n  (drawn with f=0)" : "");
    }

    /** Legend of a Gustafson fit: "forkjoin Gustafson S=p−f(p−1) f=0.050 [0.010, 0.090]". */
    static String gustafsonLabel(String method, double f, double low, double high) {
        String ci = Double.isFinite(low) && Double.isFinite(high) ? " [" + fixed(low) + ", " + fixed(high) + "]" : "";
        return method + " Gustafson S=p−f(p−1) f=" + fixed(f) + ci;
    }

    /** Three decimals (Locale.ROOT); tiny non-zero values keep significant digits instead of "0.000". */
    static String fixed(double v) {
        if (v != 0 && Math.abs(v) < 0.0005) {
            return Format.num(v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static XYChart efficiency(String title, List<Series> ss, Analysis a) {
        int maxP = maxThreads(ss);
        XYChart c = ss.stream().allMatch(Series::weak)
                ? threadChart("Weak-scaling efficiency vs threads: " + title, "weak efficiency E(p) = T(1)/T(p) (work ∝ p)",
                        maxP, a.cores())
                : threadChart("Efficiency vs threads: " + title, "efficiency E(p) = S(p)/p", maxP, a.cores());
        List<double[]> suspect = new ArrayList<>();
        IntervalBars bars = new IntervalBars();
        for (Series s : ss) {
            List<Row> rows = selfRows(a, s);
            if (!rows.isEmpty()) {
                rowSeries(c, s.method(), rows, Row::efficiency, a, suspect, bars, "efficiency");
            }
        }
        double top = Math.ceil(ChartStyle.log2(Math.max(maxP, Math.max(a.cores(), 2))));
        ChartStyle.referenceLine(c, "ideal E = 1", new double[] {0, top}, new double[] {1, 1});
        double yMax = Math.ceil(bars.axisTop(1.1) * 10) / 10;
        bars.draw(c, yMax);
        coreMarker(c, a.cores(), maxP, 0, yMax);
        ChartStyle.markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(yMax);
        return c;
    }

    static XYChart time(String title, List<Series> ss, Analysis a) {
        int maxP = maxThreads(ss);
        String unit = ss.get(0).points().get(0).r().unit();
        XYChart c = threadChart("Time vs threads: " + title, "mean score (" + unit + "), 95 % CI", maxP, a.cores());
        double yMax = 0;
        List<double[]> suspect = new ArrayList<>();
        for (Series s : ss) {
            List<Measured> pts = new ArrayList<>(s.points());
            pts.removeIf(p -> !p.r().unit().equals(unit));
            if (pts.isEmpty()) {
                continue;
            }
            double[] x = pts.stream().mapToDouble(p -> ChartStyle.log2(p.threads())).toArray();
            double[] y = pts.stream().mapToDouble(p -> p.nativeSample().mean()).toArray();
            double[] e = pts.stream().mapToDouble(p -> ChartStyle.finiteOr0(a.timeHalfWidth(p))).toArray();
            for (int i = 0; i < y.length; i++) {
                yMax = Math.max(yMax, y[i] + e[i]);
                if (a.checks().suspect(pts.get(i))) {
                    suspect.add(new double[] {x[i], y[i]});
                }
            }
            XYSeries ser = c.addSeries(s.method(), x, y, e);
            ChartStyle.backendStyle(ser, a, s.method());
            ChartMeta.tips(c, ser, pts.stream().map(p -> ChartStyle.tip(a, p, "mean " + Format.num(p.nativeSample().mean())
                    + " " + unit + (Double.isFinite(a.timeHalfWidth(p)) ? " ± " + Format.num(a.timeHalfWidth(p)) + " (95 %)"
                    : " (no interval)"))).toList());
        }
        coreMarker(c, a.cores(), maxP, 0, yMax);
        ChartStyle.markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        return c;
    }
}
