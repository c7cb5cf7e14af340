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
        Map<String, List<double[]>> byLabel = new TreeMap<>();
        List<double[]> suspect = new ArrayList<>();
        for (Measured m : placed) {
            if (m.work().get().flop() < largest.get(m.work().get().workload())) {
                continue;
            }
            Work w = m.work().get();
            double g = w.gflops(m.secondsPerOp());
            byLabel.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(new double[] {w.intensity(), g});
            if (a.checks().suspect(m)) {
                suspect.add(new double[] {w.intensity(), g});
            }
            yMin = Math.min(yMin, g);
        }
        int idx = 0;
        for (Map.Entry<String, List<double[]>> e : byLabel.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(p -> p[1]).toArray();
            XYSeries s = c.addSeries(e.getKey(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            // XChart's default theme repeats near-identical colour/marker pairs (yellow and
            // orange crosses) and includes light grey; 8 colours × 7 markers stay distinct for 56.
            ChartStyle.colour(s, idx);
            s.setMarker(ChartStyle.POINT_MARKERS[idx % ChartStyle.POINT_MARKERS.length]);
            idx++;
        }
        ChartStyle.markSuspect(c, suspect);
        c.getStyler().setXAxisMin(xMin);
        c.getStyler().setXAxisMax(xMax);
        c.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.max(1e-3, yMin)))));
        return Optional.of(c);
    }
}
