package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.lines.SeriesLines;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Analysis.Row;
import parbench.plot.analysis.Analysis.Series;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Work;
import parbench.plot.stats.Ratio;

/**
 * Builds the report's charts as XChart objects (so tests can inspect series and axis titles)
 * and encodes them as PNG and SVG. Thread axes are log2: x is plotted as log2(p) and labelled
 * with p. To keep large inputs fast, at most {@link #MAX_CASES} cases get scaling charts and
 * at most {@link #MAX_BARS} bars appear in one comparison chart; the tables keep everything.
 */
public final class Charts {

    public static final int MAX_CASES = 8;
    /** Inputs with more results than this get fewer charts, so a 10,000-record report stays fast. */
    public static final int LARGE_INPUT = 1000;
    public static final int MAX_CASES_LARGE = 3;
    public static final int MAX_BARS = 24;
    /** A backend chart whose largest bar is more than this times its smallest gets a log y axis. */
    public static final double LOG_RATIO = 20;
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

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
                    speedup(e.getKey(), e.getValue(), a)));
            out.add(new Named("efficiency-" + stem, "Efficiency vs threads: " + e.getKey(),
                    efficiency(e.getKey(), e.getValue(), a)));
            out.add(new Named("time-" + stem, "Time vs threads: " + e.getKey(), time(e.getKey(), e.getValue(), a)));
            bestSpeedup(e.getKey(), e.getValue(), a).ifPresent(c -> out.add(new Named("speedup-best-" + stem,
                    "Speedup vs the best single-thread backend: " + e.getKey(), c)));
        }
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
                    backends(e.getKey(), e.getValue(), notes, a.checks()::suspect)));
        }
        roofline(a).ifPresent(c -> out.add(new Named("roofline", "Roofline: the largest case of each workload (threads ≤ cores)"
                + " against the calibrated FMA peak and stream_add bandwidth", c)));
        return out;
    }

    private static List<Series> orderedSeries(Analysis a) {
        List<Series> s = new ArrayList<>(a.series());
        s.sort(Comparator.comparing((Series x) -> Work.rank(Work.workloadOf(x.cls()))).thenComparing(Series::caseKey)
                .thenComparing(Series::method));
        return s;
    }

    static String slug(String s) {
        String x = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return x.length() > 80 ? x.substring(0, 80) : x;
    }

    /** Fixed colours so a backend's Amdahl line can share its data colour. */
    static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(255, 127, 14), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(23, 190, 207)};

    /** Roof colours: with solid/dashed alternating, 6 roofs stay distinct. */
    static final Color[] ROOF_GREYS = {Color.BLACK, new Color(100, 100, 100), new Color(160, 160, 160)};

    static final org.knowm.xchart.style.markers.Marker[] POINT_MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
        SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS};

    private static void colour(XYSeries s, int k) {
        s.setLineColor(PALETTE[k % PALETTE.length]);
        s.setMarkerColor(PALETTE[k % PALETTE.length]);
    }

    /** Legend name of the overlay that rings suspect points. */
    public static final String SUSPECT = "suspect (see Checks)";
    static final Color SUSPECT_RED = new Color(220, 0, 0);

    /** A hollow ring drawn around a point: marks it suspect without hiding it. */
    static final class Ring extends org.knowm.xchart.style.markers.Marker {
        @Override
        public void paint(java.awt.Graphics2D g, double x, double y, int size) {
            java.awt.Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(2.5f));
            double d = size * 2.4;
            g.draw(new java.awt.geom.Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
            g.setStroke(old);
        }
    }

    /** Adds the red-ring overlay over the suspect points (x, y); nothing when there are none. */
    static void markSuspect(XYChart c, List<double[]> points) {
        if (points.isEmpty()) {
            return;
        }
        XYSeries s = c.addSeries(SUSPECT, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(new Ring());
        s.setMarkerColor(SUSPECT_RED);
        s.setLineColor(SUSPECT_RED);
    }

    private static double log2(double p) {
        return Math.log(p) / Math.log(2);
    }

    private static XYChart threadChart(String title, String yTitle, int maxThreads, int cores) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("threads (log2 scale)").yAxisTitle(yTitle).build();
        AxesChartStyler st = c.getStyler();
        int top = Math.max(1, (int) Math.ceil(log2(Math.max(maxThreads, Math.max(cores, 2)))));
        st.setXAxisMin(-0.15);
        st.setXAxisMax(top + 0.15);
        // Label integer log2 ticks with p. Other ticks get unique all-blank labels: XChart drops
        // every label when two are equal (e.g. all empty), so blank ones differ in length.
        c.setCustomXAxisTickLabelsFormatter(x -> {
            double r = Math.rint(x);
            return Math.abs(x - r) < 1e-6 ? Long.toString(Math.round(Math.pow(2, r)))
                    : " ".repeat((int) Math.round((x + 1) * 16) + 1);
        });
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setErrorBarsColorSeriesColor(true);
        c.getStyler().setDecimalPattern("#0.###");
        return c;
    }

    private static int maxThreads(List<Series> ss) {
        return ss.stream().flatMap(s -> s.points().stream()).mapToInt(Measured::threads).max().orElse(1);
    }

    private static List<Row> selfRows(Analysis a, Series s) {
        Map<Measured, Row> self = new java.util.IdentityHashMap<>();
        for (Row r : a.rows()) {
            if (r.kind() == Analysis.BaseKind.SELF) {
                self.put(r.x(), r);
            }
        }
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

    /** Symmetric error bar covering the (possibly asymmetric) Fieller interval. */
    private static double err(Ratio r) {
        if (!r.hasInterval()) {
            return 0;
        }
        return Math.max(r.high() - r.estimate(), r.estimate() - r.low());
    }

    /**
     * Dotted vertical line at the core count; when the chart has points beyond it, the legend says
     * they are oversubscribed (they are also left out of the Amdahl fits and the roofline).
     */
    private static void coreMarker(XYChart c, int cores, int maxThreads, double yLow, double yHigh) {
        if (cores > 0) {
            String name = "cores = " + cores + (maxThreads > cores ? " (oversubscribed beyond)" : "");
            XYSeries m = c.addSeries(name, new double[] {log2(cores), log2(cores)},
                    new double[] {yLow, yHigh});
            m.setMarker(SeriesMarkers.NONE);
            m.setLineColor(Color.GRAY);
            m.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f));
        }
    }

    static XYChart speedup(String title, List<Series> ss, Analysis a) {
        int maxP = maxThreads(ss);
        int cores = a.cores();
        XYChart c = threadChart("Speedup vs same backend at 1 thread: " + title, "speedup S(p) = T(1)/T(p)", maxP, cores);
        double yMax = 1;
        int k = 0;
        List<double[]> suspect = new ArrayList<>();
        for (Series s : ss) {
            Color color = PALETTE[k++ % PALETTE.length];
            List<Row> rows = selfRows(a, s);
            if (rows.isEmpty()) {
                continue;
            }
            double[] x = rows.stream().mapToDouble(r -> log2(r.x().threads())).toArray();
            double[] y = rows.stream().mapToDouble(r -> r.speedup().estimate()).toArray();
            double[] e = rows.stream().mapToDouble(r -> err(r.speedup())).toArray();
            for (int i = 0; i < y.length; i++) {
                yMax = Math.max(yMax, y[i] + e[i]);
                if (suspect(a, rows.get(i))) {
                    suspect.add(new double[] {x[i], y[i]});
                }
            }
            XYSeries ser = c.addSeries(s.method(), x, y, e);
            ser.setMarker(SeriesMarkers.CIRCLE);
            ser.setLineColor(color);
            ser.setMarkerColor(color);
            int fitTop = fittedMaxThreads(s);
            if (s.fit().fitted() && fitTop >= 2) {
                // Drawn only over the thread counts the fit used (oversubscribed ones are left
                // out of it), and with f clamped at 0: a negative f (super-linear or noise)
                // makes 1/(f + (1 − f)/p) grow faster than p and diverge at p = 1 − 1/f.
                double drawnF = Math.max(0, s.fit().serialFraction());
                double top = log2(fitTop);
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
                f.setLineStyle(SeriesLines.DASH_DASH);
                f.setLineColor(color);
            }
        }
        double top = Math.pow(2, Math.ceil(log2(Math.max(maxP, Math.max(cores, 2)))));
        int n = (int) Math.round(log2(top)) + 1;
        double[] ix = new double[n];
        double[] iy = new double[n];
        for (int i = 0; i < n; i++) {
            ix[i] = i;
            iy[i] = Math.pow(2, i);
        }
        XYSeries ideal = c.addSeries("ideal S = p", ix, iy);
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineColor(Color.BLACK);
        ideal.setLineStyle(SeriesLines.DOT_DOT);
        yMax = Math.max(yMax, top);
        coreMarker(c, cores, maxP, 0, yMax);
        markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        return c;
    }

    /** A ratio is suspect when either of its results is. */
    private static boolean suspect(Analysis a, Row r) {
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
            if (r.kind() == Analysis.BaseKind.BEST_SINGLE && inCase.contains(r.x()) && r.x().threads() > 0) {
                byMethod.computeIfAbsent(r.x().method(), k -> new ArrayList<>()).add(r);
                base = r.base();
            }
        }
        if (byMethod.isEmpty()) {
            return Optional.empty();
        }
        int maxP = maxThreads(ss);
        XYChart c = threadChart("Speedup vs best single-thread backend (" + base.label() + "): " + title,
                "speedup T(best 1-thread)/T(p)", maxP, a.cores());
        double yMax = 1;
        int k = 0;
        List<double[]> suspect = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byMethod.entrySet()) {
            List<Row> rows = e.getValue();
            rows.sort(Comparator.comparingInt(r -> r.x().threads()));
            double[] x = rows.stream().mapToDouble(r -> log2(r.x().threads())).toArray();
            double[] y = rows.stream().mapToDouble(r -> r.speedup().estimate()).toArray();
            double[] err = rows.stream().mapToDouble(r -> err(r.speedup())).toArray();
            for (int i = 0; i < y.length; i++) {
                yMax = Math.max(yMax, y[i] + err[i]);
                if (suspect(a, rows.get(i))) {
                    suspect.add(new double[] {x[i], y[i]});
                }
            }
            XYSeries ser = c.addSeries(e.getKey(), x, y, err);
            ser.setMarker(SeriesMarkers.CIRCLE);
            colour(ser, k++);
        }
        double top = Math.ceil(log2(Math.max(maxP, Math.max(a.cores(), 2))));
        XYSeries one = c.addSeries("best single-thread = 1", new double[] {0, top}, new double[] {1, 1});
        one.setMarker(SeriesMarkers.NONE);
        one.setLineColor(Color.BLACK);
        one.setLineStyle(SeriesLines.DOT_DOT);
        coreMarker(c, a.cores(), maxP, 0, yMax);
        markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        return Optional.of(c);
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

    /** Three decimals (Locale.ROOT); tiny non-zero values keep significant digits instead of "0.000". */
    private static String fixed(double v) {
        if (v != 0 && Math.abs(v) < 0.0005) {
            return Format.num(v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static XYChart efficiency(String title, List<Series> ss, Analysis a) {
        int maxP = maxThreads(ss);
        XYChart c = threadChart("Efficiency vs threads: " + title, "efficiency E(p) = S(p)/p", maxP, a.cores());
        double yMax = 1.1;
        int k = 0;
        List<double[]> suspect = new ArrayList<>();
        for (Series s : ss) {
            List<Row> rows = selfRows(a, s);
            if (rows.isEmpty()) {
                continue;
            }
            double[] x = rows.stream().mapToDouble(r -> log2(r.x().threads())).toArray();
            double[] y = rows.stream().mapToDouble(r -> r.efficiency().estimate()).toArray();
            double[] e = rows.stream().mapToDouble(r -> err(r.efficiency())).toArray();
            for (int i = 0; i < y.length; i++) {
                yMax = Math.max(yMax, y[i] + e[i]);
                if (suspect(a, rows.get(i))) {
                    suspect.add(new double[] {x[i], y[i]});
                }
            }
            XYSeries ser = c.addSeries(s.method(), x, y, e);
            ser.setMarker(SeriesMarkers.CIRCLE);
            colour(ser, k++);
        }
        double top = Math.ceil(log2(Math.max(maxP, Math.max(a.cores(), 2))));
        XYSeries ideal = c.addSeries("ideal E = 1", new double[] {0, top}, new double[] {1, 1});
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineColor(Color.BLACK);
        ideal.setLineStyle(SeriesLines.DOT_DOT);
        coreMarker(c, a.cores(), maxP, 0, yMax);
        markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(Math.ceil(yMax * 10) / 10);
        return c;
    }

    static XYChart time(String title, List<Series> ss, Analysis a) {
        int maxP = maxThreads(ss);
        String unit = ss.get(0).points().get(0).r().unit();
        XYChart c = threadChart("Time vs threads: " + title, "mean score (" + unit + "), 95 % CI", maxP, a.cores());
        double yMax = 0;
        int k = 0;
        List<double[]> suspect = new ArrayList<>();
        for (Series s : ss) {
            List<Measured> pts = new ArrayList<>(s.points());
            pts.removeIf(p -> !p.r().unit().equals(unit));
            if (pts.isEmpty()) {
                continue;
            }
            double[] x = pts.stream().mapToDouble(p -> log2(p.threads())).toArray();
            double[] y = pts.stream().mapToDouble(p -> p.nativeSample().mean()).toArray();
            double[] e = pts.stream().mapToDouble(p -> finiteOr0(p.nativeSample().halfWidth())).toArray();
            for (int i = 0; i < y.length; i++) {
                yMax = Math.max(yMax, y[i] + e[i]);
                if (a.checks().suspect(pts.get(i))) {
                    suspect.add(new double[] {x[i], y[i]});
                }
            }
            XYSeries ser = c.addSeries(s.method(), x, y, e);
            ser.setMarker(SeriesMarkers.CIRCLE);
            colour(ser, k++);
        }
        coreMarker(c, a.cores(), maxP, 0, yMax);
        markSuspect(c, suspect);
        c.getStyler().setYAxisMin(0.0);
        return c;
    }

    private static double finiteOr0(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /** Bar chart of every backend in one case, in its unit, with 95 % CI error bars. */
    static CategoryChart backends(String title, List<Measured> ms, List<String> notes) {
        return backends(title, ms, notes, m -> false);
    }

    /** Bar chart of every backend in one case; suspect results are labelled "(suspect)". */
    static CategoryChart backends(String title, List<Measured> ms, List<String> notes,
                                  java.util.function.Predicate<Measured> suspect) {
        String unit = ms.get(0).r().unit();
        List<Measured> same = new ArrayList<>(ms);
        same.removeIf(m -> !m.r().unit().equals(unit));
        same.sort(Comparator.comparing(Measured::method).thenComparingInt(Measured::threads));
        if (same.size() > MAX_BARS) {
            notes.add("Backend chart for " + title + " shows the first " + MAX_BARS + " of " + same.size() + " results.");
            same = same.subList(0, MAX_BARS);
        }
        double[] y = same.stream().mapToDouble(m -> m.nativeSample().mean()).toArray();
        double[] e = same.stream().mapToDouble(m -> finiteOr0(m.nativeSample().halfWidth())).toArray();
        double lo = java.util.Arrays.stream(y).min().orElse(1);
        double hi = java.util.Arrays.stream(y).max().orElse(1);
        // Bars spanning more than LOG_RATIO: a log axis keeps the small ones readable.
        boolean log = lo > 0 && hi / lo > LOG_RATIO;
        String shown = unit;
        boolean ciDrawn = true;
        if (log && lo <= 1) {
            // XChart 3.8 draws a log-axis error bar at the axis bottom for values ≤ 1, so show
            // times in a smaller unit (ms/op → us/op …) where every bar is above 1.
            String smaller = smallerTimeUnit(unit, lo);
            if (smaller != null) {
                double f = parbench.plot.model.Units.toCanonical(unit) / parbench.plot.model.Units.toCanonical(smaller);
                for (int i = 0; i < y.length; i++) {
                    y[i] *= f;
                    e[i] *= f;
                }
                shown = smaller;
            } else {
                ciDrawn = false;
            }
        }
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title("Backends: " + title)
                .xAxisTitle("backend").yAxisTitle("mean score (" + shown + (log ? ", log scale" : "") + ")"
                        + (ciDrawn ? ", 95 % CI" : ", CI not drawn (see tables)")
                        + (ms.get(0).higherBetter() ? ", higher is better" : ", lower is better")).build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setXAxisLabelRotation(30);
        c.getStyler().setErrorBarsColor(Color.BLACK);
        c.getStyler().setDecimalPattern("#0.###");
        List<String> labels = new ArrayList<>();
        for (Measured m : same) {
            labels.add(suspect.test(m) ? m.label() + " (suspect)" : m.label());
        }
        List<Double> bars = new ArrayList<>();
        List<Double> errs = new ArrayList<>();
        if (log) {
            // XChart draws a log-axis error bar as ±log10(value) decades around the bar top, so
            // pass 10^d where d (decades) covers the whole interval; an interval reaching 0 or
            // below is drawn one decade down.
            double minLog = Double.MAX_VALUE;
            double maxLog = -Double.MAX_VALUE;
            for (int i = 0; i < y.length; i++) {
                double up = Math.log10((y[i] + e[i]) / y[i]);
                double down = y[i] - e[i] > 0 ? Math.log10(y[i] / (y[i] - e[i])) : 1.0;
                double d = Math.max(up, down);
                bars.add(y[i]);
                errs.add(Math.pow(10, d));
                minLog = Math.min(minLog, Math.log10(y[i]) - d);
                maxLog = Math.max(maxLog, Math.log10(y[i]) + d);
            }
            c.getStyler().setYAxisLogarithmic(true);
            c.getStyler().setYAxisMin(Math.pow(10, Math.floor(minLog)));
            c.getStyler().setYAxisMax(Math.pow(10, Math.ceil(maxLog)));
        } else {
            for (int i = 0; i < y.length; i++) {
                bars.add(y[i]);
                errs.add(e[i]);
            }
        }
        c.addSeries(shown, labels, bars, ciDrawn ? errs : null);
        return c;
    }

    /** The first of ms, us, ns per op below {@code unit} in which {@code value} exceeds 1, or null. */
    static String smallerTimeUnit(String unit, double value) {
        if (!parbench.plot.model.Units.isTimePerOp(unit)) {
            return null;
        }
        double from = parbench.plot.model.Units.toCanonical(unit);
        for (String u : List.of("s/op", "ms/op", "us/op", "ns/op")) {
            double to = parbench.plot.model.Units.toCanonical(u);
            if (to < from && value * from / to > 1) {
                return u;
            }
        }
        return null;
    }

    /**
     * Log-log roofline: one roof per thread count having both calibrations, min(peak, AI·BW);
     * one point series per backend label, each point a workload at its compulsory-traffic
     * intensity. Monte Carlo is compute-only (no traffic) and is listed in the text instead.
     */
    static Optional<XYChart> roofline(Analysis a) {
        SortedMap<Integer, Double> fma = a.calibration().fmaGflops();
        SortedMap<Integer, Double> bw = a.calibration().streamAddGBs();
        if (fma.isEmpty() && bw.isEmpty()) {
            return Optional.empty();
        }
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Roofline (calibrated in this run)")
                .xAxisTitle("arithmetic intensity (flop/byte, compulsory traffic)").yAxisTitle("GFLOP/s").build();
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        double xMin = 0.01;
        double xMax = 1000;
        TreeSet<Integer> ts = new TreeSet<>(fma.keySet());
        ts.addAll(bw.keySet());
        double yMin = Double.MAX_VALUE;
        int roofs = 0;
        for (int t : ts) {
            if (a.cores() > 0 && t > a.cores()) {
                continue; // an oversubscribed calibration is not a roof of this machine
            }
            Double peak = fma.get(t);
            Double b = bw.get(t);
            int n = 60;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = xMin * Math.pow(xMax / xMin, i / (double) (n - 1));
                double mem = b == null ? Double.POSITIVE_INFINITY : x[i] * b;
                y[i] = Math.min(peak == null ? Double.POSITIVE_INFINITY : peak, mem);
            }
            if (!Double.isFinite(y[0])) {
                continue;
            }
            yMin = Math.min(yMin, y[0]);
            XYSeries roof = c.addSeries("roof t=" + t + " (" + (peak == null ? "no fma_peak" : Format.num(peak) + " GFLOP/s")
                    + ", " + (b == null ? "no stream_add" : Format.num(b) + " GB/s") + ")", x, y);
            roof.setMarker(SeriesMarkers.NONE);
            // Roofs in grey shades so they never share a colour with a backend's points.
            roof.setLineColor(ROOF_GREYS[roofs % ROOF_GREYS.length]);
            roof.setLineStyle(roofs++ % 2 == 0 ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        }
        // Only the largest case of each workload: in-cache sizes would sit above the DRAM roof.
        Map<String, Double> largest = new TreeMap<>();
        List<Measured> placed = new ArrayList<>();
        for (Measured m : a.measured()) {
            if (m.work().isEmpty() || Work.workloadOf(m.cls()).equals("calibration")
                    || m.work().get().flop() <= 0 || m.work().get().bytes() <= 0 || !Double.isFinite(m.secondsPerOp())
                    || (a.cores() > 0 && m.threads() > a.cores())) {
                continue;
            }
            placed.add(m);
            largest.merge(m.work().get().workload(), m.work().get().flop(), Math::max);
        }
        Map<String, List<double[]>> byLabel = new TreeMap<>();
        List<double[]> suspect = new ArrayList<>();
        for (Measured m : placed) {
            if (m.work().get().flop() < largest.get(m.work().get().workload())) {
                continue;
            }
            Work w = m.work().get();
            double g = w.gflops(m.secondsPerOp());
            byLabel.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(new double[] {w.intensity(), g});
            if (a.checks().suspect(m)) {
                suspect.add(new double[] {w.intensity(), g});
            }
            yMin = Math.min(yMin, g);
        }
        int idx = 0;
        for (Map.Entry<String, List<double[]>> e : byLabel.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(p -> p[1]).toArray();
            XYSeries s = c.addSeries(e.getKey(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            // XChart's default theme repeats near-identical colour/marker pairs (yellow and
            // orange crosses) and includes light grey; 8 colours × 7 markers stay distinct for 56.
            colour(s, idx);
            s.setMarker(POINT_MARKERS[idx % POINT_MARKERS.length]);
            idx++;
        }
        markSuspect(c, suspect);
        c.getStyler().setXAxisMin(xMin);
        c.getStyler().setXAxisMax(xMax);
        c.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.max(1e-3, yMin)))));
        return Optional.of(c);
    }

    /** PNG bytes of a chart. */
    public static byte[] png(Chart<?, ?> c) throws IOException {
        // ImageIO's default deflate level made PNG encoding the largest cost of a report; a
        // fast level makes files ~20 % larger and encoding several times faster.
        java.awt.image.BufferedImage img = BitmapEncoder.getBufferedImage(c);
        javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(PNG_QUALITY);
            w.write(null, new javax.imageio.IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    /** ImageIO PNG "quality": 1 = fastest deflate, 0 = smallest file. */
    static float PNG_QUALITY = 0.9f;

    /**
     * SVG bytes of a chart (VectorGraphics2D). VectorGraphics2D draws text as glyph outlines, so
     * a {@code <title>} and {@code <desc>} (chart title, axis titles, series names) are added
     * after the root element: screen readers and text search then find what the chart shows.
     */
    public static byte[] svg(Chart<?, ?> c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(c, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        String svg = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            return out.toByteArray();
        }
        String meta = "\n  <title>" + TableWriters.escape(c.getTitle()) + "</title>\n  <desc>x axis: "
                + TableWriters.escape(c.getXAxisTitle()) + "; y axis: " + TableWriters.escape(c.getYAxisTitle())
                + "; series: " + TableWriters.escape(String.join(", ", c.getSeriesMap().keySet())) + "</desc>";
        return (svg.substring(0, end + 1) + meta + svg.substring(end + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
