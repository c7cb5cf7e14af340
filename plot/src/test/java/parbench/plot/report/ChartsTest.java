package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.TestRecords.p;
import static parbench.plot.TestRecords.rec;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import parbench.plot.analysis.BaseKind;
import parbench.plot.analysis.Row;
import parbench.plot.model.Environment;

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

    static final String FIT = "forkjoin Amdahl fit f=0.050 [-0.113, 0.213]";
    static final String CORES = "cores = 2 (oversubscribed beyond)";

    @Test
    void speedupChartHasDataIdealAmdahlAndCoreMarker() throws Exception {
        Analysis a = GoldenWritersTest.fixture();
        XYChart c = (XYChart) named(charts(a), "speedup-matmulbenchmark-n-100").chart();
        assertEquals("threads (log2 scale)", c.getXAxisTitle());
        assertEquals("speedup S(p) = T(1)/T(p)", c.getYAxisTitle());
        // forkjoin t=1 has a 13 % half-width (interval too wide): imprecise, not suspect, so nothing is
        // ringed; its interval bars say how imprecise.
        assertEquals(List.of("forkjoin", FIT, "ideal S = p", CORES), legend(c));
        // Each point's interval is its own capped line, low to high as the (asymmetric) ratio has it.
        Row two = a.rows().stream().filter(r -> r.kind() == BaseKind.SELF
                && r.x().caseLabel().equals("MatmulBenchmark n=100") && r.x().method().equals("forkjoin")
                && r.x().threads() == 2).findFirst().orElseThrow();
        assertTrue(c.getSeriesMap().values().stream().filter(s -> !s.isShowInLegend()).anyMatch(s ->
                s.getXData()[2] == 1 && Math.abs(s.getYData()[2] - two.speedup().low()) < 1e-12
                        && Math.abs(s.getYData()[3] - two.speedup().high()) < 1e-12), "the 2-thread interval bar");
        XYSeries data = c.getSeriesMap().get("forkjoin");
        assertArrayEquals(new double[] {0, 1, 2}, data.getXData(), 1e-12); // log2 of 1, 2, 4 threads
        assertArrayEquals(new double[] {1, 20 / 10.5, 20 / 10.4}, data.getYData(), 1e-12);
        // The fit used 1 and 2 threads (4 > 2 cores is oversubscribed): it is drawn over 1..2 only.
        XYSeries fit = c.getSeriesMap().get(FIT);
        assertEquals("forkjoin Amdahl fit f=0.050\n  95 % CI [-0.113, 0.213]", fit.getLabel()); // legend text
        double[] fx = fit.getXData();
        double[] fy = fit.getYData();
        assertEquals(0, fx[0], 0);
        assertEquals(1, java.util.Arrays.stream(fx).max().getAsDouble(), 1e-12); // log2(2)
        assertEquals(1 / (0.05 + 0.95 / 2), fy[fy.length - 1], 1e-9); // Amdahl at p = 2
        assertArrayEquals(new double[] {1, 2, 4}, c.getSeriesMap().get("ideal S = p").getYData(), 0);
        assertArrayEquals(new double[] {1, 1}, c.getSeriesMap().get(CORES).getXData(), 0); // log2(2)
    }

    /** The series a reader sees in the legend (interval bars are not among them). */
    static List<String> legend(XYChart c) {
        return c.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getName)
                .collect(Collectors.toList());
    }

    @Test
    void aHugeIntervalIsCutAtTheAxisTopInsteadOfFlatteningTheChart() {
        // The README sweep's matmul t=4 speedup, 1.415 [0.7244, 20.65] from 3 forks, beside 1.76 [1.678, 1.847].
        IntervalBars bars = new IntervalBars();
        bars.add(1, new parbench.plot.stats.Ratio(1.76, 1.678, 1.847), java.awt.Color.BLUE);
        bars.add(2, new parbench.plot.stats.Ratio(1.415, 0.7244, 20.65), java.awt.Color.BLUE);
        double top = bars.axisTop(1.2);
        assertEquals(2 * 1.76, top, 1e-12);
        assertTrue(bars.clips(top));
        XYChart c = new XYChart(400, 300);
        bars.draw(c, top);
        List<XYSeries> drawn = new ArrayList<>(c.getSeriesMap().values());
        assertEquals(2, drawn.size());
        assertArrayEquals(new double[] {1.678, 1.678, 1.678, 1.847, 1.847, 1.847}, drawn.get(0).getYData(), 1e-12);
        // Cut: it ends at the top without a cap.
        assertArrayEquals(new double[] {0.7244, 0.7244, 0.7244, top}, drawn.get(1).getYData(), 1e-12);
        assertTrue(drawn.stream().noneMatch(XYSeries::isShowInLegend));
        // Intervals up to twice the highest estimate are shown whole.
        IntervalBars small = new IntervalBars();
        small.add(1, new parbench.plot.stats.Ratio(1.5, 1.0, 2.9), java.awt.Color.BLUE);
        assertEquals(2.9, small.axisTop(1.2), 1e-12);
        assertFalse(small.clips(2.9));
    }

    /** Speedup a bit above p at 2 threads gives f < 0: drawn as S = p, legend keeps the fitted f. */
    @Test
    void negativeSerialFractionIsDrawnClampedToZero() throws Exception {
        Analysis a = Analysis.of(List.of(Path.of("run/jmh.json")), List.of(
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "1"), 20, 20.2, 19.8),
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "2"), 9.5, 9.6, 9.4),
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "8"), 9.3, 9.4, 9.2)),
                Environment.unknown(2));
        assertTrue(a.series().get(0).fit().serialFraction() < 0, "fixture must fit a negative f");
        XYChart c = (XYChart) named(charts(a), "speedup-matmulbenchmark-n-100").chart();
        List<String> fits = c.getSeriesMap().keySet().stream().filter(k -> k.contains("Amdahl")).collect(Collectors.toList());
        assertEquals(1, fits.size(), fits.toString());
        String name = fits.get(0);
        assertTrue(name.matches("forkjoin Amdahl fit f=-0\\.050 \\[-?\\d\\.\\d{3}, -?\\d\\.\\d{3}\\] \\(drawn with f=0\\)"), name);
        XYSeries fit = c.getSeriesMap().get(name);
        double[] fx = fit.getXData();
        double[] fy = fit.getYData();
        assertEquals(1, java.util.Arrays.stream(fx).max().getAsDouble(), 1e-12, "drawn over 1..2 threads, not to 8");
        for (int i = 0; i < fx.length; i++) {
            assertEquals(Math.pow(2, fx[i]), fy[i], 1e-9, "f clamped to 0 draws S = p");
        }
        assertTrue(c.getSeriesMap().containsKey("cores = 2 (oversubscribed beyond)"));
    }

    @Test
    void amdahlLegendLabels() {
        assertEquals("simd_forkjoin Amdahl fit f=-0.033 [-0.080, 0.014] (drawn with f=0)",
                ScalingCharts.amdahlLabel("simd_forkjoin", -0.033, -0.08, 0.014));
        assertEquals("forkjoin Amdahl fit f=0.051 [0.030, 0.072]", ScalingCharts.amdahlLabel("forkjoin", 0.0513, 0.03, 0.072));
        assertEquals("x Amdahl fit f=0.100", ScalingCharts.amdahlLabel("x", 0.1, Double.NaN, Double.NaN));
        assertEquals("x Amdahl fit f=0.0001", ScalingCharts.amdahlLabel("x", 0.0001, Double.NaN, Double.NaN));
        assertEquals("simd_forkjoin Amdahl fit f=-0.033\n  95 % CI [-0.080, 0.014]\n  (drawn with f=0)",
                ScalingCharts.amdahlLegend("simd_forkjoin", -0.033, -0.08, 0.014));
        assertEquals("x Amdahl fit f=-0.100\n  (drawn with f=0)", ScalingCharts.amdahlLegend("x", -0.1, Double.NaN, Double.NaN));
        assertEquals("x Amdahl fit f=0.100", ScalingCharts.amdahlLegend("x", 0.1, Double.NaN, Double.NaN));
    }

    /** Without a core count every thread count is fitted, so the fit spans them all and no core marker is drawn. */
    @Test
    void unknownCoresFitsAndDrawsEveryThreadCount() throws Exception {
        Analysis a = Analysis.of(List.of(Path.of("run/jmh.json")), List.of(
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "1"), 20, 22, 18),
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "2"), 10.5, 11, 10),
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "4"), 6, 6.2, 5.8)),
                Environment.unknown(0));
        XYChart c = (XYChart) named(charts(a), "speedup-matmulbenchmark-n-100").chart();
        XYSeries fit = c.getSeriesMap().values().stream().filter(s -> s.getName().contains("Amdahl")).findFirst().orElseThrow();
        assertEquals(2, java.util.Arrays.stream(fit.getXData()).max().getAsDouble(), 1e-12); // log2(4)
        assertTrue(c.getSeriesMap().keySet().stream().noneMatch(k -> k.startsWith("cores")), c.getSeriesMap().keySet().toString());
    }

    /** XChart misplaces log-axis error bars of values ≤ 1: sub-1 times are shown in a smaller unit. */
    @Test
    void logBackendChartRescalesValuesBelowOne() throws Exception {
        Analysis a = Analysis.of(List.of(Path.of("run/jmh.json")), List.of(
                rec("parbench.bench.MatmulBenchmark.serial", "avgt", "ms/op", p("n", "100"), 0.5, 0.51, 0.49),
                rec("parbench.bench.MatmulBenchmark.simd", "avgt", "ms/op", p("n", "100"), 0.01, 0.0102, 0.0098)),
                Environment.unknown(2));
        CategoryChart b = BackendBars.backends("MatmulBenchmark n=100", a.measured(), new ArrayList<>());
        assertTrue(b.getStyler().isYAxisLogarithmic());
        assertEquals("mean score (us/op, log scale), 95 % CI, lower is better", b.getYAxisTitle());
        List<Double> y = b.getSeriesMap().get("us/op").getYData().stream().map(Number::doubleValue).collect(Collectors.toList());
        assertEquals(500, y.get(0), 1e-9);
        assertEquals(10, y.get(1), 1e-9);
        assertEquals("ns/op", BackendBars.smallerTimeUnit("ms/op", 0.5e-3));
        assertEquals(null, BackendBars.smallerTimeUnit("ops/s", 0.5));
    }

    /** Bars spanning more than 20x get a log y axis whose error bars still cover each interval. */
    @Test
    void backendChartUsesLogAxisForWideRanges() throws Exception {
        Analysis a = Analysis.of(List.of(Path.of("run/jmh.json")), List.of(
                rec("parbench.bench.MatmulBenchmark.serial", "avgt", "ms/op", p("n", "100"), 500, 510, 490),
                rec("parbench.bench.MatmulBenchmark.simd", "avgt", "ms/op", p("n", "100"), 10, 10.2, 9.8)),
                Environment.unknown(2));
        CategoryChart b = BackendBars.backends("MatmulBenchmark n=100", a.measured(), new ArrayList<>());
        assertTrue(b.getStyler().isYAxisLogarithmic());
        assertEquals("mean score (ms/op, log scale), 95 % CI, lower is better", b.getYAxisTitle());
        var s = b.getSeriesMap().get("ms/op");
        List<Double> y = s.getYData().stream().map(Number::doubleValue).collect(Collectors.toList());
        assertEquals(List.of(500.0, 10.0), y);
        assertEquals(1.0, b.getStyler().getYAxisMin(), 0);
        assertEquals(1000.0, b.getStyler().getYAxisMax(), 0);
        // XChart draws ±log10(e) decades: that must reach both ends of mean ± half-width.
        List<Double> e = s.getExtraValues().stream().map(Number::doubleValue).collect(Collectors.toList());
        for (int i = 0; i < y.size(); i++) {
            double half = a.measured().get(i).nativeSample().halfWidth();
            double d = Math.log10(e.get(i));
            assertTrue(Math.log10(y.get(i)) + d >= Math.log10(y.get(i) + half) - 1e-12);
            assertTrue(Math.log10(y.get(i)) - d <= Math.log10(y.get(i) - half) + 1e-12);
        }
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
        assertTrue(!b.getStyler().isYAxisLogarithmic(), "20 ms vs 2.5 ms is within 20x: linear axis");
        assertEquals("mean score (ms/op), 95 % CI, lower is better", b.getYAxisTitle());
        // forkjoin t=1: interval too wide; simd: one fork, no interval: imprecise, neither is suspect.
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
        var img = ImageIO.read(new ByteArrayInputStream(ChartEncoding.png(n.chart())));
        assertEquals(ChartStyle.WIDTH, img.getWidth());
        assertEquals(ChartStyle.HEIGHT, img.getHeight());
        byte[] svg = ChartEncoding.svg(n.chart());
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<title>Speedup vs same backend at 1 thread: MatmulBenchmark n=100</title>"), text.substring(0, 600));
        assertTrue(text.contains("series: forkjoin, " + FIT + ", ideal S = p, " + CORES));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", d.getDocumentElement().getNodeName());
        // One circle marker per data point (3) plus one in the legend; no suspect rings.
        assertEquals(4, d.getElementsByTagName("circle").getLength());
        // Text is text: the title, axis titles, tick labels and legend are <text> elements.
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < d.getElementsByTagName("text").getLength(); i++) {
            texts.add(d.getElementsByTagName("text").item(i).getTextContent());
        }
        assertTrue(texts.containsAll(List.of("Speedup vs same backend at 1 thread: MatmulBenchmark n=100", "threads (log2 scale)",
                "speedup S(p) = T(1)/T(p)", "1", "2", "4", "forkjoin", "ideal S = p", CORES)), texts.toString());
        assertTrue(text.length() < 30_000, text.length() + " bytes");
        // Each point carries its hover text: value, interval, forks, findings.
        assertTrue(text.contains("<g><title>forkjoin t=2 · MatmulBenchmark n=100\nspeedup 1.905 ["), text);
        assertTrue(text.contains("\nforks: "), text);
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
        assertEquals(5 * Charts.MAX_CASES_LARGE, all.size(),
                "4 scaling charts (speedup, efficiency, time, speedup vs best 1-thread) + 1 backend chart per capped case");
        assertTrue(notes.stream().anyMatch(x -> x.contains("first " + Charts.MAX_CASES_LARGE)), notes.toString());
    }

    @Test
    void aLongTitleIsShrunkToFitTheChartNotCut() {
        XYChart c = ScalingCharts.threadChart("Speedup vs best single-thread backend (simd_forkjoin t=1): "
                + "IrregularBenchmark items=100000,skew=100,cost=exponential,scaling=weak", "y", 4, 2);
        java.awt.Font f = c.getStyler().getChartTitleFont();
        var g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        int width = g.getFontMetrics(f).stringWidth(c.getTitle());
        g.dispose();
        assertTrue(width <= ChartStyle.WIDTH - 2 * ChartStyle.TITLE_MARGIN, width + " px in a " + ChartStyle.WIDTH + " px chart");
        assertTrue(f.getSize2D() < new XYChart(10, 10).getStyler().getChartTitleFont().getSize2D(), "font shrunk: " + f);
        XYChart shortTitle = ScalingCharts.threadChart("Time vs threads: X", "y", 4, 2);
        assertEquals(new XYChart(10, 10).getStyler().getChartTitleFont(), shortTitle.getStyler().getChartTitleFont());
    }
}
