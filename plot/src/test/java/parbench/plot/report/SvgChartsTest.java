package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import parbench.plot.analysis.Analysis;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.PairedSpeedups;

/**
 * The charts of a real sweep (results/example, 122 results on 2 cores): every SVG has real
 * {@code <text>} and is at most 150 KB (XChart's glyph outlines made them 420–1200 KB), and
 * report.html carries them inline, self-contained, with hover titles on the points.
 */
class SvgChartsTest {

    static final Path EXAMPLE = Path.of("../results/example/jmh.json");
    static final int MAX_SVG_BYTES = 150 * 1024;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static Map<String, byte[]> render() throws Exception {
        Analysis a = Analysis.of(List.of(Path.of("results/example/jmh.json")), JmhJsonReader.read(EXAMPLE),
                Environment.besides(EXAMPLE).orElseThrow(), IterationsFile.besides(EXAMPLE).orElse(null), null,
                PairedSpeedups.besides(EXAMPLE).orElse(null));
        return ReportWriter.render(a, true);
    }

    @Test
    void everySvgOfTheSweepHasRealTextAndStaysSmall() throws Exception {
        Map<String, byte[]> files = render();
        int svgs = 0;
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!e.getKey().endsWith(".svg")) {
                continue;
            }
            svgs++;
            assertTrue(e.getValue().length <= MAX_SVG_BYTES, e.getKey() + ": " + e.getValue().length + " bytes");
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
            assertTrue(d.getElementsByTagName("text").getLength() >= 10, e.getKey() + ": title, axes, ticks, legend as <text>");
            // Glyph outlines would be hundreds of filled paths; markers are few.
            assertTrue(d.getElementsByTagName("path").getLength() < 200, e.getKey());
        }
        assertTrue(svgs >= 25, svgs + " SVG charts");
        String roofline = new String(files.get("charts/roofline.svg"), StandardCharsets.UTF_8);
        for (String t : List.of(">backend (colour)</text>", ">threads (marker)</text>", ">forkjoin</text>",
                ">aparapi</text>", ">2 threads</text>", ">device, kernel only</text>")) {
            assertTrue(roofline.contains(t), t);
        }
        assertFalse(roofline.contains(">forkjoin t=2</text>"), "one legend entry per backend, not per backend and thread count");
    }

    @Test
    void reportHtmlIsOneFileWithInlineChartsAndHoverTitles() throws Exception {
        Map<String, byte[]> files = render();
        String html = new String(files.get("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("src=\"charts/") || html.contains("href=\"charts/"), "no external files");
        long charts = files.keySet().stream().filter(k -> k.endsWith(".svg")).count();
        assertEquals(charts, html.split("<figure>\n<svg ", -1).length - 1, "every chart inline");
        // Clip paths are unique within the page (one per chart).
        assertTrue(html.contains("clip-path=\"url(#roofline-clip0)\""));
        assertTrue(html.contains("<g><title>simd_forkjoin t=2 · MatmulBenchmark n=1024\nspeedup vs "), "hover text");
        assertTrue(html.contains("\nforks: 3"));
        assertTrue(html.length() < 3_000_000, html.length() + " bytes");
    }

    /** A legend taller than the chart ends in "… n more" instead of running off its bottom edge. */
    @Test
    void aLongLegendIsCutWithANoteNotClipped() throws Exception {
        org.knowm.xchart.XYChart c = ScalingCharts.threadChart("Many backends", "speedup", 8, 2);
        for (int i = 0; i < 14; i++) {
            c.addSeries("backend_" + i + " Amdahl fit f=0.100\n  95 % CI [0.050, 0.150]\n  (drawn with f=0)",
                    new double[] {0, 1, 2}, new double[] {1, 1.5 + i * 0.01, 2});
        }
        String svg = new String(ChartEncoding.svg(c), StandardCharsets.UTF_8);
        assertTrue(svg.contains("more (see the tables)</text>"), svg);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                svg.getBytes(StandardCharsets.UTF_8)));
        var texts = d.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            double y = Double.parseDouble(((org.w3c.dom.Element) texts.item(i)).getAttribute("y"));
            assertTrue(y > 0 && y < c.getHeight(), texts.item(i).getTextContent() + " at y=" + y);
        }
    }
}
