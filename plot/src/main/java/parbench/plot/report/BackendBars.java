package parbench.plot.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import parbench.plot.analysis.Measured;

/** One bar per result of a case (mean with its 95 % CI), a log axis when bars span more than {@link #LOG_RATIO}. */
public final class BackendBars {

    private BackendBars() {
    }
    public static final int MAX_BARS = 24;
    /** A backend chart whose largest bar is more than this times its smallest gets a log y axis. */
    public static final double LOG_RATIO = 20;

    /** Bar chart of every backend in one case, in its unit, with 95 % CI error bars. */
    static CategoryChart backends(String title, List<Measured> ms, List<String> notes) {
        return backends(title, ms, notes, m -> false, m -> m.nativeSample().halfWidth());
    }

    /** Bar chart of every backend in one case; suspect results are labelled "(suspect)". */
    static CategoryChart backends(String title, List<Measured> ms, List<String> notes,
                                  java.util.function.Predicate<Measured> suspect,
                                  java.util.function.ToDoubleFunction<Measured> halfWidth) {
        return backends(title, ms, notes, suspect, halfWidth, null);
    }

    /**
     * Bar chart of every backend in one case, each bar in its backend's colour (over the whole
     * analysis {@code a} when given) with its interval drawn as mean ± half-width even on a log
     * axis, and a hover text per bar (mean, interval, forks, findings when {@code a} is given).
     */
    static CategoryChart backends(String title, List<Measured> ms, List<String> notes,
                                  java.util.function.Predicate<Measured> suspect,
                                  java.util.function.ToDoubleFunction<Measured> halfWidth,
                                  parbench.plot.analysis.Analysis a) {
        String unit = ms.get(0).r().unit();
        List<Measured> same = new ArrayList<>(ms);
        same.removeIf(m -> !m.r().unit().equals(unit));
        same.sort(Comparator.comparing(Measured::method).thenComparingInt(Measured::threads));
        if (same.size() > MAX_BARS) {
            notes.add("Backend chart for " + title + " shows the first " + MAX_BARS + " of " + same.size() + " results.");
            same = same.subList(0, MAX_BARS);
        }
        double[] y = same.stream().mapToDouble(m -> m.nativeSample().mean()).toArray();
        double[] e = same.stream().mapToDouble(m -> ChartStyle.finiteOr0(halfWidth.applyAsDouble(m))).toArray();
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
        CategoryChart c = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title("Backends: " + title)
                .xAxisTitle("backend").yAxisTitle("mean score (" + shown + (log ? ", log scale" : "") + ")"
                        + (ciDrawn ? ", 95 % CI" : ", CI not drawn (see tables)")
                        + (ms.get(0).higherBetter() ? ", higher is better" : ", lower is better")).build();
        c.getStyler().setLegendVisible(false);
        ChartStyle.fitTitle(c);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setXAxisLabelRotation(30);
        c.getStyler().setErrorBarsColor(Color.BLACK);
        c.getStyler().setDecimalPattern("#0.###");
        List<String> labels = new ArrayList<>();
        for (Measured m : same) {
            labels.add(m.wrongOutput() ? m.label() + " (wrong output)" : suspect.test(m) ? m.label() + " (suspect)" : m.label());
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
        var series = c.addSeries(shown, labels, bars, ciDrawn ? errs : null);
        // What the renderer draws: the interval itself (the error values above are XChart's decades).
        ChartMeta meta = ChartMeta.of(c);
        java.util.Map<String, Integer> own = ChartStyle.indexOf(same.stream().map(Measured::method).toList());
        meta.barColors = new ArrayList<>();
        for (Measured m : same) {
            int k = a != null ? ChartStyle.backendIndex(a, m.method()) : own.get(ChartStyle.family(m.method()));
            meta.barColors.add(ChartStyle.colorOf(k));
        }
        if (ciDrawn) {
            meta.barLow = new double[y.length];
            meta.barHigh = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                meta.barLow[i] = e[i] > 0 ? y[i] - e[i] : Double.NaN;
                meta.barHigh[i] = e[i] > 0 ? y[i] + e[i] : Double.NaN;
            }
        }
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < same.size(); i++) {
            Measured m = same.get(i);
            String v = "mean " + parbench.plot.analysis.Format.num(y[i]) + " " + shown
                    + (e[i] > 0 ? " ± " + parbench.plot.analysis.Format.num(e[i]) + " (95 %)" : " (no interval)");
            tips.add(a != null ? ChartStyle.tip(a, m, v) : m.label() + " · " + m.caseLabel() + "\n" + v
                    + "\nforks: " + m.nativeSample().n());
        }
        ChartMeta.tips(c, series, tips);
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
}
