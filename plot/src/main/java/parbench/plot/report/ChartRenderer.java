package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import parbench.plot.report.ChartCanvas.Anchor;
import parbench.plot.report.ChartCanvas.Shape;

/**
 * Draws an XChart {@link XYChart} or {@link CategoryChart} from its model (series, colours,
 * markers, strokes, axis settings) plus its {@link ChartMeta}, onto a {@link ChartCanvas}: one
 * layout for the SVG and the PNG. XChart's own painter fills every letter as a glyph outline
 * (420–1200 KB SVGs of our sweep, text neither selectable nor searchable); here text is text.
 * The title is centred on the chart and shrunk until it fits, so it is never cut.
 */
final class ChartRenderer {

    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final int PAD = 10;
    static final Color AXIS_GREY = new Color(90, 90, 90);
    static final Color GRID = new Color(224, 224, 224);
    static final Color MINOR_GRID = new Color(242, 242, 242);
    /** Legend text wider than this wraps at spaces. */
    static final double LEGEND_TEXT_MAX = 250;
    static final double LINE = 16;

    private ChartRenderer() {
    }

    /** SVG of the chart; {@code id} is unique among the charts of one HTML page. */
    static String svg(Chart<?, ?> c, String id, String desc) {
        ChartCanvas.Svg s = new ChartCanvas.Svg(c.getWidth(), c.getHeight(), id, c.getTitle() == null ? "" : c.getTitle(), desc);
        draw(c, s);
        return s.finish();
    }

    /** The chart painted into an image (for the PNG). */
    static BufferedImage image(Chart<?, ?> c) {
        ChartCanvas.Raster r = new ChartCanvas.Raster(c.getWidth(), c.getHeight());
        draw(c, r);
        return r.finish();
    }

    static boolean supports(Chart<?, ?> c) {
        return c instanceof XYChart || c instanceof CategoryChart;
    }

    // ---------------------------------------------------------------------------------------- model

    /** One drawable series, whatever its XChart type. */
    private record Item(Object source, String label, double[] x, double[] y, double[] low, double[] high, Color line,
                        Color markerColor, Shape marker, BasicStroke stroke, boolean legend, Color errColor) {
    }

    private static List<Item> xyItems(XYChart c) {
        List<Item> out = new ArrayList<>();
        AxesChartStyler st = c.getStyler();
        int k = 0;
        for (XYSeries s : c.getSeriesMap().values()) {
            if (!s.isEnabled()) {
                continue;
            }
            Color line = s.getLineColor() != null ? s.getLineColor() : ChartStyle.PALETTE[k % ChartStyle.PALETTE.length];
            k++;
            Color mc = s.getMarkerColor() != null ? s.getMarkerColor() : line;
            boolean scatter = s.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.Scatter;
            BasicStroke stroke = scatter ? null : s.getLineStyle() != null ? s.getLineStyle() : new BasicStroke(2f);
            double[] e = s.getExtraValues();
            double[] lo = null;
            double[] hi = null;
            if (e != null) {
                lo = new double[e.length];
                hi = new double[e.length];
                for (int i = 0; i < e.length; i++) {
                    lo[i] = s.getYData()[i] - e[i];
                    hi[i] = s.getYData()[i] + e[i];
                }
            }
            Color errColor = st.isErrorBarsColorSeriesColor() || st.getErrorBarsColor() == null ? line : st.getErrorBarsColor();
            out.add(new Item(s, s.getLabel() != null ? s.getLabel() : s.getName(), s.getXData(), s.getYData(), lo, hi,
                    line, mc, shape(s.getMarker()), stroke, s.isShowInLegend(), errColor));
        }
        return out;
    }

    static Shape shape(Marker m) {
        if (m == null) {
            return Shape.CIRCLE;
        }
        if (m instanceof ChartStyle.Ring) {
            return Shape.RING;
        }
        return switch (m.getClass().getSimpleName()) {
            case "None" -> Shape.NONE;
            case "Square", "Rectangle", "Trapezoid" -> Shape.SQUARE;
            case "Diamond" -> Shape.DIAMOND;
            case "TriangleUp" -> Shape.TRIANGLE_UP;
            case "TriangleDown" -> Shape.TRIANGLE_DOWN;
            case "Cross" -> Shape.CROSS;
            case "Plus" -> Shape.PLUS;
            default -> Shape.CIRCLE;
        };
    }

