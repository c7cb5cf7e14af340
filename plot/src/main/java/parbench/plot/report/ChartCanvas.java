package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * What {@link ChartRenderer} draws with: rectangles, polylines, markers and text. Two
 * implementations share one layout, so the PNG and the SVG of a chart are the same picture:
 * {@link Svg} writes SVG with real {@code <text>} elements (selectable, searchable, small) and
 * hover titles on points; {@link Raster} paints a Java2D image for the PNG.
 */
interface ChartCanvas {

    /** Marker shapes the renderer knows (XChart's markers map onto these). */
    enum Shape { CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, CROSS, PLUS, RING, NONE }

    /** Text anchor: where (x, y) is on the text's baseline. */
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double w, double h, Color fill, Color stroke, float strokeWidth);

    void polyline(double[] xs, double[] ys, int n, Color color, BasicStroke stroke);

    void marker(Shape s, double x, double y, double size, Color color);

    void text(String s, double x, double y, Font f, Color color, Anchor a, double rotateDegrees);

    /** Later drawing is clipped to the rectangle until {@link #endClip}. */
    void clip(double x, double y, double w, double h);

    void endClip();

    /** The next drawing (until {@link #endTip}) shows {@code tip} when hovered; a no-op for images. */
    void beginTip(String tip);

    void endTip();

    /** Width of {@code s} in {@code f}: the same metrics for both canvases. */
    static double width(String s, Font f) {
        return f.getStringBounds(s, FRC).getWidth();
    }

    java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);

    /** SVG text of a chart; {@code id} makes the clip path's id unique within an HTML page. */
    final class Svg implements ChartCanvas {
        private final StringBuilder sb = new StringBuilder(32 * 1024);
        private final String id;
        private int clips;
        /** Fonts in SVG: DejaVu Sans is what Java's SansSerif measures with here; others are narrower. */
        static final String FAMILY = "DejaVu Sans,Verdana,Arial,Helvetica,sans-serif";

        Svg(int width, int height, String id, String title, String desc) {
            this.id = id.replaceAll("[^A-Za-z0-9_-]", "-");
            sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                    .append("\" font-family=\"").append(FAMILY).append("\">\n<title>").append(esc(title))
                    .append("</title>\n<desc>").append(esc(desc)).append("</desc>\n");
        }

        String finish() {
            return sb.append("</svg>\n").toString();
        }

        @Override
        public void rect(double x, double y, double w, double h, Color fill, Color stroke, float strokeWidth) {
            sb.append("<rect x=\"");
            num(x).append("\" y=\"");
            num(y).append("\" width=\"");
            num(w).append("\" height=\"");
            num(h).append("\" fill=\"").append(fill == null ? "none" : hex(fill)).append('"');
            opacity("fill-opacity", fill);
            if (stroke != null) {
                sb.append(" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"");
                num(strokeWidth).append('"');
            }
            sb.append("/>\n");
        }

        @Override
        public void polyline(double[] xs, double[] ys, int n, Color color, BasicStroke stroke) {
            if (n < 2) {
                return;
            }
            sb.append("<polyline fill=\"none\" stroke=\"").append(hex(color)).append("\" stroke-width=\"");
            num(stroke.getLineWidth()).append('"');
            float[] dash = stroke.getDashArray();
            if (dash != null) {
                sb.append(" stroke-dasharray=\"");
                for (int i = 0; i < dash.length; i++) {
                    num(dash[i]).append(i + 1 < dash.length ? "," : "\"");
                }
            }
            sb.append(" points=\"");
            for (int i = 0; i < n; i++) {
                num(xs[i]).append(',');
                num(ys[i]).append(i + 1 < n ? " " : "\"/>\n");
            }
        }

        @Override
        public void marker(Shape s, double x, double y, double size, Color color) {
            double r = size / 2;
            String c = hex(color);
            switch (s) {
                case CIRCLE -> {
                    sb.append("<circle cx=\"");
                    num(x).append("\" cy=\"");
                    num(y).append("\" r=\"");
                    num(r).append("\" fill=\"").append(c).append("\"/>\n");
                }
                case RING -> {
                    sb.append("<circle cx=\"");
                    num(x).append("\" cy=\"");
                    num(y).append("\" r=\"");
                    num(size * 1.2).append("\" fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"2.5\"/>\n");
                }
                case SQUARE -> rect(x - r * 0.9, y - r * 0.9, size * 0.9, size * 0.9, color, null, 0);
                case CROSS, PLUS -> {
                    double[][] p = crossLines(s, x, y, r);
                    sb.append("<path fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"2\" d=\"M");
                    num(p[0][0]).append(' ');
                    num(p[0][1]).append('L');
                    num(p[0][2]).append(' ');
                    num(p[0][3]).append('M');
                    num(p[1][0]).append(' ');
                    num(p[1][1]).append('L');
                    num(p[1][2]).append(' ');
                    num(p[1][3]).append("\"/>\n");
                }
                case NONE -> {
                }
                default -> {
                    double[] p = polygon(s, x, y, r);
                    sb.append("<path fill=\"").append(c).append("\" d=\"M");
                    for (int i = 0; i < p.length; i += 2) {
                        num(p[i]).append(' ');
                        num(p[i + 1]).append(i + 2 < p.length ? "L" : "Z\"/>\n");
                    }
                }
            }
        }

        @Override
        public void text(String s, double x, double y, Font f, Color color, Anchor a, double rotateDegrees) {
            sb.append("<text x=\"");
            num(x).append("\" y=\"");
            num(y).append("\" font-size=\"");
            num(f.getSize2D()).append('"');
            if (f.isBold()) {
                sb.append(" font-weight=\"bold\"");
            }
            if (a != Anchor.START) {
                sb.append(" text-anchor=\"").append(a == Anchor.MIDDLE ? "middle" : "end").append('"');
            }
            if (!Color.BLACK.equals(color)) {
                sb.append(" fill=\"").append(hex(color)).append('"');
            }
            if (rotateDegrees != 0) {
                sb.append(" transform=\"rotate(");
                num(rotateDegrees).append(' ');
                num(x).append(' ');
                num(y).append(")\"");
            }
            sb.append('>').append(esc(s)).append("</text>\n");
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            String cid = id + "-clip" + (clips++);
            sb.append("<clipPath id=\"").append(cid).append("\"><rect x=\"");
            num(x).append("\" y=\"");
            num(y).append("\" width=\"");
            num(w).append("\" height=\"");
            num(h).append("\"/></clipPath>\n<g clip-path=\"url(#").append(cid).append(")\">\n");
        }

        @Override
        public void endClip() {
            sb.append("</g>\n");
        }

        @Override
        public void beginTip(String tip) {
            sb.append("<g><title>").append(esc(tip)).append("</title>\n");
        }

        @Override
        public void endTip() {
            sb.append("</g>\n");
        }

        private void opacity(String attr, Color c) {
            if (c != null && c.getAlpha() < 255) {
                sb.append(' ').append(attr).append("=\"");
                num(c.getAlpha() / 255.0).append('"');
            }
        }

        /** One decimal at most, no trailing ".0": coordinates are what most of an SVG's bytes are. */
        private StringBuilder num(double v) {
            if (!Double.isFinite(v)) {
                return sb.append('0');
            }
            long t = Math.round(v * 10);
            if (t < 0) {
                sb.append('-');
                t = -t;
            }
            sb.append(t / 10);
            if (t % 10 != 0) {
                sb.append('.').append(t % 10);
            }
            return sb;
        }

        static String hex(Color c) {
            return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        }

        static String esc(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\u200b' -> {
                    }
                    default -> out.append(ch);
                }
            }
            return out.toString();
        }
    }

    /** The same picture painted into an image, for the PNG. */
    final class Raster implements ChartCanvas {
        final BufferedImage image;
        private final Graphics2D g;

        Raster(int width, int height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        }

        BufferedImage finish() {
            g.dispose();
            return image;
        }

        @Override
        public void rect(double x, double y, double w, double h, Color fill, Color stroke, float strokeWidth) {
            Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
            if (fill != null) {
                g.setColor(fill);
                g.fill(r);
            }
            if (stroke != null) {
                g.setColor(stroke);
                g.setStroke(new BasicStroke(strokeWidth));
                g.draw(r);
            }
        }

        @Override
        public void polyline(double[] xs, double[] ys, int n, Color color, BasicStroke stroke) {
            if (n < 2) {
                return;
            }
            Path2D.Double p = new Path2D.Double();
            p.moveTo(xs[0], ys[0]);
            for (int i = 1; i < n; i++) {
                p.lineTo(xs[i], ys[i]);
            }
            g.setColor(color);
            g.setStroke(stroke);
            g.draw(p);
        }

        @Override
        public void marker(Shape s, double x, double y, double size, Color color) {
            double r = size / 2;
            g.setColor(color);
            switch (s) {
                case CIRCLE -> g.fill(new Ellipse2D.Double(x - r, y - r, size, size));
                case RING -> {
                    g.setStroke(new BasicStroke(2.5f));
                    g.draw(new Ellipse2D.Double(x - size * 1.2, y - size * 1.2, size * 2.4, size * 2.4));
                }
                case SQUARE -> g.fill(new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, size * 0.9, size * 0.9));
                case CROSS, PLUS -> {
                    double[][] p = crossLines(s, x, y, r);
                    g.setStroke(new BasicStroke(2f));
                    g.draw(new Line2D.Double(p[0][0], p[0][1], p[0][2], p[0][3]));
                    g.draw(new Line2D.Double(p[1][0], p[1][1], p[1][2], p[1][3]));
                }
                case NONE -> {
                }
                default -> {
                    double[] p = polygon(s, x, y, r);
                    Path2D.Double path = new Path2D.Double();
                    path.moveTo(p[0], p[1]);
                    for (int i = 2; i < p.length; i += 2) {
                        path.lineTo(p[i], p[i + 1]);
                    }
                    path.closePath();
                    g.fill(path);
                }
            }
        }

        @Override
        public void text(String s, double x, double y, Font f, Color color, Anchor a, double rotateDegrees) {
            String shown = s.replace("\u200b", "");
            double w = a == Anchor.START ? 0 : ChartCanvas.width(shown, f);
            double dx = a == Anchor.MIDDLE ? -w / 2 : a == Anchor.END ? -w : 0;
            AffineTransform old = g.getTransform();
            g.translate(x, y);
            if (rotateDegrees != 0) {
                g.rotate(Math.toRadians(rotateDegrees));
            }
            g.setFont(f);
            g.setColor(color);
            g.drawString(shown, (float) dx, 0f);
            g.setTransform(old);
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            g.setClip(new Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void endClip() {
            g.setClip(null);
        }

        @Override
        public void beginTip(String tip) {
        }

        @Override
        public void endTip() {
        }
    }

    /** Vertices (x0, y0, x1, y1, …) of a filled polygon marker of radius r at (x, y). */
    private static double[] polygon(Shape s, double x, double y, double r) {
        return switch (s) {
            case DIAMOND -> new double[] {x, y - r * 1.15, x + r * 1.15, y, x, y + r * 1.15, x - r * 1.15, y};
            case TRIANGLE_UP -> new double[] {x, y - r * 1.15, x + r * 1.1, y + r * 0.85, x - r * 1.1, y + r * 0.85};
            case TRIANGLE_DOWN -> new double[] {x, y + r * 1.15, x + r * 1.1, y - r * 0.85, x - r * 1.1, y - r * 0.85};
            default -> new double[] {x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r};
        };
    }

    /** The two strokes of a cross (×) or plus (+) marker: {x0, y0, x1, y1} each. */
    private static double[][] crossLines(Shape s, double x, double y, double r) {
        return s == Shape.CROSS
                ? new double[][] {{x - r, y - r, x + r, y + r}, {x - r, y + r, x + r, y - r}}
                : new double[][] {{x - r, y, x + r, y}, {x, y - r, x, y + r}};
    }
}
