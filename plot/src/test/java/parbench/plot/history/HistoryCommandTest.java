package parbench.plot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    static Result call(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = HistoryCommand.run(args, o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A JMH JSON run: three benchmarks, 3 forks x 3 iterations, 2 % noise; bSlower scales B. */
    static Path run(Path dir, long seed, double bFactor, double cFactor) throws IOException {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("[");
        String[][] benches = {{"parbench.bench.A.serial", "10.0"}, {"parbench.bench.B.simd", "2.0"},
                {"parbench.bench.C.serial", "50.0"}};
        for (int b = 0; b < benches.length; b++) {
            double base = Double.parseDouble(benches[b][1]) * (b == 1 ? bFactor : b == 2 ? cFactor : 1);
            sb.append(b > 0 ? "," : "").append("{\"jmhVersion\":\"1.37\",\"benchmark\":\"").append(benches[b][0])
                    .append("\",\"mode\":\"avgt\",\"threads\":1,\"forks\":3,\"jvm\":\"java\",\"jvmArgs\":[],")
                    .append("\"jdkVersion\":\"17\",\"params\":{\"n\":\"1024\"},\"primaryMetric\":{\"score\":")
                    .append(base).append(",\"scoreError\":0.1,\"scoreUnit\":\"ms/op\",\"rawData\":[");
            for (int f = 0; f < 3; f++) {
                double forkLevel = base * Math.exp(0.02 * r.nextGaussian());
                sb.append(f > 0 ? "," : "").append('[');
                for (int i = 0; i < 3; i++) {
                    sb.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "%.5f",
                            forkLevel * Math.exp(0.005 * r.nextGaussian())));
                }
                sb.append(']');
            }
            sb.append("]},\"secondaryMetrics\":{}}");
        }
        sb.append("]\n");
        Files.createDirectories(dir);
        Path f = dir.resolve("jmh.json");
        Files.writeString(f, sb.toString());
        return f;
    }

    static String commit(int i) {
        return String.format(Locale.ROOT, "c%02d%s", i, "ab12cd34ef56ab78cd90ef12ab34cd56ef78");
    }

    static String time(int i) {
        return String.format(Locale.ROOT, "2026-11-%02dT10:00:00Z", i + 1);
    }

    @Test
    void twelveRunsWithOneHiddenStepGiveExactlyThatChange() throws Exception {
        Path store = tmp.resolve("store");
        for (int i = 1; i <= 12; i++) {
            // B is 10 % slower from commit 8 on; A and C never change.
            Path f = run(tmp.resolve("run" + i), 100 + i, i >= 8 ? 1.10 : 1.0, 1.0);
            Result r = call("add", f.toString(), "--store", store.toString(), "--commit", commit(i), "--time", time(i));
            assertEquals(0, r.exit(), r.err());
        }
        Path out = tmp.resolve("report");
        Result r = call("report", "--store", store.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("changes.csv"));
        assertEquals(HistoryReport.CSV_HEADER, csv.get(0));
        assertEquals(2, csv.size(), "exactly one change expected: " + csv);
        String[] row = csv.get(1).split(",");
        assertEquals("parbench.bench.B.simd", row[0]);
        assertEquals(commit(8), row[4]);
        assertEquals("8", row[6]);
        double ratio = Double.parseDouble(row[10]);
        assertTrue(ratio > 1.07 && ratio < 1.13, "ratio " + ratio);
        // Golden files: the formats people and scripts read (regenerate with -Dhistory.golden.write=true).
        golden(out, "changes.csv");
        golden(out, "changes.md");
        String md = Files.readString(out.resolve("changes.md"));
        assertTrue(md.contains("B.simd (avgt)") && md.contains("`c08ab12`"), md);
        assertTrue(md.contains("1 change(s) found"), md);
        // One PNG and one SVG per benchmark; the page embeds its images and loads nothing.
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(6, names.size(), names.toString());
            assertEquals(3, names.stream().filter(n -> n.endsWith(".png")).count());
        }
        String html = Files.readString(out.resolve("index.html"));
        assertEquals(3, html.split("data:image/png;base64,", -1).length - 1);
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<script src"));
        String svg = Files.readString(firstSvgOf(out, "b-simd"));
        assertTrue(svg.contains("change 1: c08ab12 +"), "the chart marks the change");
    }

    private static void golden(Path out, String name) throws IOException {
        Path g = Path.of("src/test/resources/history/golden").resolve(name);
        String actual = Files.readString(out.resolve(name));
        if (Boolean.getBoolean("history.golden.write")) {
            Files.createDirectories(g.getParent());
            Files.writeString(g, actual);
        }
        assertEquals(Files.readString(g), actual, name + " differs from its golden file " + g);
    }

    private static Path firstSvgOf(Path out, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".svg"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void aSingleSlowRunIsNotAChange() throws Exception {
        Path store = tmp.resolve("store");
        for (int i = 1; i <= 12; i++) {
            Path f = run(tmp.resolve("run" + i), 300 + i, 1.0, i == 6 ? 1.5 : 1.0);
            assertEquals(0, call("add", f.toString(), "--store", store.toString(), "--commit", commit(i),
                    "--time", time(i)).exit());
        }
        Path out = tmp.resolve("report");
        assertEquals(0, call("report", "--store", store.toString(), "-o", out.toString()).exit());
        assertEquals(1, Files.readAllLines(out.resolve("changes.csv")).size());
        assertTrue(Files.readString(out.resolve("changes.md")).contains("No benchmark changed."));
    }

    @Test
    void aCommitTwiceIsRefusedUnlessAgain() throws Exception {
        Path store = tmp.resolve("store");
        Path f = run(tmp.resolve("run"), 1, 1, 1);
        assertEquals(0, call("add", f.toString(), "--store", store.toString(), "--commit", "abc", "--time", time(1)).exit());
        Result again = call("add", f.toString(), "--store", store.toString(), "--commit", "abc", "--time", time(2));
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("commit abc is already in"), again.err());
        assertEquals(1, new HistoryStore(store).entries().size());
        assertEquals(0, call("add", f.toString(), "--store", store.toString(), "--commit", "abc", "--time", time(2),
                "--again").exit());
        assertEquals(2, new HistoryStore(store).entries().size());
    }

    @Test
    void commitAndTimeComeFromEnvironmentJson() throws Exception {
        Path dir = tmp.resolve("run");
        run(dir, 1, 1, 1);
        Files.writeString(dir.resolve("environment.json"),
                "{\"git\": {\"commit\": \"0123456789abcdef\"}, \"start\": \"2026-11-30T09:00:00Z\"}");
        Path store = tmp.resolve("store");
        assertEquals(0, call("add", dir.toString(), "--store", store.toString()).exit());
        HistoryStore.Entry e = new HistoryStore(store).entries().get(0);
        assertEquals("0123456789abcdef", e.commit());
        assertEquals("2026-11-30T09:00:00Z", e.time().toString());
        assertTrue(Files.isRegularFile(store.resolve("entries").resolve(e.name()).resolve("environment.json")));
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        String[][] bad = {{"add", "--frob"}, {"add", "run"}, {"add", "--store", "s"}, {"add", "run", "--store"},
            {"report", "--store", "s"}, {"report", "stray"}, {"report", "--frob"}, {"report", "-o"},
            {"report", "--alpha", "2"}, {"report", "--alpha=x"}, {"report", "--min-change", "20"}, {"frob"}};
        String[] expected = {"add: unknown option --frob", "add: --store DIR is required", "add: no RUN given",
            "--store needs a value", "report: --store DIR and -o OUT are required", "report: unexpected argument stray",
            "report: unexpected argument --frob", "-o needs a value", "--alpha must be between 0 and 1",
            "--alpha: 'x' is not a number", "--min-change must be a fraction such as 0.02 or a percentage such as 2%",
            "unknown subcommand 'frob' (add or report)"};
        for (int i = 0; i < bad.length; i++) {
            Result r = call(bad[i]);
            assertEquals(2, r.exit(), String.join(" ", bad[i]));
            assertEquals("history: " + expected[i] + "\n", r.err());
        }
        assertEquals(2, call().exit());
        for (String[] help : new String[][] {{"-h"}, {"add", "--help"}, {"report", "-h"}}) {
            Result r = call(help);
            assertEquals(0, r.exit(), String.join(" ", help));
            assertTrue(r.out().startsWith("usage: history add"), r.out());
        }
    }

    @Test
    void badInputAddsNothingAndExits2() throws Exception {
        Path store = tmp.resolve("store");
        Path good = run(tmp.resolve("good"), 1, 1, 1);
        Path noCommit = run(tmp.resolve("nocommit"), 2, 1, 1);
        // The second run has no environment.json and no --commit: nothing at all is added.
        Result r = call("add", good.toString(), noCommit.toString(), "--store", store.toString(), "--time", time(1));
        assertEquals(2, r.exit());
        assertEquals(1, r.err().trim().lines().count(), r.err());
        assertTrue(r.err().contains("pass --commit"), r.err());
        assertEquals(List.of(), new HistoryStore(store).entries());
        assertEquals(2, call("add", tmp.resolve("missing").toString(), "--store", store.toString(), "--commit", "x",
                "--time", time(1)).exit());
        assertEquals(2, call("add", good.toString(), "--store", store.toString(), "--commit", "x", "--time", "yesterday").exit());
        assertEquals(2, call("report", "--store", store.toString(), "-o", tmp.resolve("o").toString()).exit());
        assertEquals(2, call("report", "--store", store.toString()).exit());
        assertEquals(2, call("frobnicate").exit());
        Path notJmh = tmp.resolve("bad.json");
        Files.writeString(notJmh, "{\"not\": \"jmh\"}");
        assertEquals(2, call("add", notJmh.toString(), "--store", store.toString(), "--commit", "x", "--time", time(1)).exit());
    }

    @Test
    void leftoversOfACrashedAddAreIgnoredAndEntriesAreNeverRewritten() throws Exception {
        Path store = tmp.resolve("store");
        Path f = run(tmp.resolve("run"), 1, 1, 1);
        assertEquals(0, call("add", f.toString(), "--store", store.toString(), "--commit", "one", "--time", time(1)).exit());
        HistoryStore.Entry first = new HistoryStore(store).entries().get(0);
        byte[] before = Files.readAllBytes(first.jmhJson());
        // What a crash between staging and rename leaves behind: a hidden half-written folder.
        Path staging = Files.createDirectories(store.resolve(".staging-123"));
        Files.writeString(staging.resolve("jmh.json"), "[{\"truncated");
        Files.createDirectories(store.resolve("entries").resolve(".staging-x"));
        assertEquals(0, call("add", f.toString(), "--store", store.toString(), "--commit", "two", "--time", time(2)).exit());
        List<HistoryStore.Entry> entries = new HistoryStore(store).entries();
        assertEquals(List.of("one", "two"), entries.stream().map(HistoryStore.Entry::commit).toList());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first.jmhJson())));
        Path out = tmp.resolve("r");
        assertEquals(0, call("report", "--store", store.toString(), "-o", out.toString(), "--no-charts").exit());
        List<Path> stray = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            s.filter(p -> p.getFileName().toString().startsWith(".")).forEach(stray::add);
        }
        assertEquals(List.of(), stray, "no staging folder left in the report folder");
    }
}
