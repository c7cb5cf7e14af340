package parbench.plot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Encodes a chart as PNG and SVG bytes; no state (the PNG compression level is an argument). */
public final class ChartEncoding {

    private ChartEncoding() {
    }

    /** ImageIO PNG "quality" of the report: 1 = fastest deflate, 0 = smallest file. */
    public static final float PNG_QUALITY = 0.9f;

    /** PNG bytes of a chart at the report's {@link #PNG_QUALITY}. */
    public static byte[] png(Chart<?, ?> c) throws IOException {
        return png(c, PNG_QUALITY);
    }

    /** PNG bytes of a chart at an ImageIO PNG quality (1 = fastest deflate, 0 = smallest file). */
    public static byte[] png(Chart<?, ?> c, float quality) throws IOException {
        // ImageIO's default deflate level made PNG encoding the largest cost of a report; a
        // fast level makes files ~20 % larger and encoding several times faster.
        java.awt.image.BufferedImage img = BitmapEncoder.getBufferedImage(c);
        javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new javax.imageio.IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    /**
     * SVG bytes of a chart (VectorGraphics2D). VectorGraphics2D draws text as glyph outlines, so
     * a {@code <title>} and {@code <desc>} (chart title, axis titles, series names) are added
     * after the root element: screen readers and text search then find what the chart shows.
     */
    public static byte[] svg(Chart<?, ?> c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(c, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        String svg = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            return out.toByteArray();
        }
        String meta = "\n  <title>" + TableWriters.escape(c.getTitle()) + "</title>\n  <desc>x axis: "
                + TableWriters.escape(c.getXAxisTitle()) + "; y axis: " + TableWriters.escape(c.getYAxisTitle())
                + "; series: " + TableWriters.escape(c.getSeriesMap().values().stream()
                        .filter(org.knowm.xchart.internal.series.Series::isShowInLegend) // not the interval bars
                        .map(org.knowm.xchart.internal.series.Series::getName)
                        .collect(java.util.stream.Collectors.joining(", "))) + "</desc>";
        return (svg.substring(0, end + 1) + meta + svg.substring(end + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
