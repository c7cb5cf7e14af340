package parbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.io.AtomicFiles;

/** The {@code report} command end to end: output files, exit codes and messages. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int rc = ReportCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return rc;
    }

    @Test
    void harnessRunProducesTheWholeReportInTheRunFolder() throws Exception {
        Path json = FakeRun.writeHarnessRun(tmp.resolve("run"));
        assertEquals(0, run(json.toString()), err);
        Path dir = json.getParent();
        for (String f : List.of("report.html", "report.md", "targets.md", "results.csv", "speedup.csv", "amdahl.csv",
                "targets.csv", "missing.csv", "calibration.csv", "charts/roofline.png", "charts/roofline.svg",
                "charts/speedup-matmulbenchmark-n-1024.png", "charts/efficiency-matmulbenchmark-n-1024.svg",
                "charts/time-conv2dbenchmark-k-5-size-2048.png", "charts/backends-montecarlopibenchmark-samples-33554432.svg")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"targets\">Targets</h2>"));
        assertTrue(html.contains("<h2 id=\"missing\">Missing</h2>"));
        assertTrue(html.contains("MatmulBenchmark.jcuda_end_to_end"));
        assertTrue(html.contains("no NVIDIA driver: libcuda.so not found"));
        assertTrue(html.contains("AMD EPYC 7B13 (2 cores, 2 logical)"));
        assertTrue(html.contains("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), "charts inline (SVG)");
        assertFalse(html.contains("src=\"charts/"), "self-contained: no external images");
        assertTrue(html.contains("Fieller"), "method section");
        String targets = Files.readString(dir.resolve("targets.md"));
        assertTrue(targets.contains("| parallel efficiency at 2 threads, matmul |"), targets);
        List<String> speedup = Files.readAllLines(dir.resolve("speedup.csv"));
        assertTrue(speedup.get(0).startsWith("case,method,threads,base,"));
        assertTrue(speedup.stream().anyMatch(l -> l.contains(",simd_forkjoin,4,self_1_thread,") && l.contains(",true,strong")),
                "4 threads on 2 cores marked oversubscribed");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".report-tmp-")), "staging folder removed");
        }
        // Re-reporting without charts removes the charts of the earlier report.
        Files.writeString(dir.resolve("charts/keep.txt"), "not ours");
        assertEquals(0, run(json.toString(), "--no-charts"), err);
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            assertEquals(List.of("keep.txt"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        }
    }

    @Test
    void outputFolderAndCoresOptions() throws Exception {
        Path json = tmp.resolve("jmh.json");
        Files.copy(Path.of(getClass().getResource("/jmh/avgt.json").toURI()), json);
        Path outDir = tmp.resolve("elsewhere");
        assertEquals(0, run(json.toString(), "-o", outDir.toString(), "--cores", "1", "--no-charts"), err);
        assertTrue(Files.isRegularFile(outDir.resolve("report.html")));
        assertFalse(Files.exists(outDir.resolve("charts")));
        String md = Files.readString(outDir.resolve("report.md"));
        assertTrue(md.contains("Cores: 1"));
        assertTrue(md.contains("| Tiny n=1000 | forkjoin | 2 | serial |"), md);
        assertTrue(Files.readString(outDir.resolve("targets.md")).contains("No targets"));
    }

    @Test
    void everyJmhModeReports() throws Exception {
        for (String mode : List.of("avgt", "thrpt", "sample", "ss", "single-iteration", "no-params-secondary")) {
            Path json = Path.of(getClass().getResource("/jmh/" + mode + ".json").toURI());
            Path outDir = tmp.resolve(mode);
            int rc = run(json.toString(), "-o", outDir.toString(), "--no-charts");
            if (mode.equals("no-params-secondary")) {
                assertEquals(0, rc, mode + ": " + err);
                assertTrue(Files.readString(outDir.resolve("report.md")).contains("No base to compare against"),
                        "a single method without serial or threads=1: no speedups, and the report says why");
            } else {
                assertEquals(0, rc, mode + ": " + err);
                assertTrue(Files.readString(outDir.resolve("speedup.csv")).contains("self_1_thread"), mode);
            }
        }
    }

    @Test
    void emptyRunStillReportsWhatIsMissing() throws Exception {
        Path json = tmp.resolve("jmh.json");
        Files.writeString(json, "[]");
        assertEquals(0, run(json.toString()), err);
        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("the run produced no results"));
        assertTrue(html.contains("Core count unknown"));
    }

    @Test
    void badInputExitsTwoNamingFileAndProblem() throws Exception {
        Path malformed = tmp.resolve("malformed.json");
        Files.writeString(malformed, "[{");
        assertEquals(2, run(malformed.toString()));
        assertTrue(err.contains(malformed.toString()) && err.contains("malformed JSON"), err);

        Path notJmh = tmp.resolve("package.json");
        Files.writeString(notJmh, "{\"name\": \"left-pad\"}");
        assertEquals(2, run(notJmh.toString()));
        assertTrue(err.contains(notJmh.toString()) && err.contains("not JMH JSON output"), err);

        Path mixed = tmp.resolve("mixed.json");
        Files.writeString(mixed, "[" + record("a.B.serial", "{\"n\":\"1\"}", "ms/op") + ","
                + record("a.B.serial", "{\"n\":\"2\"}", "us/op") + "]");
        assertEquals(2, run(mixed.toString()));
        assertTrue(err.contains(mixed.toString()) && err.contains("mixed units"), err);


        Files.writeString(tmp.resolve("environment.json"), "{broken");
        Path good = tmp.resolve("jmh.json");
        Files.writeString(good, "[]");
        assertEquals(2, run(good.toString()));
        assertTrue(err.contains("environment.json") && err.contains("malformed JSON"), err);
        assertFalse(Files.exists(tmp.resolve("report.html")), "nothing written on bad input");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run());
        assertTrue(err.contains("no JMH JSON file given") && err.contains("usage: report"), err);
        assertEquals(2, run("x.json", "--cores", "two"));
        assertTrue(err.contains("'two' is not a whole number"), err);
        assertEquals(2, run("x.json", "--cores", "0"));
        assertEquals(2, run("x.json", "-o"));
        assertEquals(2, run("--frobnicate", "x.json"));
        assertTrue(err.contains("unknown option '--frobnicate'"), err);
        assertEquals(2, run(tmp.resolve("absent.json").toString()));
        assertTrue(err.contains("absent.json: no such file"), err);
        assertEquals(0, run("--help"));
        assertTrue(out.contains("usage: report"));
    }

    @Test
    void eachUsageErrorIsOneLineNamingItThenTheUsage() {
        String[][] bad = {{}, {"x.json", "--cores", "two"}, {"x.json", "--cores=0"}, {"x.json", "-o"},
            {"x.json", "--output"}, {"x.json", "--cores"}, {"x.json", "--scaling-param"}, {"x.json", "--scaling-param", "-o"},
            {"--frobnicate", "x.json"}};
        String[] expected = {"no JMH JSON file given", "--cores 'two' is not a whole number", "--cores must be at least 1, got 0",
            "-o needs a folder", "-o needs a folder", "--cores needs a number", "--scaling-param needs the name of a param",
            "--scaling-param needs the name of a param", "unknown option '--frobnicate'"};
        for (int i = 0; i < bad.length; i++) {
            assertEquals(2, run(bad[i]), String.join(" ", bad[i]));
            assertTrue(err.startsWith("report: " + expected[i] + "\nusage: report"), err);
        }
    }

    @Test
    void unwritableOutputExitsOneAndLeavesOldReport() throws Exception {
        Path json = tmp.resolve("jmh.json");
        Files.copy(Path.of(getClass().getResource("/jmh/avgt.json").toURI()), json);
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        assertEquals(1, run(json.toString(), "-o", blocker.toString(), "--no-charts"));
        assertTrue(err.contains("could not write the report"), err);
    }

    @Test
    void atomicOutputWritesAllOrNothing() throws Exception {
        Path outDir = tmp.resolve("out");
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("report.html"), "old report");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.html", "new report".getBytes(StandardCharsets.UTF_8));
        files.put("x", new byte[] {1});
        files.put("x/y.csv", new byte[] {2}); // "x" cannot be both a file and a folder: staging fails
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(outDir, files));
        assertEquals("old report", Files.readString(outDir.resolve("report.html")), "old report untouched");
        try (Stream<Path> s = Files.list(outDir)) {
            assertEquals(List.of("report.html"), s.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        }
        files.remove("x/y.csv");
        AtomicFiles.writeAll(outDir, files);
        assertEquals("new report", Files.readString(outDir.resolve("report.html")));
    }

    private static String record(String benchmark, String params, String unit) {
        return "{\"benchmark\":\"" + benchmark + "\",\"mode\":\"avgt\",\"params\":" + params
                + ",\"primaryMetric\":{\"score\":1.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"" + unit
                + "\",\"rawData\":[[1.0]]}}";
    }
}
