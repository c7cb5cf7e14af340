package parbench.plot.report;

import static parbench.plot.report.ChartRenderer.AXIS;
import static parbench.plot.report.ChartRenderer.AXIS_GREY;
import static parbench.plot.report.ChartRenderer.PAD;
import static parbench.plot.report.ChartRenderer.TICK;
import static parbench.plot.report.ChartRenderer.notEmpty;
import static parbench.plot.report.ChartRenderer.yPattern;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.AxesChartStyler;
import parbench.plot.report.ChartCanvas.Anchor;

/**
 * The bars of a {@link ChartRenderer} category chart (one bar per category, its colour from
 * {@link ChartMeta#barColors}, its interval from {@link ChartMeta#barLow}/{@code barHigh} or the
 * series' error values) and the interval bar that XY charts draw too.
 */
final class ChartBars {

    private ChartBars() {
    }

    static void draw(CategoryChart c, ChartMeta meta, ChartCanvas cv, double top) {
        AxesChartStyler st = c.getStyler();
        List<CategorySeries> series = new ArrayList<>(c.getSeriesMap().values());
        if (series.isEmpty()) {
            return;
        }
        CategorySeries s = series.get(0);
        List<String> cats = new ArrayList<>();
        for (Object o : s.getXData()) {
            cats.add(String.valueOf(o));
        }
        int n = cats.size();
        double[] y = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean log = st.isYAxisLogarithmic();
        List<Number> ys = new ArrayList<>(s.getYData());
        List<Number> es = s.getExtraValues() == null ? null : new ArrayList<>(s.getExtraValues());
        double y0 = log ? Double.POSITIVE_INFINITY : 0;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            y[i] = ys.get(i).doubleValue();
            if (meta.barLow != null) {
                lo[i] = meta.barLow[i];
                hi[i] = meta.barHigh[i];
            } else if (es != null) {
                double e = es.get(i).doubleValue();
                lo[i] = log ? y[i] / e : y[i] - e; // XChart's reading of a log-axis error value: decades
                hi[i] = log ? y[i] * e : y[i] + e;
            } else {
                lo[i] = Double.NaN;
                hi[i] = Double.NaN;
            }
            if (Double.isFinite(y[i]) && (!log || y[i] > 0)) {
                y0 = Math.min(y0, y[i]);
                y1 = Math.max(y1, y[i]);
            }
            if (Double.isFinite(hi[i])) {
                y1 = Math.max(y1, hi[i]);
            }
        }
        double rot = Math.toRadians(st.getXAxisLabelRotation());
        double labelW = 0;
        for (String cat : cats) {
            labelW = Math.max(labelW, ChartCanvas.width(cat, TICK));
        }
        double labelH = labelW * Math.sin(rot) + TICK.getSize2D() * Math.cos(rot) + 4;
        double bottomRoom = PAD + (st.isXAxisTitleVisible() && notEmpty(c.getXAxisTitle()) ? AXIS.getSize2D() * 1.3 + 4 : 0)
                + labelH + 8;
        double plotBottom = c.getHeight() - bottomRoom;
        ChartAxis ya = ChartAxis.of(log, y0, y1, st.getYAxisMin(), st.getYAxisMax(), (int) Math.max(3, (plotBottom - top) / 55),
                Double.NaN, yPattern(st), meta.yLabels);
        double left = PAD + (st.isYAxisTitleVisible() && notEmpty(c.getYAxisTitle()) ? AXIS.getSize2D() * 1.3 + 6 : 0)
                + ya.labelWidth(TICK) + 10;
        // Rotated labels reach left of their bar: keep the first one inside the chart.
        left = Math.max(left, PAD + labelW * Math.cos(rot) - 10);
        double right = c.getWidth() - PAD - 4;
        ChartAxis xa = new ChartAxis(false);
        xa.min = 0;
        xa.max = n;
        xa.from = left;
        xa.to = right;
        ya.from = plotBottom;
        ya.to = top;
        ChartAxis.frame(cv, st, xa, ya, null, c.getYAxisTitle(), false);
        double slot = (right - left) / Math.max(1, n);
        double bw = slot * 0.72;
        List<String> tips = meta.tips.getOrDefault(s, List.of());
        Color fill = s.getFillColor() != null ? s.getFillColor() : ChartStyle.PALETTE[0];
        double base = log ? ya.min : Math.max(ya.min, 0);
        for (int i = 0; i < n; i++) {
            double cx = left + slot * (i + 0.5);
            Color col = meta.barColors != null && meta.barColors.get(i) != null ? meta.barColors.get(i) : fill;
            if (Double.isFinite(y[i]) && (!log || y[i] > 0)) {
                double yt = ya.px(Math.min(Math.max(y[i], ya.min), ya.max));
                double yb = ya.px(base);
                String tip = i < tips.size() ? tips.get(i) : null;
                if (tip != null) {
                    cv.beginTip(tip);
                }
                cv.rect(cx - bw / 2, Math.min(yt, yb), bw, Math.abs(yb - yt), col, null, 0);
                if (tip != null) {
                    cv.endTip();
                }
            }
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i]) && hi[i] > lo[i]) {
                double l = Math.max(lo[i], ya.min);
                double h = Math.min(hi[i], ya.max);
                if (h > l) {
                    errorBar(cv, cx, ya.px(l), ya.px(h), Color.BLACK, new BasicStroke(1.2f), hi[i] <= ya.max, lo[i] >= ya.min);
                }
            }
            BasicStroke thin = new BasicStroke(1f);
            cv.polyline(new double[] {cx, cx}, new double[] {plotBottom, plotBottom + 4}, 2, AXIS_GREY, thin);
            if (rot == 0) {
                cv.text(cats.get(i), cx, plotBottom + 6 + TICK.getSize2D(), TICK, Color.BLACK, Anchor.MIDDLE, 0);
            } else {
                cv.text(cats.get(i), cx + 3, plotBottom + 8 + TICK.getSize2D() * 0.5, TICK, Color.BLACK, Anchor.END,
                        -st.getXAxisLabelRotation());
            }
        }
        if (st.isXAxisTitleVisible() && notEmpty(c.getXAxisTitle())) {
            cv.text(c.getXAxisTitle(), (left + right) / 2, plotBottom + labelH + 8 + AXIS.getSize2D(), AXIS, Color.BLACK,
                    Anchor.MIDDLE, 0);
        }
    }

    static void errorBar(ChartCanvas cv, double x, double yLow, double yHigh, Color c, BasicStroke s,
                                 boolean topCap, boolean bottomCap) {
        cv.polyline(new double[] {x, x}, new double[] {yLow, yHigh}, 2, c, s);
        if (topCap) {
            cv.polyline(new double[] {x - 4, x + 4}, new double[] {yHigh, yHigh}, 2, c, s);
        }
        if (bottomCap) {
            cv.polyline(new double[] {x - 4, x + 4}, new double[] {yLow, yLow}, 2, c, s);
        }
    }
}
