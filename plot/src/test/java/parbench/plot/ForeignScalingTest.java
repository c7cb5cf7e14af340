package parbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scaling curves for another project's JMH results: one benchmark run at {@code -t 1}, {@code -t 2}
 * and {@code -t 4} (three JSON files, JMH's thread count in each record), and a user's own
 * thread-count param named with {@code --scaling-param}.
 */
class ForeignScalingTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** One JMH record of org.example.Work.run: JMH threads, mode, unit, 3 forks × 3 iterations around {@code v}. */
    static JsonObject record(int jmhThreads, String mode, String unit, double v, Map<String, String> params) {
        JsonObject r = new JsonObject();
        r.addProperty("jmhVersion", "1.37");
        r.addProperty("benchmark", "org.example.Work.run");
        r.addProperty("mode", mode);
        r.addProperty("threads", jmhThreads);
        r.addProperty("forks", 3);
        JsonObject p = new JsonObject();
        params.forEach(p::addProperty);
        if (!params.isEmpty()) {
            r.add("params", p);
        }
        JsonObject pm = new JsonObject();
        JsonArray raw = new JsonArray();
        double[] jitter = {-0.004, 0.001, 0.003};
        for (int f = 0; f < 3; f++) {
            JsonArray it = new JsonArray();
            for (int i = 0; i < 3; i++) {
                it.add(v * (1 + jitter[f] + 0.002 * (i - 1)));
            }
            raw.add(it);
        }
        pm.addProperty("score", v);
        pm.addProperty("scoreError", v * 0.01);
        pm.addProperty("scoreUnit", unit);
        pm.add("rawData", raw);
        r.add("primaryMetric", pm);
        r.add("secondaryMetrics", new JsonObject());
        return r;
    }

    private Path file(String name, JsonObject... records) throws Exception {
        JsonArray a = new JsonArray();
        for (JsonObject r : records) {
            a.add(r);
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, new GsonBuilder().setPrettyPrinting().create().toJson(a));
        return f;
    }

    private int report(String... args) {
        return ReportCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** speedup.csv rows against the same benchmark at 1 thread: threads → speedup. */
    private Map<String, Double> selfSpeedups(Path dir) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("speedup.csv"));
        List<String> h = List.of(lines.get(0).split(","));
        return lines.stream().skip(1).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .filter(c -> c[h.indexOf("base")].equals("self_1_thread"))
                .collect(Collectors.toMap(c -> c[h.indexOf("threads")], c -> Double.parseDouble(c[h.indexOf("speedup")])));
    }

    @Test
    void threeRunsAtJmhThreadCountsGiveSpeedupAndEfficiencyCurves() throws Exception {
        // Throughput summed over JMH's threads: 100, 190, 340 ops/ms.
        Path t1 = file("t1.json", record(1, "thrpt", "ops/ms", 100, Map.of()));
        Path t2 = file("t2.json", record(2, "thrpt", "ops/ms", 190, Map.of()));
        Path t4 = file("t4.json", record(4, "thrpt", "ops/ms", 340, Map.of()));
        Path out = tmp.resolve("thrpt");
        assertEquals(0, report(t1.toString(), t2.toString(), t4.toString(), "-o", out.toString(), "--cores", "4"), err.toString());
        Map<String, Double> s = selfSpeedups(out);
        assertEquals(1.9, s.get("2"), 1e-9);
        assertEquals(3.4, s.get("4"), 1e-9);
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("Scaling axis: JMH's thread count"), md.substring(0, Math.min(md.length(), 2000)));
        assertTrue(md.contains("efficiency"), "efficiency column");
        assertFalse(md.contains("## Targets") || md.contains("## Calibrated roofs"), "harness-only sections");
    }

    @Test
    void timeModesAreDividedByTheThreadsSoSpeedupIsAThroughputRatio() throws Exception {
        // avgt: each JMH thread's own operation takes 10, 10.5, 12 ms: throughput 1, 1.905, 3.333× one thread's.
        Path t1 = file("a1.json", record(1, "avgt", "ms/op", 10, Map.of()));
        Path t2 = file("a2.json", record(2, "avgt", "ms/op", 10.5, Map.of()));
        Path t4 = file("a4.json", record(4, "avgt", "ms/op", 12, Map.of()));
        Path out = tmp.resolve("avgt");
        assertEquals(0, report(t1.toString(), t2.toString(), t4.toString(), "-o", out.toString(), "--cores", "4"), err.toString());
        Map<String, Double> s = selfSpeedups(out);
        assertEquals(2 * 10 / 10.5, s.get("2"), 1e-9);
        assertEquals(4 * 10 / 12.0, s.get("4"), 1e-9);
    }

    @Test
    void aUsersOwnThreadCountParamNamedWithScalingParam() throws Exception {
        Path f = file("p.json", record(1, "avgt", "ms/op", 20, Map.of("workers", "1", "size", "1000")),
                record(1, "avgt", "ms/op", 10.5, Map.of("workers", "2", "size", "1000")),
                record(1, "avgt", "ms/op", 5.5, Map.of("workers", "4", "size", "1000")));
        Path out = tmp.resolve("param");
        assertEquals(0, report(f.toString(), "-o", out.toString(), "--scaling-param", "workers", "--cores", "4"), err.toString());
        Map<String, Double> s = selfSpeedups(out);
        assertEquals(20 / 10.5, s.get("2"), 1e-9);
        assertEquals(20 / 5.5, s.get("4"), 1e-9);
        assertTrue(Files.readString(out.resolve("report.md")).contains("Scaling axis: the param 'workers'"));
        // Without the option the same file has no ratios: workers is an ordinary param.
        Path plain = tmp.resolve("plain");
        assertEquals(0, report(f.toString(), "-o", plain.toString()), err.toString());
        assertTrue(selfSpeedups(plain).isEmpty());
    }

    @Test
    void aScalingParamThatIsNoThreadCountOrAbsentIsBadInput() throws Exception {
        Path f = file("bad.json", record(1, "avgt", "ms/op", 20, Map.of("workers", "many")));
        assertEquals(2, report(f.toString(), "-o", tmp.resolve("x").toString(), "--scaling-param", "workers"));
        assertTrue(err.toString().contains("workers=many, which is not a thread count"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        err.reset();
        assertEquals(2, report(f.toString(), "-o", tmp.resolve("y").toString(), "--scaling-param", "cores"));
        assertTrue(err.toString().contains("no record has a param 'cores'"), err.toString());
        err.reset();
        assertEquals(2, report(f.toString(), "--scaling-param"));
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written on bad input");
    }
}
