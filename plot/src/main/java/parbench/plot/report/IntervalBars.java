package parbench.plot.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.plot.stats.Ratio;

/**
 * The 95 % intervals of a chart's ratios, drawn as their own capped lines: XChart's error bars are
 * symmetric, Fieller's intervals are not (1.415 [0.72, 20.65] would be drawn from −17.8 to 20.65).
 * A bar that reaches above the axis top is cut there and drawn without its top cap, so one 3-fork
 * interval to 20× no longer flattens every other point of the chart.
 */
final class IntervalBars {

    /** Half-width of a cap, in x units (the thread axis is log2: one unit per doubling). */
    static final double CAP = 0.05;
    /** A bar is cut where it reaches beyond this many times the highest estimate. */
    static final double CLIP_FACTOR = 2.0;

    private record Bar(double x, double low, double high, Color color) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private double maxEstimate = 0;
    private double maxHigh = 0;

    /** The interval of {@code r} at {@code x}, in the colour of its series; nothing without one. */
    void add(double x, Ratio r, Color color) {
        add(x, r.estimate(), r.hasInterval() ? r.low() : Double.NaN, r.hasInterval() ? r.high() : Double.NaN, color);
    }

    void add(double x, double estimate, double low, double high, Color color) {
        if (Double.isFinite(estimate)) {
            maxEstimate = Math.max(maxEstimate, estimate);
        }
        if (Double.isFinite(low) && Double.isFinite(high)) {
            bars.add(new Bar(x, low, high, color));
            maxHigh = Math.max(maxHigh, high);
        }
    }

    /**
     * The y-axis top: at least {@code reference} (ideal lines, the core marker) and every estimate
     * with room above it; intervals up to twice the highest estimate are shown whole.
     */
    double axisTop(double reference) {
        double wanted = Math.max(maxEstimate * 1.1, Math.min(maxHigh, CLIP_FACTOR * maxEstimate));
        return Math.max(reference, wanted);
    }

    /** Whether some bar is cut at {@code top}. */
    boolean clips(double top) {
        return bars.stream().anyMatch(b -> b.high() > top);
    }

    /** Draws every bar, cut at {@code top}; none of them enters the legend. */
    void draw(XYChart c, double top) {
        int i = 0;
        for (Bar b : bars) {
            boolean cut = b.high() > top;
            double hi = Math.min(b.high(), top);
            double lo = Math.max(0, Math.min(b.low(), top));
            double[] x = cut ? new double[] {b.x() - CAP, b.x() + CAP, b.x(), b.x()}
                    : new double[] {b.x() - CAP, b.x() + CAP, b.x(), b.x(), b.x() - CAP, b.x() + CAP};
            double[] y = cut ? new double[] {lo, lo, lo, hi} : new double[] {lo, lo, lo, hi, hi, hi};
            // XChart needs distinct series names; the zero-width space keeps them out of sight.
            XYSeries s = c.addSeries("\u200b95 % interval " + (++i), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(b.color());
            s.setLineStyle(new java.awt.BasicStroke(1.5f)); // solid: XChart would cycle dashed and dotted styles
            s.setShowInLegend(false);
            ChartMeta.of(c).intervalBars.add(s);
        }
    }
}
