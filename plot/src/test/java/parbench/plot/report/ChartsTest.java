package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.w3c.dom.Document;
import parbench.plot.analysis.Analysis;

/** Chart content: series names, point values, axis titles, and what the encoded files hold. */
class ChartsTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static List<Charts.Named> charts(Analysis a) {
        return Charts.build(a, new ArrayList<>());
    }

    static Charts.Named named(List<Charts.Named> all, String prefix) {
        return all.stream().filter(n -> n.stem().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + prefix + " in " + all));
    }

    @Test
    void speedupChartHasDataIdealAmdahlAndCoreMarker() throws Exception {
        Analysis a = GoldenWritersTest.fixture();
        XYChart c = (XYChart) named(charts(a), "speedup-matmulbenchmark-n-100").chart();
        assertEquals("threads (log2 scale)", c.getXAxisTitle());
        assertEquals("speedup S(p) = T(1)/T(p)", c.getYAxisTitle());
        assertEquals(List.of("forkjoin", "forkjoin Amdahl fit f=0.05", "ideal S = p", "cores = 2"),
                new ArrayList<>(c.getSeriesMap().keySet()));
        XYSeries data = c.getSeriesMap().get("forkjoin");
        assertArrayEquals(new double[] {0, 1, 2}, data.getXData(), 1e-12); // log2 of 1, 2, 4 threads
        assertArrayEquals(new double[] {1, 20 / 10.5, 20 / 10.4}, data.getYData(), 1e-12);
        XYSeries fit = c.getSeriesMap().get("forkjoin Amdahl fit f=0.05");
        double[] fy = fit.getYData();
        assertEquals(1 / (0.05 + 0.95 / 4), fy[fy.length - 1], 1e-9); // Amdahl at p = 4
        assertArrayEquals(new double[] {1, 2, 4}, c.getSeriesMap().get("ideal S = p").getYData(), 0);
        assertArrayEquals(new double[] {1, 1}, c.getSeriesMap().get("cores = 2").getXData(), 0); // log2(2)
    }

    @Test
    void efficiencyTimeBackendAndRooflineCharts() throws Exception {
        Analysis a = GoldenWritersTest.fixture();
        List<Charts.Named> all = charts(a);
        XYChart e = (XYChart) named(all, "efficiency-matmulbenchmark").chart();
        assertArrayEquals(new double[] {1, 20 / 10.5 / 2, 20 / 10.4 / 4}, e.getSeriesMap().get("forkjoin").getYData(), 1e-12);
        XYChart t = (XYChart) named(all, "time-matmulbenchmark").chart();
        assertEquals("mean score (ms/op), 95 % CI", t.getYAxisTitle());
        assertArrayEquals(new double[] {20, 10.5, 10.4}, t.getSeriesMap().get("forkjoin").getYData(), 1e-12);
        CategoryChart b = (CategoryChart) named(all, "backends-matmulbenchmark").chart();
        assertEquals(List.of("forkjoin t=1", "forkjoin t=2", "forkjoin t=4", "serial", "simd"),
                new ArrayList<>(b.getSeriesMap().get("ms/op").getXData()).stream().map(Object::toString)
                        .collect(Collectors.toList()));
        XYChart r = (XYChart) named(all, "roofline").chart();
        assertTrue(r.getSeriesMap().containsKey("roof t=1 (100 GFLOP/s, no stream_add)"), r.getSeriesMap().keySet().toString());
        assertTrue(r.getSeriesMap().containsKey("roof t=2 (200 GFLOP/s, no stream_add)"));
        // simd: 2·100³ flop in 2.5 ms = 0.8 GFLOP/s at intensity 2·100³/(12·100²) = 16.67 flop/byte.
        XYSeries simd = r.getSeriesMap().get("simd");
        assertEquals(16.666666666666668, simd.getXData()[0], 1e-9);
        assertEquals(0.8, simd.getYData()[0], 1e-9);
        assertTrue(!r.getSeriesMap().containsKey("forkjoin t=4"), "oversubscribed points stay off the roofline");
    }

    @Test
    void encodedPngAndSvgCarryTheChart() throws Exception {
        Analysis a = GoldenWritersTest.fixture();
        Charts.Named n = named(charts(a), "speedup-matmulbenchmark-n-100");
        var img = ImageIO.read(new ByteArrayInputStream(Charts.png(n.chart())));
        assertEquals(Charts.WIDTH, img.getWidth());
        assertEquals(Charts.HEIGHT, img.getHeight());
        byte[] svg = Charts.svg(n.chart());
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<title>Speedup vs same backend at 1 thread: MatmulBenchmark n=100</title>"), text.substring(0, 600));
        assertTrue(text.contains("series: forkjoin, forkjoin Amdahl fit f=0.05, ideal S = p, cores = 2"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", d.getDocumentElement().getNodeName());
        // One circle marker per data point (3) plus one in the legend.
        assertEquals(4, d.getElementsByTagName("ellipse").getLength());
    }

    @Test
    void chartsAreCappedForLargeInputs() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("charts-cap");
        java.nio.file.Path json = dir.resolve("jmh.json");
        java.nio.file.Files.writeString(json, parbench.plot.FakeRunAccess.many(2000));
        Analysis a = Analysis.of(List.of(json), parbench.plot.model.JmhJsonReader.read(json),
                parbench.plot.model.Environment.unknown(2));
        List<String> notes = new ArrayList<>();
        List<Charts.Named> all = Charts.build(a, notes);
        assertEquals(4 * Charts.MAX_CASES_LARGE, all.size(), "3 scaling charts + 1 backend chart per capped case");
        assertTrue(notes.stream().anyMatch(x -> x.contains("first " + Charts.MAX_CASES_LARGE)), notes.toString());
    }
}
