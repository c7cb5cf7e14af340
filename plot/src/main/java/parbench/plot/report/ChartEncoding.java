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
        java.awt.image.BufferedImage img = ChartRenderer.supports(c) ? ChartRenderer.image(c) : BitmapEncoder.getBufferedImage(c);
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

    /** SVG bytes of a chart, its clip path named "chart" (see {@link #svg(Chart, String)}). */
    public static byte[] svg(Chart<?, ?> c) throws IOException {
        return svg(c, "chart");
    }

    /**
     * SVG bytes of a chart with real {@code <text>} ({@link ChartRenderer}), hover titles on its
     * points, and a {@code <title>} and {@code <desc>} (chart title, axis titles, series names)
     * after the root element for screen readers and search. {@code id} names the clip path, so
     * several charts can sit inline in one HTML page. A chart type the renderer does not know
     * goes through XChart's VectorGraphics2D export (text as glyph outlines).
     */
    public static byte[] svg(Chart<?, ?> c, String id) throws IOException {
        if (ChartRenderer.supports(c)) {
            return ChartRenderer.svg(c, id, desc(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(c, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        return out.toByteArray();
    }

    /** "x axis: …; y axis: …; series: …" (the series a reader sees in the legend). */
    static String desc(Chart<?, ?> c) {
        return "x axis: " + c.getXAxisTitle() + "; y axis: " + c.getYAxisTitle() + "; series: "
                + c.getSeriesMap().values().stream()
                        .filter(org.knowm.xchart.internal.series.Series::isShowInLegend) // not the interval bars
                        .map(org.knowm.xchart.internal.series.Series::getName)
                        .collect(java.util.stream.Collectors.joining(", "));
    }
}
