package parbench.plot;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times {@code report} over a 10,000-record input (not a unit test: timings do not belong in
 * tests). Prints the wall time of a cold first run in this JVM and of warm repeats, with and
 * without charts. Usage: {@code java -cp ... parbench.plot.ReportPerfMain [records]}; with
 * {@code --input FILE [records]} it only writes the input, to time {@code report} in a fresh JVM
 * (e.g. {@code /usr/bin/time java -cp ... parbench.plot.ReportCommand FILE --cores 2}).
 */
public final class ReportPerfMain {

    private ReportPerfMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--input")) {
            Files.writeString(Path.of(args[1]), FakeRun.many(args.length > 2 ? Integer.parseInt(args[2]) : 10_000, 7));
            return;
        }
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("parbench-perf");
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, FakeRun.many(records, 7));
        System.out.println("input: " + records + " records, " + Files.size(json) / 1024 + " KiB, cores=2");
        for (int i = 0; i < 2; i++) {
            // Phase breakdown (parse, analyse, render without charts, write) to see where time goes.
            long t0 = System.nanoTime();
            java.util.List<parbench.plot.model.BenchmarkResult> recs = parbench.plot.model.JmhJsonReader.read(json);
            long t1 = System.nanoTime();
            parbench.plot.analysis.Analysis a = parbench.plot.analysis.Analysis.of(java.util.List.of(json), recs,
                    parbench.plot.model.Environment.unknown(2));
            long t2 = System.nanoTime();
            java.util.Map<String, byte[]> files = parbench.plot.report.ReportWriter.render(a, false);
            long t3 = System.nanoTime();
            parbench.plot.io.AtomicFiles.writeAll(dir.resolve("phases"), files);
            long t4 = System.nanoTime();
            System.out.printf(java.util.Locale.ROOT, "phases: parse %.3f s, analyse %.3f s, render %.3f s, write %.3f s%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 4; i++) {
            boolean charts = i % 2 == 0;
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int rc = ReportCommand.run(charts ? new String[] {json.toString(), "--cores", "2"}
                    : new String[] {json.toString(), "--cores", "2", "--no-charts"});
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            // CPU time of this thread is less distorted than wall time on a shared machine.
            System.out.printf(java.util.Locale.ROOT, "run %d (%s, %s): exit %d, wall %.3f s, cpu %.3f s%n", i + 1,
                    i < 2 ? "cold" : "warm", charts ? "with charts" : "no charts", rc, (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        }
    }
}
