package parbench.plot.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals the files the harness writes beside jmh.json, as JMH's ResultFormatTest seals its own:
 * samples copied from a real run (src/test/resources/formats, from results/example) read into
 * every typed field, and each writer's bytes equal to a golden file. A change here is a change of
 * a format that other tools and older runs depend on: make it on purpose, never as a side effect.
 * The written golden is regenerated with {@code -Dgolden.update=true} (read the diff first).
 */
class FileFormatsGoldenTest {

    static final Path FORMATS = Path.of("src/test/resources/formats");

    @TempDir
    Path dir;

    @Test
    void environmentJsonOfARealRunReadsIntoEveryTypedField() throws Exception {
        Environment env = Environment.read(FORMATS.resolve(Environment.NAME));
        assertEquals(FORMATS.resolve(Environment.NAME), env.source());
        assertEquals(2, env.cores());
        assertEquals("amd-epyc-2c-avx512", env.machineProfile());
        assertEquals("37d4f36da830fdedc16c4c2c3210710e2804cf4a", env.gitCommit());
        assertEquals("2026-12-07T11:33:31.887368750Z", env.start());
        assertEquals("2026-12-07T11:50:15.873095824Z", env.end());

        String flags = "--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseTransparentHugePages";
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("CPU", "AMD EPYC (2 cores, 2 logical)");
        summary.put("Machine profile", "amd-epyc-2c-avx512");
        summary.put("SIMD (Vector API)", "available=true, 512 bits, 16 float lanes");
        summary.put("Memory", "23.5 GiB");
        summary.put("OS", "Linux 6.18.44-fc-v1272 amd64");
        summary.put("JDK", "Debian 17.0.15 (OpenJDK 64-Bit Server VM)");
        summary.put("JVM flags", flags);
        summary.put("JMH", "1.37");
        summary.put("Command line", "-p threads=1,2,4,8");
        summary.put("Git", "37d4f36da830fdedc16c4c2c3210710e2804cf4a");
        summary.put("Start", "2026-12-07T11:33:31.887368750Z");
        summary.put("End", "2026-12-07T11:50:15.873095824Z");
        summary.put("OpenCL devices", "Portable Computing Language: pthread-skylake-avx512-AMD EPYC (2 CU)");
        summary.put("CUDA devices", "none");
        summary.put("Transparent huge pages", "always [madvise] never");
        summary.put("Fork JVM flags (memory)", flags);
        summary.put("Schedule", "rounds, 3 forks × 4 warmup + 3 measurement iterations");
        assertEquals(List.copyOf(summary.entrySet()), List.copyOf(env.summary().entrySet()));

        String java = "available: plain Java, 2 processors";
        String simd = "available: Vector API species 512 bits (16 floats, 8 longs)";
        String pocl = "pthread-skylake-avx512-AMD EPYC (CPU, 2 compute units, 22057 MiB global memory) on platform "
                + "'Portable Computing Language'";
        String noCuda = "no NVIDIA driver: libcuda.so not found (install the NVIDIA driver)";
        Map<String, String> backends = new LinkedHashMap<>();
        backends.put("serial", java);
        backends.put("forkjoin", java);
        backends.put("streams", java);
        backends.put("simd", simd);
        backends.put("simd_forkjoin", simd);
        backends.put("aparapi", "available: " + pocl + " via Aparapi OpenCL");
        backends.put("jocl", "available: " + pocl);
        backends.put("jcuda", "unavailable: " + noCuda);
        backends.put("hazelcast", "available: hazelcast 5.7.0 embedded: one in-process member per trial with 'threads' "
                + "executor workers, loopback only (set -Dparbench.hazelcast.members for a cluster)");
        assertEquals(List.copyOf(backends.entrySet()), List.copyOf(env.backends().entrySet()));
        assertEquals(Map.of("jcuda", noCuda), env.unavailable());

        assertEquals(new Environment.DriftPoint("2026-12-07T11:33:31.990624979Z", 215.5801511713096, 33.244219110077495,
                5.02, 0.0), env.driftStart());
        assertEquals(new Environment.DriftPoint("2026-12-07T11:50:11.565562995Z", 226.96871791630616, 40.100249732003185,
                1.63, 0.0), env.driftEnd());
        assertEquals(new Environment.RunInfo(366, 366, false, "rounds", 3, 4, 3), env.run());
        assertFalse(env.run().partial());

        List<String> kernel = List.of("serial", "forkjoin", "streams", "simd", "simd_forkjoin", "aparapi_end_to_end",
                "aparapi_kernel_only", "jocl_end_to_end", "jocl_kernel_only", "jcuda_end_to_end", "jcuda_kernel_only",
                "hazelcast");
        Map<String, List<String>> benchmarks = new LinkedHashMap<>();
        benchmarks.put("VectorAddBenchmark", kernel);
        benchmarks.put("MatmulBenchmark", kernel);
        benchmarks.put("Conv2dBenchmark", kernel);
        benchmarks.put("MonteCarloPiBenchmark", kernel);
        benchmarks.put("IrregularBenchmark", List.of("serial", "static_block", "static_cyclic", "dynamic", "forkjoin",
                "streams"));
        benchmarks.put("HistogramBenchmark", List.of("serial", "synchronized_lock", "reentrant_lock", "atomic_array",
                "long_adder", "private_merge", "racy"));
        benchmarks.put("PipelineBenchmark", List.of("array_blocking_queue", "linked_blocking_queue",
                "linked_transfer_queue", "semaphore"));
        benchmarks.put("CalibrationBenchmark", List.of("fma_peak", "stream_add", "stream_copy"));
        assertEquals(List.copyOf(benchmarks.entrySet()), List.copyOf(env.benchmarks().entrySet()));
    }

