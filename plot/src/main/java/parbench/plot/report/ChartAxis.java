package parbench.plot.report;

import static parbench.plot.report.ChartRenderer.AXIS;
import static parbench.plot.report.ChartRenderer.AXIS_GREY;
import static parbench.plot.report.ChartRenderer.GRID;
import static parbench.plot.report.ChartRenderer.MINOR_GRID;
import static parbench.plot.report.ChartRenderer.PAD;
import static parbench.plot.report.ChartRenderer.TICK;
import static parbench.plot.report.ChartRenderer.notEmpty;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.style.AxesChartStyler;
import parbench.plot.report.ChartCanvas.Anchor;

/**
 * A linear or log axis of a {@link ChartRenderer} chart mapped onto pixels [from, to] (to < from
 * for the vertical axis): its range, ticks and labels ({@link #of}), and the frame drawn from two
 * of them ({@link #frame}: plot background, grid, border, ticks, tick labels, axis titles).
 */
final class ChartAxis {
    final boolean log;
    double min;
    double max;
    double from;
    double to;
    final List<Double> ticks = new ArrayList<>();
    final List<String> labels = new ArrayList<>();
    final List<Double> minor = new ArrayList<>();

    ChartAxis(boolean log) {
        this.log = log;
    }

    double px(double v) {
        double t = log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) : (v - min) / (max - min);
        return from + t * (to - from);
    }

    boolean inside(double v) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    double labelWidth(Font f) {
        double w = 0;
        for (String l : labels) {
            w = Math.max(w, ChartCanvas.width(l, f));
        }
        return w;
    }

    /**
     * Range and ticks of an axis. Fixed ends (the styler's min/max) are kept; open ends move out
     * to the next tick on a linear axis, to the next decade on a log one.
     */
    static ChartAxis of(boolean log, double dataMin, double dataMax, Double fixedMin, Double fixedMax, int target,
                     double step, String pattern, Function<Double, String> labels) {
        ChartAxis a = new ChartAxis(log);
        if (!Double.isFinite(dataMin) || !Double.isFinite(dataMax)) {
            dataMin = log ? 1 : 0;
            dataMax = log ? 10 : 1;
        }
        if (log) {
            double lo = fixedMin != null && fixedMin > 0 ? fixedMin : Math.pow(10, Math.floor(Math.log10(dataMin)));
            double hi = fixedMax != null && fixedMax > 0 ? fixedMax : Math.pow(10, Math.ceil(Math.log10(dataMax)));
            if (!(hi > lo)) {
                hi = lo * 10;
            }
            a.min = lo;
            a.max = hi;
            int d0 = (int) Math.ceil(Math.log10(lo) - 1e-9);
            int d1 = (int) Math.floor(Math.log10(hi) + 1e-9);
            boolean few = d1 - d0 < 2;
            for (int d = (int) Math.floor(Math.log10(lo)); d <= d1; d++) {
                for (int m = 1; m < 10; m++) {
                    double v = m * Math.pow(10, d);
                    if (v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9)) {
                        continue;
                    }
                    if (m == 1 || (few && (m == 2 || m == 5))) {
                        a.ticks.add(v);
                        a.labels.add(labels != null ? labels.apply(v) : logLabel(v));
                    } else {
                        a.minor.add(v);
                    }
                }
            }
            return a;
        }
        double lo = fixedMin != null ? fixedMin : dataMin;
        double hi = fixedMax != null ? fixedMax : dataMax;
        if (!(hi > lo)) {
            double d = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            if (fixedMin == null) {
                lo -= d;
            }
            if (fixedMax == null || !(hi > lo)) {
                hi = lo + 2 * d;
            }
        }
        double s = Double.isFinite(step) ? step : nice((hi - lo) / Math.max(2, target));
        if (pattern != null && !pattern.contains(".")) {
            s = Math.max(1, Math.rint(s));
        }
        if (fixedMin == null) {
            lo = Math.floor(lo / s + 1e-9) * s;
        }
        if (fixedMax == null) {
            hi = Math.ceil(hi / s - 1e-9) * s;
        }
        a.min = lo;
        a.max = hi;
        DecimalFormat df = pattern != null ? new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)) : null;
        int decimals = decimals(s);
        for (long i = (long) Math.ceil(lo / s - 1e-9); i * s <= hi + s * 1e-9; i++) {
            double v = i * s;
            if (Math.abs(v) < s * 1e-9) {
                v = 0;
            }
            a.ticks.add(v);
            a.labels.add(labels != null ? labels.apply(v) : df != null ? df.format(v) : plain(v, decimals));
        }
        return a;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code x}. */
    static double nice(double x) {
        double e = Math.pow(10, Math.floor(Math.log10(x)));
        double f = x / e;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * e;
    }

    private static int decimals(double step) {
        for (int d = 0; d < 12; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 12;
    }

    private static String plain(double v, int decimals) {
        if (Math.abs(v) >= 1e7) {
            return parbench.plot.analysis.Format.num(v);
        }
        return BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String logLabel(double v) {
        int d = (int) Math.floor(Math.log10(v) + 1e-9);
        if (d > 6 || d < -5) {
            double m = v / Math.pow(10, d);
            return (Math.abs(m - 1) < 1e-9 ? "" : plain(m, decimals(Math.rint(m * 1000) / 1000)) + "·") + "1e" + d;
        }
        return new BigDecimal(Double.toString(v)).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Plot background, grid, border, ticks, tick labels and axis titles. */
    static void frame(ChartCanvas cv, AxesChartStyler st, ChartAxis xa, ChartAxis ya, String xTitle, String yTitle, boolean xTicks) {
        double left = xa.from;
        double right = xa.to;
        double top = ya.to;
        double bottom = ya.from;
        Color plotBg = st.getPlotBackgroundColor() == null ? Color.WHITE : st.getPlotBackgroundColor();
        cv.rect(left, top, right - left, bottom - top, plotBg, null, 0);
        BasicStroke thin = new BasicStroke(1f);
        boolean grid = st.isPlotGridLinesVisible();
        if (grid) {
            for (double v : ya.minor) {
                cv.polyline(new double[] {left, right}, new double[] {ya.px(v), ya.px(v)}, 2, MINOR_GRID, thin);
            }
            if (xTicks) {
                for (double v : xa.minor) {
                    cv.polyline(new double[] {xa.px(v), xa.px(v)}, new double[] {top, bottom}, 2, MINOR_GRID, thin);
                }
            }
            for (double v : ya.ticks) {
                cv.polyline(new double[] {left, right}, new double[] {ya.px(v), ya.px(v)}, 2, GRID, thin);
            }
            if (xTicks) {
                for (int i = 0; i < xa.ticks.size(); i++) {
                    if (!xa.labels.get(i).isBlank()) {
                        double x = xa.px(xa.ticks.get(i));
                        cv.polyline(new double[] {x, x}, new double[] {top, bottom}, 2, GRID, thin);
                    }
                }
            }
        }
        cv.rect(left, top, right - left, bottom - top, null, AXIS_GREY, 1f);
        double asc = TICK.getSize2D() * 0.75;
        for (int i = 0; i < ya.ticks.size(); i++) {
            double y = ya.px(ya.ticks.get(i));
            cv.polyline(new double[] {left - 4, left}, new double[] {y, y}, 2, AXIS_GREY, thin);
            if (!ya.labels.get(i).isBlank()) {
                cv.text(ya.labels.get(i).trim(), left - 6, y + asc / 2, TICK, Color.BLACK, Anchor.END, 0);
            }
        }
        if (xTicks) {
            for (int i = 0; i < xa.ticks.size(); i++) {
                if (xa.labels.get(i).isBlank()) {
                    continue;
                }
                double x = xa.px(xa.ticks.get(i));
                cv.polyline(new double[] {x, x}, new double[] {bottom, bottom + 4}, 2, AXIS_GREY, thin);
                cv.text(xa.labels.get(i).trim(), x, bottom + 6 + asc, TICK, Color.BLACK, Anchor.MIDDLE, 0);
            }
        }
        if (st.isXAxisTitleVisible() && notEmpty(xTitle)) {
            double y = xTicks ? bottom + 6 + TICK.getSize2D() * 1.3 + AXIS.getSize2D() + 2 : bottom + AXIS.getSize2D() + 4;
            cv.text(xTitle, (left + right) / 2, y, AXIS, Color.BLACK, Anchor.MIDDLE, 0);
        }
        if (st.isYAxisTitleVisible() && notEmpty(yTitle)) {
            Font f = AXIS;
            double room = bottom - top;
            double w = ChartCanvas.width(yTitle, f);
            if (w > room) {
                f = f.deriveFont((float) Math.max(7, Math.floor(f.getSize2D() * room / w * 10) / 10));
            }
            cv.text(yTitle, PAD + f.getSize2D(), (top + bottom) / 2, f, Color.BLACK, Anchor.MIDDLE, -90);
        }
    }
}
