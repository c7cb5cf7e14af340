package parbench.bench.run;

import parbench.bench.cli.Main;

import parbench.plot.io.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The fork scheduler's pieces: the probe channel, plans, the per-fork store and the merge. */
class ForkSchedulerTest {

    // ---- the probe's answer travels in a file, whatever the child prints ----

    private static List<String> garbageProbe(String... extra) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GarbageProbe.class.getName()));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    @Test
    void probeAnswerSurvivesGarbageOnStdoutAndStderr() {
        JsonObject probe = Environment.runProbe(garbageProbe());
        assertFalse(probe.has("error"), probe.toString());
        JsonObject backends = probe.getAsJsonObject("backends");
        assertTrue(backends.getAsJsonObject("serial").get("available").getAsBoolean());
        String jocl = backends.getAsJsonObject("jocl").get("detail").getAsString();
        assertTrue(jocl.startsWith("no OpenCL library could be loaded") && jocl.contains("Could not load libOpenCL.so"), jocl);
        // The CUDA backend is not blamed for an OpenCL message; the serial one is left alone.
        assertEquals("no NVIDIA driver", backends.getAsJsonObject("jcuda").get("detail").getAsString());
        assertEquals("plain Java", backends.getAsJsonObject("serial").get("detail").getAsString());
        String chatter = probe.getAsJsonArray("probeOutput").toString();
        assertTrue(chatter.contains("some native warning on stderr") && chatter.contains("trailing garbage"), chatter);
    }

    @Test
    void probeWithoutAnswerIsAnErrorQuotingWhatItPrinted() {
        JsonObject probe = Environment.runProbe(garbageProbe("--no-answer"));
        String error = probe.get("error").getAsString();
        assertTrue(error.contains("exited 3 without an answer") && error.contains("{ not json"), error);
    }

    @Test
    void chatterKeepsDistinctNonBlankLinesInOrder() {
        assertEquals(List.of("a", "b"), Environment.chatter("a\n\n  b \r\na\n"));
    }

    // ---- plans: rounds, missing forks, round trip ----

    private static ForkPlan plan(int combinations, int forks, long seed) {
        List<ForkPlan.Combination> cs = new ArrayList<>();
        for (int i = 0; i < combinations; i++) {
            cs.add(new ForkPlan.Combination("parbench.bench.X.m" + i, "avgt", Map.of("threads", String.valueOf(i % 2 + 1))));
        }
        return new ForkPlan(List.of("-p", "threads=1,2"), cs, forks, seed, "/tmp/r/jmh.json", "JSON");
    }

    @Test
    void roundsRunForkKOfEveryCombinationBeforeForkKPlusOne() {
        List<ForkPlan.Slot> order = ForkPlan.rounds(7, 4, 42);
        assertEquals(28, order.size());
        for (int round = 0; round < 4; round++) {
            Set<Integer> seen = new HashSet<>();
            for (ForkPlan.Slot s : order.subList(round * 7, round * 7 + 7)) {
                assertEquals(round + 1, s.fork());
                seen.add(s.combination());
            }
            assertEquals(7, seen.size(), "every combination once in round " + (round + 1));
        }
        assertEquals(order, ForkPlan.rounds(7, 4, 42), "the seed reproduces the order");
        assertNotEquals(order, ForkPlan.rounds(7, 4, 43));
        List<Integer> first = order.subList(0, 7).stream().map(ForkPlan.Slot::combination).toList();
        boolean reshuffled = false;
        for (int round = 1; round < 4; round++) {
            reshuffled |= !first.equals(order.subList(round * 7, round * 7 + 7).stream().map(ForkPlan.Slot::combination).toList());
        }
        assertTrue(reshuffled, "each round is shuffled afresh");
    }

    @Test
    void resumeRunsOnlyTheMissingForksInPlanOrder() {
        ForkPlan p = plan(3, 2, 7);
        Set<ForkPlan.Slot> done = new HashSet<>(p.order.subList(0, 4));
        done.add(p.order.get(5));
        List<ForkPlan.Slot> missing = p.missing(done);
        assertEquals(List.of(p.order.get(4)), missing);
        assertEquals(p.order, p.missing(Set.of()));
        assertEquals(List.of(), p.missing(new HashSet<>(p.order)));
    }

    @Test
    void planSurvivesItsJsonRoundTrip(@TempDir Path dir) throws IOException {
        ForkPlan p = plan(5, 3, -99);
        p.write(dir);
        ForkPlan back = ForkPlan.read(dir);
        assertEquals(p.combinations, back.combinations);
        assertEquals(p.order, back.order);
        assertEquals(p.args, back.args);
        assertEquals("/tmp/r/jmh.json", back.resultFile);
    }

    @Test
    void readingAFolderWithoutPlanIsAOneLineError(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForkPlan.read(dir));
        assertTrue(e.getMessage().contains("has no plan.json") && !e.getMessage().contains("\n"), e.getMessage());
    }

    // ---- bad input on the command line ----

    @Test
    void resumeOfAFolderWithNoPlanExits2WithOneLine(@TempDir Path dir) {
        Run r = run("--resume", dir.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("error: " + dir + " has no plan.json"), r.err);
        assertFalse(r.err.contains("\tat "), "no stack trace");
        assertEquals("", r.out);
    }

    @Test
    void resumeTakesNoJmhOptionsAndNeedsAFolder(@TempDir Path dir) {
        Run r = run("--resume", dir.toString(), "-f", "3");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("--resume takes no JMH options"), r.err);
        Run s = run("--resume");
        assertEquals(2, s.code);
        assertTrue(s.err.contains("--resume needs the run folder"), s.err);
    }

    // ---- atomic writes ----

    @Test
    void atomicWriteReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("jmh.json");
        AtomicFiles.write(f, "[1]".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(f, "[1, 2]".getBytes(StandardCharsets.UTF_8));
        assertEquals("[1, 2]", Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
        // Into a folder that does not exist yet.
        Path g = dir.resolve("a/b/iterations.json");
        AtomicFiles.write(g, "[]".getBytes(StandardCharsets.UTF_8));
        assertEquals("[]", Files.readString(g));
    }

    // ---- per-fork results: store, merge, iterations ----

    private static BenchmarkParams params(String threads, int forks) {
        WorkloadParams wp = new WorkloadParams();
        wp.put("n", "1024", 0);
        wp.put("threads", threads, 1);
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 2, TimeValue.milliseconds(100), 1);
        IterationParams measurement = new IterationParams(IterationType.MEASUREMENT, 3, TimeValue.milliseconds(100), 1);
        return new BenchmarkParams("parbench.bench.MatmulBenchmark.forkjoin", "parbench.bench.jmh_generated.MatmulBenchmark_forkjoin_jmhTest.forkjoin_AverageTime",
                false, 1, new int[] {1}, List.of(), forks, 0, warmup, measurement, Mode.AverageTime, wp, TimeUnit.MILLISECONDS, 1,
                "/usr/lib/jvm/java-17/bin/java", List.of("--add-modules=jdk.incubator.vector", "-XX:+UseTransparentHugePages"),
                "17.0.15", "OpenJDK 64-Bit Server VM", "17.0.15+6", "1.37", TimeValue.minutes(10));
    }

    /** One fork of JMH's result: each score s is 10 ops in s*10 ms. */
    private static RunResult fork(String threads, double... scores) {
        BenchmarkParams bp = params(threads, 1);
        List<IterationResult> its = new ArrayList<>();
        for (double s : scores) {
            IterationResult ir = new IterationResult(bp, bp.getMeasurement(), new IterationResultMetaData(10, 10));
            ir.addResult(new AverageTimeResult(ResultRole.PRIMARY, "forkjoin", 10, Math.round(s * 10 * 1e6), TimeUnit.MILLISECONDS));
            its.add(ir);
        }
        return new RunResult(bp, List.of(new BenchmarkResult(bp, its)));
    }

    private static List<ForkResults.ForkRecord> records() {
        // Saved in the order the rounds ran them: fork 2 of combination 0 after combination 1's fork 1.
        return List.of(
                new ForkResults.ForkRecord(1, 1, fork("2", 6.0, 6.5, 7.0), "ms/op", List.of(9.0, 8.0), List.of(6.0, 6.5, 7.0)),
                new ForkResults.ForkRecord(0, 1, fork("1", 10.0, 11.0, 12.0), "ms/op", List.of(20.0, 14.0), List.of(10.0, 11.0, 12.0)),
                new ForkResults.ForkRecord(0, 2, fork("1", 13.0, 12.5, 12.0), "ms/op", List.of(15.0, 13.0), List.of(13.0, 12.5, 12.0)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ForkSchedulerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mergeGivesOneJmhRecordPerCombinationWithOneRawArrayPerFork() throws IOException {
        String json = new String(ForkResults.format(ForkResults.merge(records()), ResultFormatType.JSON), StandardCharsets.UTF_8);
        assertEquals(resource("merged-forks.golden.json"), json);
        JsonArray rs = JsonParser.parseString(json).getAsJsonArray();
        assertEquals(2, rs.size());
        // In plan order: combination 0 (threads=1) first, although its first fork finished second.
        JsonObject one = rs.get(0).getAsJsonObject();
        JsonObject two = rs.get(1).getAsJsonObject();
        assertEquals("1", one.getAsJsonObject("params").get("threads").getAsString());
        assertEquals(2, one.get("forks").getAsInt());
        assertEquals("[[10.0,11.0,12.0],[13.0,12.5,12.0]]", one.getAsJsonObject("primaryMetric").get("rawData").toString());
        assertEquals(11.75, one.getAsJsonObject("primaryMetric").get("score").getAsDouble(), 1e-12);
        assertEquals(1, two.get("forks").getAsInt());
    }

    @Test
    void mergeEqualsWhatJmhWritesForTheSameForksRunTogether() {
        RunResult native2 = new RunResult(params("1", 2), List.of(
                fork("1", 10.0, 11.0, 12.0).getBenchmarkResults().iterator().next(),
                fork("1", 13.0, 12.5, 12.0).getBenchmarkResults().iterator().next()));
        List<RunResult> merged = ForkResults.merge(records().subList(1, 3));
        assertEquals(new String(ForkResults.format(List.of(native2), ResultFormatType.JSON), StandardCharsets.UTF_8),
                new String(ForkResults.format(merged, ResultFormatType.JSON), StandardCharsets.UTF_8));
    }

    @Test
    void forkRecordsSurviveTheStoreAndFailedForksAreSkippedInTheMerge(@TempDir Path dir) throws IOException {
        for (ForkResults.ForkRecord r : records()) {
            ForkResults.save(dir, r);
        }
        ForkResults.save(dir, new ForkResults.ForkRecord(2, 1, null, "", List.of(), List.of()));
        List<ForkResults.ForkRecord> back = ForkResults.load(dir);
        assertEquals(4, back.size());
        assertEquals(2, ForkResults.merge(back).size());
        assertEquals(new String(ForkResults.format(ForkResults.merge(records()), ResultFormatType.JSON), StandardCharsets.UTF_8),
                new String(ForkResults.format(ForkResults.merge(back), ResultFormatType.JSON), StandardCharsets.UTF_8));
    }

    @Test
    void unreadableForkFileIsAnIoError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("forks"));
        Files.writeString(dir.resolve("forks/c00000-f001.ser"), "not a fork");
        assertThrows(IOException.class, () -> ForkResults.load(dir));
    }

    @Test
    void iterationsJsonHasOneObjectPerForkInTheContractsShape() {
        List<ForkPlan.Combination> cs = List.of(
                new ForkPlan.Combination("parbench.bench.MatmulBenchmark.forkjoin", "avgt", new LinkedHashMap<>(Map.of("threads", "1"))),
                new ForkPlan.Combination("parbench.bench.MatmulBenchmark.forkjoin", "avgt", new LinkedHashMap<>(Map.of("threads", "2"))));
        ForkPlan p = new ForkPlan(List.of(), cs, 2, 1, "x", "JSON");
        JsonArray it = ForkResults.iterations(records(), p);
        assertEquals(3, it.size());
        JsonObject first = it.get(0).getAsJsonObject();
        assertEquals("{\"benchmark\":\"parbench.bench.MatmulBenchmark.forkjoin\",\"mode\":\"avgt\",\"params\":{\"threads\":\"1\"},"
                + "\"fork\":1,\"unit\":\"ms/op\",\"warmup\":[20.0,14.0],\"measurement\":[10.0,11.0,12.0]}", first.toString());
        assertEquals(2, it.get(1).getAsJsonObject().get("fork").getAsInt());
        assertEquals("2", it.get(2).getAsJsonObject().getAsJsonObject("params").get("threads").getAsString());
    }

    @Test
    void captureKeepsWarmupAndMeasurementScoresOfTheLastForkOnly() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        OutputFormat normal = OutputFormatFactory.createFormatInstance(new PrintStream(console, true, StandardCharsets.UTF_8), VerboseMode.SILENT);
        IterationCapture c = new IterationCapture(normal);
        BenchmarkParams bp = params("1", 1);
        for (int warmupFork = 0; warmupFork < 2; warmupFork++) {
            double offset = warmupFork * 100;
            for (int i = 1; i <= 2; i++) {
                c.iteration(bp, bp.getWarmup(), i);
                c.iterationResult(bp, bp.getWarmup(), i, iteration(bp, bp.getWarmup(), offset + 20 + i));
            }
            for (int i = 1; i <= 3; i++) {
                c.iteration(bp, bp.getMeasurement(), i);
                c.iterationResult(bp, bp.getMeasurement(), i, iteration(bp, bp.getMeasurement(), offset + i));
            }
        }
        assertEquals(List.of(121.0, 122.0), c.warmup());
        assertEquals(List.of(101.0, 102.0, 103.0), c.measurement());
        assertEquals("ms/op", c.unit());
    }

    private static IterationResult iteration(BenchmarkParams bp, IterationParams ip, double score) {
        IterationResult ir = new IterationResult(bp, ip, new IterationResultMetaData(10, 10));
        ir.addResult(new AverageTimeResult(ResultRole.PRIMARY, "forkjoin", 10, Math.round(score * 10 * 1e6), TimeUnit.MILLISECONDS));
        return ir;
    }

    // ---- drift: CPU steal from /proc/stat ----

    @Test
    void stealIsAShareOfAllCpuTimeBetweenTwoSamples() {
        long[] before = DriftCalibration.parseCpuLine("cpu  100 0 50 800 10 0 0 40 0 0");
        long[] after = DriftCalibration.parseCpuLine("cpu  160 0 70 900 10 0 0 60 7 0");
        // 60 + 20 + 100 + 20 steal = 200 ticks, guest (inside user) not counted twice.
        assertEquals(10.0, DriftCalibration.stealPercent(before, after), 1e-9);
        assertEquals(null, DriftCalibration.stealPercent(null, after));
        assertEquals(null, DriftCalibration.stealPercent(before, before));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
