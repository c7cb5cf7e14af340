package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Look shared by every chart: size, colours, markers, the red ring on suspect points. */
public final class ChartStyle {

    private ChartStyle() {
    }
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    /** Fixed colours so a backend's Amdahl line can share its data colour. */
    static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(255, 127, 14), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(23, 190, 207)};

    /** Roof colours: with solid/dashed alternating, 6 roofs stay distinct. */
    static final Color[] ROOF_GREYS = {Color.BLACK, new Color(100, 100, 100), new Color(160, 160, 160)};

    static final org.knowm.xchart.style.markers.Marker[] POINT_MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
        SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS};

    /**
     * Shrinks the chart's title font (down to 9 pt) until the title fits the chart's width: XChart
     * centres a title and cuts what is wider at both edges (a long case name lost its start).
     */
    static void fitTitle(org.knowm.xchart.internal.chartpart.Chart<?, ?> c) {
        java.awt.Font f = c.getStyler().getChartTitleFont();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            while (f.getSize2D() > 9 && g.getFontMetrics(f).stringWidth(c.getTitle()) > c.getWidth() - 2 * TITLE_MARGIN) {
                f = f.deriveFont(f.getSize2D() - 1);
            }
        } finally {
            g.dispose();
        }
        c.getStyler().setChartTitleFont(f);
    }

    /** Room left at each side of a title. */
    static final int TITLE_MARGIN = 12;

    /** A black dotted reference line without markers (ideal speedup, a ratio of 1). */
    static XYSeries referenceLine(XYChart c, String name, double[] x, double[] y) {
        XYSeries s = c.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Color.BLACK);
        s.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DOT_DOT);
        return s;
    }

    static void colour(XYSeries s, int k) {
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

    static double log2(double p) {
        return Math.log(p) / Math.log(2);
    }

    static double finiteOr0(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
