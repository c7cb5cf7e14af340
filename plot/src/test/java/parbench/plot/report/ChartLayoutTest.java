package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import parbench.plot.analysis.Crossover;
import parbench.plot.stats.Ratio;

/**
 * Layout of {@link ChartRenderer}'s drawing: labels at the plot's bottom that would touch go up a
 * row, interval bars of series at one x are dodged apart, and the crossover chart's bars are the
 * measured interval in log2 units (a factor of 2 above and below the same length, not symmetric).
 */
class ChartLayoutTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static NodeList svg(XYChart c, String tag) throws Exception {
        byte[] svg = ChartEncoding.svg(c);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                .getElementsByTagName(tag);
    }

    private static Element text(NodeList texts, String content) {
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals(content)) {
                return (Element) texts.item(i);
            }
        }
        throw new AssertionError("no text " + content);
    }

    @Test
    void bottomLabelsThatWouldTouchGoUpARowAndStayOffTheAxes() throws Exception {
        XYChart c = new XYChartBuilder().width(900).height(520).title("labels").build();
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setLegendVisible(false);
        c.addSeries("points", new double[] {0.01, 6.4, 8, 1000}, new double[] {1, 10, 20, 100});
        ChartMeta meta = ChartMeta.of(c);
        String a = "Conv2dBenchmark k=5,size=2048";
        String b = "MatmulBenchmark n=1024";
        String edge = "VectorAddBenchmark n=16777216";
        meta.labels.add(new ChartMeta.Label(8, Double.NaN, b));
        meta.labels.add(new ChartMeta.Label(6.4, Double.NaN, a));
        meta.labels.add(new ChartMeta.Label(0.01, Double.NaN, edge));
        NodeList texts = svg(c, "text");
        Element ea = text(texts, a);
        Element eb = text(texts, b);
        // Same row they would overlap (their centres are ~20 px apart): the one further right moves up.
        assertTrue(Double.parseDouble(eb.getAttribute("y")) < Double.parseDouble(ea.getAttribute("y")) - 10,
                ea.getAttribute("y") + " / " + eb.getAttribute("y"));
        // The leftmost one is whole inside the plot and a gap away from its left edge (the y axis).
        NodeList rects = svg(c, "rect");
        double plotLeft = Double.NaN;
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("stroke").equals(ChartCanvas.Svg.hex(ChartRenderer.AXIS_GREY))) {
                plotLeft = Double.parseDouble(r.getAttribute("x"));
            }
        }
        Element ee = text(texts, edge);
        double left = Double.parseDouble(ee.getAttribute("x")) - ChartCanvas.width(edge, ChartRenderer.LABEL) / 2;
        assertTrue(left >= plotLeft + ChartRenderer.LABEL_GAP - 0.2, left + " vs plot edge " + plotLeft);
    }

    @Test
    void intervalBarsOfSeriesAtOneXAreDodgedApart() throws Exception {
        XYChart c = new XYChartBuilder().width(900).height(520).title("dodge").build();
        Color[] colours = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115)};
        ChartMeta meta = ChartMeta.of(c);
        for (int k = 0; k < colours.length; k++) {
            XYSeries s = c.addSeries("s" + k, new double[] {1, 2}, new double[] {1.5, 1.6});
            s.setLineColor(colours[k]);
            s.setMarkerColor(colours[k]);
            meta.intervals.put(s, new double[][] {{1.0, 1.2}, {2.0, 2.1}});
        }
        c.getStyler().setErrorBarsColorSeriesColor(true);
        NodeList lines = svg(c, "polyline");
        List<Double> barX = new ArrayList<>();
        for (Color col : colours) {
            for (int i = 0; i < lines.getLength(); i++) {
                Element p = (Element) lines.item(i);
                String[] pts = p.getAttribute("points").split(" ");
                if (p.getAttribute("stroke").equals(ChartCanvas.Svg.hex(col)) && pts.length == 2
                        && pts[0].split(",")[0].equals(pts[1].split(",")[0])) {
                    barX.add(Double.parseDouble(pts[0].split(",")[0])); // first vertical line: the bar at x=1
                    break;
                }
            }
        }
        assertEquals(3, barX.size(), barX.toString());
        assertEquals(ChartRenderer.DODGE, barX.get(1) - barX.get(0), 0.15, barX.toString());
        assertEquals(ChartRenderer.DODGE, barX.get(2) - barX.get(1), 0.15, barX.toString());
    }

    @Test
    void crossoverBarsAreTheMeasuredIntervalInLog2Units() {
        Crossover.Point p = new Crossover.Point(1 << 20, new Ratio(1.0, 0.5, 4.0), "forkjoin", Crossover.Status.HOLDS);
        assertEquals(-1.0, CrossoverReport.log2Bound(p, true), 1e-12); // ÷2 below
        assertEquals(2.0, CrossoverReport.log2Bound(p, false), 1e-12); // ×4 above: longer, as measured
        Crossover.Point open = new Crossover.Point(1 << 20, new Ratio(1.2, -0.3, 3.0), "forkjoin", Crossover.Status.HOLDS);
        assertEquals(Double.NEGATIVE_INFINITY, CrossoverReport.log2Bound(open, true));
        Crossover.Point none = new Crossover.Point(1 << 20, new Ratio(1.2, Double.NaN, Double.NaN), "forkjoin",
                Crossover.Status.UNRESOLVED);
        assertTrue(Double.isNaN(CrossoverReport.log2Bound(none, true)));
        assertNotEquals(CrossoverReport.log2Bound(p, false), -CrossoverReport.log2Bound(p, true));
    }
}
