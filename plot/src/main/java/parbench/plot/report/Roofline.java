package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Work;

/** The roofline chart: the calibrated roofs and the largest case of each workload. */
public final class Roofline {

    static final java.awt.Color MARK_GREY = new java.awt.Color(80, 80, 80);

    /** What a point's marker says: its thread count, or which part of a device run it timed. */
    enum ThreadMark {
        ONE("1 thread (or none)", SeriesMarkers.CIRCLE), TWO("2 threads", SeriesMarkers.TRIANGLE_UP),
        FOUR("4 threads", SeriesMarkers.SQUARE), EIGHT("8 threads", SeriesMarkers.DIAMOND),
        MORE("more threads", SeriesMarkers.TRIANGLE_DOWN), END_TO_END("device, end to end", SeriesMarkers.CROSS),
        KERNEL("device, kernel only", SeriesMarkers.PLUS);

        final String text;
        final org.knowm.xchart.style.markers.Marker marker;

        ThreadMark(String text, org.knowm.xchart.style.markers.Marker marker) {
            this.text = text;
            this.marker = marker;
        }

        static ThreadMark of(Measured m) {
            if (m.method().endsWith("_end_to_end")) {
                return END_TO_END;
            }
            if (m.method().endsWith("_kernel_only")) {
                return KERNEL;
            }
            return switch (m.threads()) {
                case 0, 1 -> ONE;
                case 2 -> TWO;
                case 4 -> FOUR;
                case 8 -> EIGHT;
                default -> MORE;
            };
        }
    }

    private Roofline() {
    }

