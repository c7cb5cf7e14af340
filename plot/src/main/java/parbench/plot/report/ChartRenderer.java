package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.Marker;
import parbench.plot.report.ChartCanvas.Anchor;
import parbench.plot.report.ChartCanvas.Shape;

/**
 * Draws an XChart {@link XYChart} or {@link CategoryChart} from its model (series, colours,
 * markers, strokes, axis settings) plus its {@link ChartMeta}, onto a {@link ChartCanvas}: one
 * layout for the SVG and the PNG. XChart's own painter fills every letter as a glyph outline
 * (420–1200 KB SVGs of our sweep, text neither selectable nor searchable); here text is text.
 * The title is centred on the chart and shrunk until it fits, so it is never cut. Axes are
 * {@link ChartAxis}, the legend {@link ChartLegend}, category charts {@link ChartBars}.
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
    record Item(Object source, String label, double[] x, double[] y, double[] low, double[] high, Color line,
                        Color markerColor, Shape marker, BasicStroke stroke, boolean legend, Color errColor) {
    }

    private static List<Item> xyItems(XYChart c, ChartMeta meta) {
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
            double[][] own = meta.intervals.get(s);
            if (own != null) {
                lo = own[0];
                hi = own[1];
            } else if (e != null) {
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

    // ---------------------------------------------------------------------------------------- drawing

    private static Font titleFont(Chart<?, ?> c) {
        Font f = c.getStyler().getChartTitleFont();
        String t = c.getTitle() == null ? "" : c.getTitle();
        double w = ChartCanvas.width(t, f);
        double room = c.getWidth() - 2 * PAD;
        return w > room ? f.deriveFont(Math.max(6f, (float) Math.floor(f.getSize2D() * room / w * 10) / 10)) : f;
    }

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
            ChartBars.draw(cat, meta, cv, top);
        }
    }

    private static void drawXY(XYChart c, ChartMeta meta, ChartCanvas cv, double top) {
        AxesChartStyler st = c.getStyler();
        List<Item> items = xyItems(c, meta);
        double[] dodge = dodge(items, meta);
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
        ChartLegend lg = ChartLegend.layout(ChartLegend.entries(items, meta), st, c.getWidth(), c.getHeight());
        List<Shape> shapes = ChartLegend.shapes(items, meta);
        double bottomRoom = PAD + (st.isXAxisTitleVisible() && notEmpty(c.getXAxisTitle()) ? AXIS.getSize2D() * 1.3 + 4 : 0)
                + TICK.getSize2D() * 1.3 + 8 + (lg != null && lg.south() ? lg.height() : 0);
        double plotTop = top;
        double plotBottom = c.getHeight() - bottomRoom;
        ChartAxis ya = ChartAxis.of(st.isYAxisLogarithmic(), y0, y1, st.getYAxisMin(), st.getYAxisMax(),
                (int) Math.max(3, (plotBottom - plotTop) / 55), Double.NaN, yPattern(st), meta.yLabels);
        double left = PAD + (st.isYAxisTitleVisible() && notEmpty(c.getYAxisTitle()) ? AXIS.getSize2D() * 1.3 + 6 : 0)
                + ya.labelWidth(TICK) + 10;
        double right = c.getWidth() - PAD - (lg != null && !lg.south() ? lg.width() + 10 : 4);
        ChartAxis xa = xAxis(st, meta, x0, x1, right - left);
        xa.from = left;
        xa.to = right;
        ya.from = plotBottom;
        ya.to = plotTop;
        ChartAxis.frame(cv, st, xa, ya, c.getXAxisTitle(), c.getYAxisTitle(), true);
        cv.clip(left, plotTop, right - left, plotBottom - plotTop);
        List<String> none = List.of();
        int size = st.getMarkerSize() > 0 ? st.getMarkerSize() : 8;
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            double shift = meta.intervalBars.contains(it.source()) ? dodge[k] : 0;
            double[] px = new double[it.x().length];
            double[] py = new double[it.x().length];
            int n = 0;
            for (int i = 0; i < it.x().length; i++) {
                if (xa.inside(it.x()[i]) && ya.inside(it.y()[i])) {
                    px[n] = xa.px(it.x()[i]) + shift;
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
                    if (!xa.inside(it.x()[i]) || Double.isNaN(lo) || Double.isNaN(hi) || hi <= lo
                            || (ya.log && !(hi > 0))) {
                        continue;
                    }
                    double l = ya.log && !(lo > 0) ? ya.min : Math.max(lo, ya.min);
                    ChartBars.errorBar(cv, xa.px(it.x()[i]) + dodge[k], ya.px(l),
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
        labels(cv, meta, xa, ya);
        cv.endClip();
        if (lg != null) {
            lg.draw(cv, shapes, right + 10, plotTop, c.getHeight() - PAD - lg.height() + 4, size);
        }
    }

    /** Pixels between the interval bars of neighbouring series at one x. */
    static final double DODGE = 4;

    /**
     * Horizontal pixel shift of each item's interval bars: the series with intervals, in order of
     * their colour's first appearance, are spread {@link #DODGE} apart around their points' x, so
     * intervals at the same x do not hide each other; 0 for all when fewer than two colours.
     */
    static double[] dodge(List<Item> items, ChartMeta meta) {
        double[] out = new double[items.size()];
        List<Color> colours = new ArrayList<>();
        int[] index = new int[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            index[k] = -1;
            boolean bars = meta.intervalBars.contains(it.source()) || hasInterval(it);
            if (!bars) {
                continue;
            }
            Color c = meta.intervalBars.contains(it.source()) ? it.line() : it.errColor();
            int i = colours.indexOf(c);
            if (i < 0) {
                colours.add(c);
                i = colours.size() - 1;
            }
            index[k] = i;
        }
        if (colours.size() < 2) {
            return out;
        }
        for (int k = 0; k < items.size(); k++) {
            out[k] = index[k] < 0 ? 0 : (index[k] - (colours.size() - 1) / 2.0) * DODGE;
        }
        return out;
    }

    private static boolean hasInterval(Item it) {
        if (it.low() == null) {
            return false;
        }
        for (int i = 0; i < it.low().length; i++) {
            if (!Double.isNaN(it.low()[i]) && !Double.isNaN(it.high()[i]) && it.high()[i] > it.low()[i]) {
                return true;
            }
        }
        return false;
    }

    /** Gap in pixels between labels in one row at the plot's bottom, and from the plot's edges. */
    static final double LABEL_GAP = 6;

    /**
     * Text in the plot: labels at a point are drawn above it; labels at the bottom (y NaN) go in
     * rows from the bottom up, left to right, a label moving up a row while it would touch one
     * already placed; each kept whole inside the plot, {@link #LABEL_GAP} from its edges.
     */
    private static void labels(ChartCanvas cv, ChartMeta meta, ChartAxis xa, ChartAxis ya) {
        List<double[]> placed = new ArrayList<>(); // {left, right, row}
        List<ChartMeta.Label> bottom = new ArrayList<>();
        for (ChartMeta.Label l : meta.labels) {
            if (!xa.inside(l.x()) || !(Double.isNaN(l.y()) || ya.inside(l.y()))) {
                continue;
            }
            if (Double.isNaN(l.y())) {
                bottom.add(l);
                continue;
            }
            double half = ChartCanvas.width(l.text(), LABEL) / 2;
            double lx = Math.max(xa.from + half + LABEL_GAP, Math.min(xa.to - half - LABEL_GAP, xa.px(l.x())));
            cv.text(l.text(), lx, ya.px(l.y()) - 8, LABEL, AXIS_GREY, Anchor.MIDDLE, 0);
        }
        bottom.sort(java.util.Comparator.comparingDouble(ChartMeta.Label::x));
        for (ChartMeta.Label l : bottom) {
            double half = ChartCanvas.width(l.text(), LABEL) / 2;
            double lx = Math.max(xa.from + half + LABEL_GAP, Math.min(xa.to - half - LABEL_GAP, xa.px(l.x())));
            int row = 0;
            boolean clash = true;
            while (clash) {
                clash = false;
                for (double[] p : placed) {
                    if (p[2] == row && lx - half < p[1] + LABEL_GAP && lx + half > p[0] - LABEL_GAP) {
                        clash = true;
                        row++;
                        break;
                    }
                }
            }
            placed.add(new double[] {lx - half, lx + half, row});
            cv.text(l.text(), lx, ya.from - 7 - row * (LABEL.getSize2D() + 4), LABEL, AXIS_GREY, Anchor.MIDDLE, 0);
        }
    }

    private static ChartAxis xAxis(AxesChartStyler st, ChartMeta meta, double x0, double x1, double width) {
        String pattern = st.getXAxisDecimalPattern() != null ? st.getXAxisDecimalPattern() : st.getDecimalPattern();
        int target = (int) Math.max(3, width / 90);
        ChartAxis a = ChartAxis.of(st.isXAxisLogarithmic(), x0, x1, st.getXAxisMin(), st.getXAxisMax(), target, meta.xStep, pattern, meta.xLabels);
        // Fewer ticks until their labels do not touch.
        while (!a.log && Double.isNaN(meta.xStep) && target > 2 && a.labelWidth(TICK) * a.labels.size() > width * 0.75) {
            target = target * 2 / 3;
            a = ChartAxis.of(false, x0, x1, st.getXAxisMin(), st.getXAxisMax(), target, Double.NaN, pattern, meta.xLabels);
        }
        return a;
    }

    static String yPattern(AxesChartStyler st) {
        return st.getYAxisDecimalPattern() != null ? st.getYAxisDecimalPattern() : st.getDecimalPattern();
    }

    static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

}
