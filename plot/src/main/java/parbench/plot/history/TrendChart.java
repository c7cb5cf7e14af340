package parbench.plot.history;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A benchmark's trend: score per commit (in commit order) with its 95 % interval as error bars,
 * the mean of each segment between change points as a flat line, and each reported change as a
 * dashed vertical line between the last commit before and the first after.
 */
final class TrendChart {

    static final Color POINTS = new Color(31, 119, 180);
    static final Color SEGMENTS = new Color(44, 160, 44);
    static final Color CHANGE = new Color(214, 39, 40);

    private TrendChart() {
    }

    static XYChart of(Series s, List<Changes.Change> changes) {
        List<Series.Point> pts = s.points();
        int n = pts.size();
        XYChart c = new XYChartBuilder().width(900).height(420)
                .title(s.key().display())
                .xAxisTitle("commit number (1 = oldest; see the report for the commits)")
                .yAxisTitle("score, " + s.unit() + (s.higherIsBetter() ? " (higher is better)" : " (lower is better)"))
                .build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setXAxisMin(0.5);
        c.getStyler().setXAxisMax(n + 0.5);
        c.getStyler().setErrorBarsColorSeriesColor(true);
        // Commit numbers on the axis (XChart 3.8 labels only its own tick values); the legend names
        // each change's commit, and the report lists number -> commit.
        c.getStyler().setXAxisDecimalPattern("#");
        double[] x = new double[n];
        double[] y = new double[n];
        double[] err = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            Series.Point p = pts.get(i);
            x[i] = i + 1;
            y[i] = p.score();
            // XChart's bars are symmetric: the larger side of the (log-symmetric) interval, never narrower.
            err[i] = Double.isFinite(p.low()) ? Math.max(p.high() - p.score(), p.score() - p.low()) : 0;
            lo = Math.min(lo, y[i] - err[i]);
            hi = Math.max(hi, y[i] + err[i]);
        }
        XYSeries points = c.addSeries("score per commit (bars: 95 % interval)", x, y, err);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(POINTS);
        points.setLineColor(POINTS);

        // Segment means between the change points that detection accepted (also the too-small ones).
        int from = 0;
        int seg = 0;
        for (int k = 0; k <= changes.size(); k++) {
            int to = k < changes.size() ? changes.get(k).index() : n;
            double g = 0;
            for (int i = from; i < to; i++) {
                g += Math.log(y[i]);
            }
            g = Math.exp(g / (to - from));
            XYSeries m = c.addSeries(seg == 0 ? "segment mean" : "segment mean " + (seg + 1),
                    new double[] {from + 0.6, to + 0.4}, new double[] {g, g});
            m.setMarker(SeriesMarkers.NONE);
            m.setLineColor(SEGMENTS);
            m.setLineStyle(new BasicStroke(2.5f));
            m.setShowInLegend(seg == 0);
            seg++;
            from = to;
        }
        double pad = (hi - lo) * 0.08 + 1e-12;
        double yMin = Math.max(0, lo - pad);
        double yMax = hi + pad;
        int shown = 0;
        for (Changes.Change ch : changes) {
            if (!ch.reported()) {
                continue;
            }
            double cx = ch.index() + 0.5;
            XYSeries v = c.addSeries("change " + (shown + 1) + ": " + shortCommit(ch.at().commit()) + " "
                            + String.format(java.util.Locale.ROOT, "%+.1f %%", (ch.ratio() - 1) * 100),
                    new double[] {cx, cx}, new double[] {yMin, yMax});
            v.setMarker(SeriesMarkers.NONE);
            v.setLineColor(CHANGE);
            v.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            shown++;
        }
        c.getStyler().setYAxisMin(yMin);
        c.getStyler().setYAxisMax(yMax);
        return c;
    }

    static String shortCommit(String c) {
        return c.length() > 7 ? c.substring(0, 7) : c;
    }
}