    /**
     * Log-log roofline: one roof per thread count having both calibrations, min(peak, AI·BW);
     * one point series per backend label, each point a workload at its compulsory-traffic
     * intensity. Monte Carlo is compute-only (no traffic) and is listed in the text instead.
     */
    static Optional<XYChart> roofline(Analysis a) {
        SortedMap<Integer, Double> fma = a.calibration().fmaGflops();
        SortedMap<Integer, Double> bw = a.calibration().streamAddGBs();
        if (fma.isEmpty() && bw.isEmpty()) {
            return Optional.empty();
        }
        XYChart c = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title("Roofline (calibrated in this run)")
                .xAxisTitle("arithmetic intensity (flop/byte, compulsory traffic)").yAxisTitle("GFLOP/s").build();
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        ChartStyle.fitTitle(c);
        double xMin = 0.01;
        double xMax = 1000;
        TreeSet<Integer> ts = new TreeSet<>(fma.keySet());
        ts.addAll(bw.keySet());
        double yMin = Double.MAX_VALUE;
        int roofs = 0;
        for (int t : ts) {
            if (a.cores() > 0 && t > a.cores()) {
                continue; // an oversubscribed calibration is not a roof of this machine
            }
            Double peak = fma.get(t);
            Double b = bw.get(t);
            int n = 60;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = xMin * Math.pow(xMax / xMin, i / (double) (n - 1));
                double mem = b == null ? Double.POSITIVE_INFINITY : x[i] * b;
                y[i] = Math.min(peak == null ? Double.POSITIVE_INFINITY : peak, mem);
            }
            if (!Double.isFinite(y[0])) {
                continue;
            }
            yMin = Math.min(yMin, y[0]);
            XYSeries roof = c.addSeries("roof t=" + t + " (" + (peak == null ? "no fma_peak" : Format.num(peak) + " GFLOP/s")
                    + ", " + (b == null ? "no stream_add" : Format.num(b) + " GB/s") + ")", x, y);
            roof.setMarker(SeriesMarkers.NONE);
            // Roofs in grey shades so they never share a colour with a backend's points.
            roof.setLineColor(ChartStyle.ROOF_GREYS[roofs % ChartStyle.ROOF_GREYS.length]);
            roof.setLineStyle(roofs++ % 2 == 0 ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        }
        // Only the largest case of each workload: in-cache sizes would sit above the DRAM roof.
        Map<String, Double> largest = new TreeMap<>();
        List<Measured> placed = new ArrayList<>();
        for (Measured m : a.measured()) {
            if (m.work().isEmpty() || Work.workloadOf(m.cls()).equals("calibration")
                    || m.work().get().flop() <= 0 || m.work().get().bytes() <= 0 || !Double.isFinite(m.secondsPerOp())
                    || (a.cores() > 0 && m.threads() > a.cores())) {
                continue;
            }
            placed.add(m);
            largest.merge(m.work().get().workload(), m.work().get().flop(), Math::max);
        }
        // One series per result label (hidden from the legend): colour = backend, marker = threads.
        Map<String, List<Measured>> byLabel = new TreeMap<>();
        Map<String, double[]> top = new TreeMap<>(); // workload -> {intensity, highest GFLOP/s}
        Map<String, String> caseOf = new TreeMap<>();
        List<double[]> suspect = new ArrayList<>();
        for (Measured m : placed) {
            if (m.work().get().flop() < largest.get(m.work().get().workload())) {
                continue;
            }
            Work w = m.work().get();
            double g = w.gflops(m.secondsPerOp());
            byLabel.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(m);
            if (a.checks().suspect(m)) {
                suspect.add(new double[] {w.intensity(), g});
            }
            top.merge(w.workload(), new double[] {w.intensity(), g}, (p, q) -> p[1] >= q[1] ? p : q);
            caseOf.put(w.workload(), m.caseLabel());
            yMin = Math.min(yMin, g);
        }
        java.util.TreeMap<Integer, String> families = new java.util.TreeMap<>();
        java.util.LinkedHashMap<ThreadMark, Boolean> marks = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<Measured>> e : byLabel.entrySet()) {
            List<Measured> ms = e.getValue();
            double[] x = ms.stream().mapToDouble(m -> m.work().get().intensity()).toArray();
            double[] y = ms.stream().mapToDouble(m -> m.work().get().gflops(m.secondsPerOp())).toArray();
            XYSeries s = c.addSeries(e.getKey(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            int b = ChartStyle.backendIndex(a, ms.get(0).method());
            families.put(b, ChartStyle.family(ms.get(0).method()));
            ThreadMark tm = ThreadMark.of(ms.get(0));
            marks.put(tm, true);
            s.setMarkerColor(ChartStyle.colorOf(b));
            s.setLineColor(ChartStyle.colorOf(b));
            s.setMarker(tm.marker);
            s.setShowInLegend(false);
            ChartMeta.tips(c, s, ms.stream().map(m -> ChartStyle.tip(a, m, Format.num(m.work().get().gflops(m.secondsPerOp()))
                    + " GFLOP/s at " + Format.num(m.work().get().intensity()) + " flop/byte")).toList());
        }
        ChartStyle.markSuspect(c, suspect);
        // The legend: backends by colour, thread counts by marker, then the roofs.
        ChartMeta meta = ChartMeta.of(c);
        List<ChartMeta.LegendEntry> legend = new ArrayList<>();
        if (!families.isEmpty()) {
            legend.add(ChartMeta.LegendEntry.heading("backend (colour)"));
            families.forEach((b, f) -> legend.add(new ChartMeta.LegendEntry(f, ChartStyle.colorOf(b), SeriesMarkers.SQUARE, null)));
            legend.add(ChartMeta.LegendEntry.heading("threads (marker)"));
            java.util.Arrays.stream(ThreadMark.values()).filter(marks::containsKey).forEach(tm ->
                    legend.add(new ChartMeta.LegendEntry(tm.text, MARK_GREY, tm.marker, null)));
        }
        legend.add(ChartMeta.LegendEntry.heading("roofs"));
        for (XYSeries r : c.getSeriesMap().values()) {
            if (r.getName().startsWith("roof ")) {
                legend.add(new ChartMeta.LegendEntry(r.getName().substring(5), r.getLineColor(), null, r.getLineStyle()));
            }
        }
        if (!suspect.isEmpty()) {
            legend.add(new ChartMeta.LegendEntry(ChartStyle.SUSPECT, ChartStyle.SUSPECT_RED, new ChartStyle.Ring(), null));
        }
        meta.legend = legend;
        // Each workload named at the bottom of its column of points.
        top.forEach((wl, p) -> meta.labels.add(new ChartMeta.Label(p[0], Double.NaN, caseOf.get(wl))));
        c.getStyler().setXAxisMin(xMin);
        c.getStyler().setXAxisMax(xMax);
        c.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.max(1e-3, yMin)))));
        return Optional.of(c);
    }
}