    // ---------------------------------------------------------------------------------------- axes

    /** A linear or log axis mapped onto pixels [from, to] (to < from for the vertical axis). */
    static final class Axis {
        final boolean log;
        double min;
        double max;
        double from;
        double to;
        final List<Double> ticks = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Double> minor = new ArrayList<>();

        Axis(boolean log) {
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
    }

    /**
     * Range and ticks of an axis. Fixed ends (the styler's min/max) are kept; open ends move out
     * to the next tick on a linear axis, to the next decade on a log one.
     */
    static Axis axis(boolean log, double dataMin, double dataMax, Double fixedMin, Double fixedMax, int target,
                     double step, String pattern, Function<Double, String> labels) {
        Axis a = new Axis(log);
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

    // ---------------------------------------------------------------------------------------- layout

    private record Legend(List<ChartMeta.LegendEntry> entries, List<List<String>> lines, double width, double height,
                          boolean south, List<double[]> positions) {
    }

    private static List<ChartMeta.LegendEntry> legendEntries(List<Item> items, ChartMeta meta) {
        if (meta.legend != null) {
            return meta.legend;
        }
        List<ChartMeta.LegendEntry> out = new ArrayList<>();
        for (Item it : items) {
            if (it.legend()) {
                Marker m = null;
                out.add(new ChartMeta.LegendEntry(it.label(), it.markerColor() != null && it.stroke() == null ? it.markerColor() : it.line(),
                        m, it.stroke()));
            }
        }
        return out;
    }

    /** Markers of legend entries built from series (kept beside the entries, by index). */
    private static List<Shape> legendShapes(List<Item> items, ChartMeta meta) {
        List<Shape> out = new ArrayList<>();
        if (meta.legend != null) {
            for (ChartMeta.LegendEntry e : meta.legend) {
                out.add(e.marker() == null ? Shape.NONE : shape(e.marker()));
            }
            return out;
        }
        for (Item it : items) {
            if (it.legend()) {
                out.add(it.marker());
            }
        }
        return out;
    }

    private static List<String> wrap(String label, Font f, double max) {
        List<String> out = new ArrayList<>();
        for (String line : label.replace("\u200b", "").split("\n")) {
            if (ChartCanvas.width(line, f) <= max) {
                out.add(line);
                continue;
            }
            String indent = line.startsWith("  ") ? "  " : "";
            StringBuilder cur = new StringBuilder();
            for (String w : line.trim().split(" ")) {
                String next = cur.length() == 0 ? indent + w : cur + " " + w;
                if (cur.length() > 0 && ChartCanvas.width(next, f) > max) {
                    out.add(cur.toString());
                    cur = new StringBuilder("  " + w);
                } else {
                    cur = new StringBuilder(next);
                }
            }
            out.add(cur.toString());
        }
        return out;
    }

    private static Legend legend(List<ChartMeta.LegendEntry> entries, Styler st, int width, int height) {
        if (!st.isLegendVisible() || entries.isEmpty()) {
            return null;
        }
        boolean south = st.getLegendPosition() == Styler.LegendPosition.OutsideS;
        List<List<String>> lines = new ArrayList<>();
        double textW = 0;
        for (ChartMeta.LegendEntry e : entries) {
            List<String> l = wrap(e.label(), headingFont(e), south ? width - 80 : LEGEND_TEXT_MAX);
            lines.add(l);
            for (String s : l) {
                textW = Math.max(textW, ChartCanvas.width(s, headingFont(e)));
            }
        }
        if (!south) {
            // Entries that would run past the chart's bottom give way to a line saying how many.
            double room = height - 2 * PAD - 40;
            double h = 8;
            int kept = 0;
            for (List<String> l : lines) {
                if (h + l.size() * LINE + 3 > room - (kept + 1 < lines.size() ? LINE + 3 : 0)) {
                    break;
                }
                h += l.size() * LINE + 3;
                kept++;
            }
            if (kept < entries.size()) {
                int more = entries.size() - kept;
                entries = new ArrayList<>(entries.subList(0, kept));
                lines = new ArrayList<>(lines.subList(0, kept));
                entries.add(ChartMeta.LegendEntry.heading("… " + more + " more (see the tables)"));
                lines.add(List.of("… " + more + " more (see the tables)"));
                h += LINE + 3;
            }
            return new Legend(entries, lines, textW + 30 + 16, h + 5, false, List.of());
        }
        // Entries in rows across the chart's width.
        List<double[]> pos = new ArrayList<>();
        double x = 0;
        double y = 0;
        double rowH = 0;
        double avail = width - 2 * PAD - 16;
        for (List<String> l : lines) {
            double w = 30 + 12;
            for (String s : l) {
                w = Math.max(w, 30 + ChartCanvas.width(s, LEGEND) + 18);
            }
            if (x > 0 && x + w > avail) {
                x = 0;
                y += rowH;
                rowH = 0;
            }
            pos.add(new double[] {x, y});
            x += w;
            rowH = Math.max(rowH, l.size() * LINE + 3);
        }
        return new Legend(entries, lines, avail + 16, y + rowH + 10, true, pos);
    }

    private static Font headingFont(ChartMeta.LegendEntry e) {
        return e.color() == null ? LEGEND.deriveFont(Font.BOLD) : LEGEND;
    }

    private static Font titleFont(Chart<?, ?> c) {
        Font f = c.getStyler().getChartTitleFont();
        String t = c.getTitle() == null ? "" : c.getTitle();
        double w = ChartCanvas.width(t, f);
        double room = c.getWidth() - 2 * PAD;
        return w > room ? f.deriveFont(Math.max(6f, (float) Math.floor(f.getSize2D() * room / w * 10) / 10)) : f;
    }

    // ---------------------------------------------------------------------------------------- drawing

    static void draw(Chart<?, ?> c, ChartCanvas cv) {
        int w = c.getWidth();
        int h = c.getHeight();
        Color bg = c.getStyler().getChartBackgroundColor() == null ? Color.WHITE : c.getStyler().getChartBackgroundColor();
        cv.rect(0, 0, w, h, bg, null, 0);
        ChartMeta meta = ChartMeta.find(c);
        boolean hasTitle = c.getStyler().isChartTitleVisible() && c.getTitle() != null && !c.getTitle().isEmpty();
        Font tf = titleFont(c);
        double top = PAD + (hasTitle ? tf.getSize2D() * 1.3 + 6 : 0) + 6;
        if (hasTitle) {
            cv.text(c.getTitle(), w / 2.0, PAD + tf.getSize2D(), tf, Color.BLACK, Anchor.MIDDLE, 0);
        }
        if (c instanceof XYChart xy) {
            drawXY(xy, meta, cv, top);
        } else if (c instanceof CategoryChart cat) {
            drawCategory(cat, meta, cv, top);
        }
    }

    private static void drawXY(XYChart c, ChartMeta meta, ChartCanvas cv, double top) {
        AxesChartStyler st = c.getStyler();
        List<Item> items = xyItems(c);
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Item it : items) {
            for (int i = 0; i < it.x().length; i++) {
                double x = it.x()[i];
                double y = it.y()[i];
                if (!Double.isFinite(x) || !Double.isFinite(y) || (st.isXAxisLogarithmic() && x <= 0)
                        || (st.isYAxisLogarithmic() && y <= 0)) {
                    continue;
                }
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                if (it.low() != null && Double.isFinite(it.low()[i]) && (!st.isYAxisLogarithmic() || it.low()[i] > 0)) {
                    y0 = Math.min(y0, it.low()[i]);
                }
                if (it.high() != null && Double.isFinite(it.high()[i])) {
                    y1 = Math.max(y1, it.high()[i]);
                }
            }
        }
        Legend lg = legend(legendEntries(items, meta), st, c.getWidth(), c.getHeight());
        List<Shape> shapes = legendShapes(items, meta);
        double bottomRoom = PAD + (st.isXAxisTitleVisible() && notEmpty(c.getXAxisTitle()) ? AXIS.getSize2D() * 1.3 + 4 : 0)
                + TICK.getSize2D() * 1.3 + 8 + (lg != null && lg.south() ? lg.height() : 0);
        double plotTop = top;
        double plotBottom = c.getHeight() - bottomRoom;
        Axis ya = axis(st.isYAxisLogarithmic(), y0, y1, st.getYAxisMin(), st.getYAxisMax(),
                (int) Math.max(3, (plotBottom - plotTop) / 55), Double.NaN, yPattern(st), meta.yLabels);
        double left = PAD + (st.isYAxisTitleVisible() && notEmpty(c.getYAxisTitle()) ? AXIS.getSize2D() * 1.3 + 6 : 0)
                + ya.labelWidth(TICK) + 10;
        double right = c.getWidth() - PAD - (lg != null && !lg.south() ? lg.width() + 10 : 4);
        Axis xa = xAxis(st, meta, x0, x1, right - left);
        xa.from = left;
        xa.to = right;
        ya.from = plotBottom;
        ya.to = plotTop;
        frame(cv, st, xa, ya, c.getXAxisTitle(), c.getYAxisTitle(), true);
        cv.clip(left, plotTop, right - left, plotBottom - plotTop);
        List<String> none = List.of();
        int size = st.getMarkerSize() > 0 ? st.getMarkerSize() : 8;
        for (Item it : items) {
            double[] px = new double[it.x().length];
            double[] py = new double[it.x().length];
            int n = 0;
            for (int i = 0; i < it.x().length; i++) {
                if (xa.inside(it.x()[i]) && ya.inside(it.y()[i])) {
                    px[n] = xa.px(it.x()[i]);
                    py[n] = ya.px(it.y()[i]);
                    n++;
                } else if (it.stroke() != null && n > 0) {
                    cv.polyline(px, py, n, it.line(), it.stroke()); // a gap in the data breaks the line
                    n = 0;
                }
            }
            if (it.stroke() != null) {
                cv.polyline(px, py, n, it.line(), it.stroke());
            }
            if (it.low() != null) {
                BasicStroke bar = new BasicStroke(1.5f);
                for (int i = 0; i < it.x().length; i++) {
                    double lo = it.low()[i];
                    double hi = it.high()[i];
                    if (!xa.inside(it.x()[i]) || !Double.isFinite(lo) || !Double.isFinite(hi) || hi <= lo) {
                        continue;
                    }
                    errorBar(cv, xa.px(it.x()[i]), ya.px(Math.max(lo, ya.min)),
                            ya.px(Math.min(hi, ya.max)), it.errColor(), bar, hi <= ya.max, lo >= ya.min);
                }
            }
            if (it.marker() != Shape.NONE) {
                List<String> tips = meta.tips.getOrDefault(it.source(), none);
                for (int i = 0; i < it.x().length; i++) {
                    if (!xa.inside(it.x()[i]) || !ya.inside(it.y()[i])) {
                        continue;
                    }
                    String tip = i < tips.size() ? tips.get(i) : null;
                    if (tip != null) {
                        cv.beginTip(tip);
                    }
                    cv.marker(it.marker(), xa.px(it.x()[i]), ya.px(it.y()[i]), size, it.markerColor());
                    if (tip != null) {
                        cv.endTip();
                    }
                }
            }
        }
        for (ChartMeta.Label l : meta.labels) {
            if (xa.inside(l.x()) && (Double.isNaN(l.y()) || ya.inside(l.y()))) {
                double lx = xa.px(l.x());
                double half = ChartCanvas.width(l.text(), LABEL) / 2 + 3;
                lx = Math.max(xa.from + half, Math.min(xa.to - half, lx)); // whole, inside the plot
                cv.text(l.text(), lx, Double.isNaN(l.y()) ? ya.from - 6 : ya.px(l.y()) - 8, LABEL, AXIS_GREY, Anchor.MIDDLE, 0);
            }
        }
        cv.endClip();
        if (lg != null) {
            drawLegend(cv, lg, shapes, right + 10, plotTop, c.getHeight() - PAD - lg.height() + 4, size);
        }
    }

