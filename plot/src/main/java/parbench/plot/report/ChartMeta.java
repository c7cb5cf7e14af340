package parbench.plot.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.Marker;

/**
 * What {@link ChartRenderer} needs beyond XChart's model of a chart: tick labels (XChart keeps
 * its custom formatters private), each point's hover text, the bar colours and intervals of a
 * category chart, text placed in the plot, and a legend that is not one entry per series. Kept
 * beside the chart (weakly, by identity) so the chart builders keep returning plain XChart
 * objects that tests inspect. Written while a chart is built (one thread), read when it is drawn.
 */
final class ChartMeta {

    /** A legend line: a heading (no colour), or a sample in colour with a marker and/or line. */
    record LegendEntry(String label, Color color, Marker marker, java.awt.BasicStroke line) {
        static LegendEntry heading(String label) {
            return new LegendEntry(label, null, null, null);
        }
    }

    /** Text at data coordinates (x, y), drawn above the point; y NaN: at the bottom of the plot. */
    record Label(double x, double y, String text) {
    }

    private static final Map<Chart<?, ?>, ChartMeta> ALL = Collections.synchronizedMap(new WeakHashMap<>());

    /** Labels of the x/y ticks; blank labels are not drawn. Null: numbers. */
    Function<Double, String> xLabels;
    Function<Double, String> yLabels;
    /** Forced tick spacing (data units) on x; NaN: chosen from the range. */
    double xStep = Double.NaN;
    /** Hover text per point of a series (by series), in the order of its data. */
    final Map<Object, List<String>> tips = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Category charts: colour and interval [low, high] of each bar, in category order. */
    List<Color> barColors;
    double[] barLow;
    double[] barHigh;
    final List<Label> labels = new ArrayList<>();
    /**
     * XY series' own intervals {low[], high[]} (by series), in data order, instead of XChart's
     * symmetric error values: a ratio's interval is not symmetric. A low of -Infinity: the
     * interval is open below (drawn to the axis, without a cap).
     */
    final Map<Object, double[][]> intervals = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Series that are {@link IntervalBars} (a bar drawn as a line): dodged beside their neighbours. */
    final Set<Object> intervalBars = Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));
    /** Replaces the legend built from the series (those shown in the legend) when set. */
    List<LegendEntry> legend;

    private ChartMeta() {
    }

    /** The chart's metadata, created when it has none. */
    static ChartMeta of(Chart<?, ?> c) {
        return ALL.computeIfAbsent(c, k -> new ChartMeta());
    }

    /** The chart's metadata, or an empty one (not stored) for a chart built elsewhere. */
    static ChartMeta find(Chart<?, ?> c) {
        ChartMeta m = ALL.get(c);
        return m != null ? m : new ChartMeta();
    }

    /** Hover texts of the points of {@code series}, in data order. */
    static void tips(Chart<?, ?> c, Object series, List<String> perPoint) {
        of(c).tips.put(series, List.copyOf(perPoint));
    }
}