    @Test
    void environmentJsonBesideAResultFileIsFoundAndAbsentFieldsAreNull() throws Exception {
        assertEquals(FORMATS.resolve(Environment.NAME).toAbsolutePath(),
                Environment.besides(FORMATS.resolve("jmh.json")).orElseThrow().source());
        assertTrue(Environment.besides(dir.resolve("jmh.json")).isEmpty());
        Path bare = dir.resolve(Environment.NAME);
        Files.writeString(bare, "{\"git\": {\"dirty\": true}, \"benchmarks\": {\"MatmulBenchmark\": \"serial\"}}");
        Environment env = Environment.read(bare);
        assertEquals(0, env.cores());
        assertNull(env.machineProfile());
        assertNull(env.gitCommit());
        assertNull(env.start());
        assertNull(env.end());
        assertNull(env.benchmarks(), "a \"benchmarks\" that is no map of method lists counts as absent");
        assertNull(env.run());
        assertNull(env.driftStart());
    }

    @Test
    void environmentJsonRoundTripsToTheSameBytes() throws Exception {
        byte[] golden = Files.readAllBytes(FORMATS.resolve(Environment.NAME));
        JsonObject raw = Environment.readJson(FORMATS.resolve(Environment.NAME));
        assertEquals(List.of("schema", "machineProfile", "cpu", "simd", "memoryBytes", "os", "jdk", "jmhVersion",
                "commandLine", "git", "start", "backends", "opencl", "cuda", "hazelcast", "probeOutput", "benchmarks",
                "memory", "run", "end", "drift"), new ArrayList<>(raw.keySet()));
        assertEquals(new String(golden, StandardCharsets.UTF_8), Environment.format(raw));
        Path written = dir.resolve("out").resolve(Environment.NAME);
        Environment.write(written, raw);
        assertArrayEquals(golden, Files.readAllBytes(written));
        try (var files = Files.list(written.getParent())) {
            assertEquals(List.of(Environment.NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left beside it");
        }
    }

    @Test
    void environmentJsonIsWrittenAsTheGoldenFileSays() throws Exception {
        // What the harness builds: strings with characters Gson would HTML-escape, numbers of each kind.
        JsonObject json = new JsonObject();
        json.addProperty("schema", 1);
        json.addProperty("machineProfile", "amd-epyc-2c-avx2");
        JsonArray cmd = new JsonArray();
        cmd.add("-p");
        cmd.add("threads=1,2");
        cmd.add("Matmul.*<serial|simd>&'x'");
        json.add("commandLine", cmd);
        json.addProperty("memoryBytes", 25276157952L);
        json.addProperty("start", "2026-12-07T11:33:31.887368750Z");
        JsonObject drift = new JsonObject();
        JsonObject start = new JsonObject();
        start.addProperty("fmaPeakGflops", 215.5801511713096);
        start.addProperty("stealPercent", 0.0);
        drift.add("start", start);
        json.add("drift", drift);
        JsonObject git = new JsonObject();
        git.addProperty("commit", "37d4f36");
        git.addProperty("dirty", false);
        json.add("git", git);
        json.add("benchmarks", new JsonObject());
        json.add("opencl", new JsonArray());

        Path golden = FORMATS.resolve("environment-written.json");
        Path written = dir.resolve(Environment.NAME);
        Environment.write(written, json);
        if (Boolean.getBoolean("golden.update")) {
            Files.copy(written, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readString(golden), Files.readString(written));
        assertArrayEquals(Files.readAllBytes(golden), Files.readAllBytes(written));
        Environment env = Environment.read(written);
        assertEquals("37d4f36", env.gitCommit());
        assertEquals(Map.of(), env.benchmarks());
        assertEquals("-p threads=1,2 Matmul.*<serial|simd>&'x'", env.summary().get("Command line"));
    }

    @Test
    void iterationsJsonOfARealRunReadsIntoEveryField() throws Exception {
        List<IterationsFile.Fork> forks = IterationsFile.read(FORMATS.resolve(IterationsFile.NAME));
        assertEquals(4, forks.size());
        assertFork(forks.get(0), "parbench.bench.CalibrationBenchmark.fma_peak", params("threads", "1", "flops", "4294967296"), 1,
                new double[] {948.047526, 20.6630682, 20.5889978, 20.8694822},
                new double[] {20.6754778, 20.442129, 20.017199});
        assertFork(forks.get(1), "parbench.bench.CalibrationBenchmark.fma_peak", params("threads", "1", "flops", "4294967296"), 2,
                new double[] {808.897589, 20.2087338, 20.1775866, 20.727619},
                new double[] {19.962862666666666, 20.0172925, 19.903449833333333});
        assertFork(forks.get(2), "parbench.bench.Conv2dBenchmark.hazelcast", params("size", "2048", "threads", "4", "k", "5"), 1,
                new double[] {70.560324, 39.121682, 39.03342466666667, 35.152112},
                new double[] {31.2166895, 35.56727425, 43.421031});
        assertFork(forks.get(3), "parbench.bench.VectorAddBenchmark.aparapi_kernel_only", params("n", "32768"), 1,
                new double[] {0.13560851462765958, 0.07498872368421053, 0.04920281167238843, 0.048622788937409026},
                new double[] {0.04879071094890511, 0.05313110723581468, 0.055566132743362834});
        // The key joins a fork to its jmh.json record: params sorted whatever order the file has.
        assertEquals("parbench.bench.Conv2dBenchmark.hazelcast|avgt|{k=5, size=2048, threads=4}", forks.get(2).key());
        assertEquals(4, IterationsFile.besides(FORMATS.resolve("jmh.json")).orElseThrow().size());
    }

    private static void assertFork(IterationsFile.Fork f, String benchmark, TreeMap<String, String> params, int fork,
                                   double[] warmup, double[] measurement) {
        assertEquals(benchmark, f.benchmark());
        assertEquals("avgt", f.mode());
        assertEquals(params, f.params());
        assertEquals(fork, f.fork());
        assertEquals("ms/op", f.unit());
        assertArrayEquals(warmup, f.warmup());
        assertArrayEquals(measurement, f.measurement());
    }

    private static TreeMap<String, String> params(String... kv) {
        TreeMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void speedupsJsonOfARealRunRoundTripsToTheSameBytes() throws Exception {
        Path file = FORMATS.resolve(PairedSpeedups.NAME);
        String golden = Files.readString(file);
        List<PairedSpeedups.Entry> entries = PairedSpeedups.read(file);
        assertEquals(5, entries.size());
        PairedSpeedups.Entry e = entries.get(0);
        assertEquals("parbench.bench.MatmulBenchmark.simd_forkjoin", e.benchmark());
        assertEquals("avgt", e.mode());
        assertEquals(params("n", "1024", "threads", "2"), e.params());
        assertEquals("parbench.bench.MatmulBenchmark.simd", e.baseBenchmark());
        assertEquals(params("n", "1024"), e.baseParams());
        assertEquals(List.of(0.5459910080937236, 0.5756268188941682, 0.5821789875188234, 0.5738721079143365,
                0.5848946165168472), e.logSpeedups());
        assertEquals(5, e.firstStage());
        assertEquals("taskset: the base on CPUs 0-1 in turn", e.pinning());
        assertEquals(1.7727157766569905, e.speedup().estimate(), 1e-15);
        // The design block is the harness's own record of how it measured: written as given.
        JsonObject design = JsonParser.parseString(golden).getAsJsonObject().getAsJsonObject("design");
        assertEquals(golden, PairedSpeedups.format(entries, design));
        Path written = dir.resolve(PairedSpeedups.NAME);
        PairedSpeedups.write(written, entries, design);
        assertArrayEquals(golden.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(written));
    }
}
