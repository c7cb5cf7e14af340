package parbench.plot.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parbench.plot.analysis.Analysis;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;

/** Prints the CPU cost of PNG and SVG encoding per chart for a JMH file (not a test). */
public final class ChartCostMain {

    private ChartCostMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path json = Path.of(args[0]);
        Analysis a = Analysis.of(List.of(json), JmhJsonReader.read(json), Environment.besides(json).orElse(Environment.unknown(2)));
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (float q : new float[] {0.0f, 0.5f, 0.9f, 1.0f, 0.9f}) {
            List<Charts.Named> cs = Charts.build(a, new ArrayList<>());
            long c0 = mx.getCurrentThreadCpuTime();
            long bytes = 0;
            for (Charts.Named n : cs) {
                bytes += ChartEncoding.png(n.chart(), q).length;
            }
            long c1 = mx.getCurrentThreadCpuTime();
            long svg = 0;
            for (Charts.Named n : cs) {
                svg += ChartEncoding.svg(n.chart()).length;
            }
            long c2 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "%d charts, png quality %.1f: png %.1f ms/chart (%d KiB total), svg %.1f ms/chart (%d KiB)%n",
                    cs.size(), q, (c1 - c0) / 1e6 / cs.size(), bytes / 1024, (c2 - c1) / 1e6 / cs.size(), svg / 1024);
        }
    }
}