    private static Axis xAxis(AxesChartStyler st, ChartMeta meta, double x0, double x1, double width) {
        String pattern = st.getXAxisDecimalPattern() != null ? st.getXAxisDecimalPattern() : st.getDecimalPattern();
        int target = (int) Math.max(3, width / 90);
        Axis a = axis(st.isXAxisLogarithmic(), x0, x1, st.getXAxisMin(), st.getXAxisMax(), target, meta.xStep, pattern, meta.xLabels);
        // Fewer ticks until their labels do not touch.
        while (!a.log && Double.isNaN(meta.xStep) && target > 2 && a.labelWidth(TICK) * a.labels.size() > width * 0.75) {
            target = target * 2 / 3;
            a = axis(false, x0, x1, st.getXAxisMin(), st.getXAxisMax(), target, Double.NaN, pattern, meta.xLabels);
        }
        return a;
    }

    private static String yPattern(AxesChartStyler st) {
        return st.getYAxisDecimalPattern() != null ? st.getYAxisDecimalPattern() : st.getDecimalPattern();
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private static void errorBar(ChartCanvas cv, double x, double yLow, double yHigh, Color c, BasicStroke s,
                                 boolean topCap, boolean bottomCap) {
        cv.polyline(new double[] {x, x}, new double[] {yLow, yHigh}, 2, c, s);
        if (topCap) {
            cv.polyline(new double[] {x - 4, x + 4}, new double[] {yHigh, yHigh}, 2, c, s);
        }
        if (bottomCap) {
            cv.polyline(new double[] {x - 4, x + 4}, new double[] {yLow, yLow}, 2, c, s);
        }
    }

    /** Plot background, grid, border, ticks, tick labels and axis titles. */
    private static void frame(ChartCanvas cv, AxesChartStyler st, Axis xa, Axis ya, String xTitle, String yTitle, boolean xTicks) {
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

    private static void drawLegend(ChartCanvas cv, Legend lg, List<Shape> shapes, double x, double y, double southY, int size) {
        if (lg.south()) {
            x = PAD + 8;
            y = southY;
            cv.rect(PAD, y - 4, lg.width(), lg.height() - 2, Color.WHITE, new Color(200, 200, 200), 1f);
        } else {
            cv.rect(x, y, lg.width(), lg.height(), Color.WHITE, new Color(200, 200, 200), 1f);
        }
        double cy = y + 6;
        for (int k = 0; k < lg.entries().size(); k++) {
            ChartMeta.LegendEntry e = lg.entries().get(k);
            List<String> lines = lg.lines().get(k);
            double ex = lg.south() ? x + lg.positions().get(k)[0] : x + 8;
            double ey = lg.south() ? y + lg.positions().get(k)[1] : cy;
            double mid = ey + LINE / 2;
            boolean heading = e.color() == null;
            if (!heading) {
                if (e.line() != null) {
                    BasicStroke s = e.line();
                    cv.polyline(new double[] {ex, ex + 26}, new double[] {mid, mid}, 2, e.color(),
                            new BasicStroke(Math.min(s.getLineWidth(), 3f), s.getEndCap(), s.getLineJoin(), s.getMiterLimit(),
                                    s.getDashArray(), 0f));
                }
                Shape sh = k < shapes.size() ? shapes.get(k) : Shape.NONE;
                if (sh == Shape.RING) {
                    cv.marker(Shape.RING, ex + 13, mid, 5, e.color());
                } else if (sh != Shape.NONE) {
                    cv.marker(sh, ex + 13, mid, size, e.color());
                }
            }
            Font f = headingFont(e);
            for (int i = 0; i < lines.size(); i++) {
                cv.text(lines.get(i), heading ? ex : ex + 32, ey + LINE * i + LINE * 0.75, f, Color.BLACK, Anchor.START, 0);
            }
            cy += lines.size() * LINE + 3;
        }
    }

    private static void drawCategory(CategoryChart c, ChartMeta meta, ChartCanvas cv, double top) {
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
        Axis ya = axis(log, y0, y1, st.getYAxisMin(), st.getYAxisMax(), (int) Math.max(3, (plotBottom - top) / 55),
                Double.NaN, yPattern(st), meta.yLabels);
        double left = PAD + (st.isYAxisTitleVisible() && notEmpty(c.getYAxisTitle()) ? AXIS.getSize2D() * 1.3 + 6 : 0)
                + ya.labelWidth(TICK) + 10;
        // Rotated labels reach left of their bar: keep the first one inside the chart.
        left = Math.max(left, PAD + labelW * Math.cos(rot) - 10);
        double right = c.getWidth() - PAD - 4;
        Axis xa = new Axis(false);
        xa.min = 0;
        xa.max = n;
        xa.from = left;
        xa.to = right;
        ya.from = plotBottom;
        ya.to = top;
        frame(cv, st, xa, ya, null, c.getYAxisTitle(), false);
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
}
