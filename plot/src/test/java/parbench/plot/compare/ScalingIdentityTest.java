package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.compare.Fixtures.forks;
import static parbench.plot.compare.Fixtures.result;
import static parbench.plot.compare.Fixtures.run;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.history.HistoryStore;
import parbench.plot.history.Series;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.IterationsFile;
import parbench.plot.model.ScalingParam;

/**
 * {@code scaling=strong} is the default of the threaded benchmarks' {@code scaling} param, so a
 * record carrying it is the same benchmark as one recorded without the param (every result from
 * before the param existed): compare, ab and history match them; {@code scaling=weak} is another
 * benchmark.
 */
class ScalingIdentityTest {

    private static final CompareSettings DEFAULTS = new CompareSettings(0.05, 0.05, MultipleTesting.HOLM);

    private static BenchmarkResult forkjoin(String scaling, double... forkMeans) {
        Map<String, String> p = new TreeMap<>(Map.of("n", "1024", "threads", "2"));
        if (scaling != null) {
            p.put(ScalingParam.NAME, scaling);
        }
        return result("MatmulBenchmark.forkjoin", "avgt", "ms/op", p, forks(forkMeans));
    }

    @Test
    void strongIsTheSameKeyAsNoScalingAndWeakIsAnother() {
        BenchmarkKey absent = BenchmarkKey.of(forkjoin(null, 1));
        BenchmarkKey strong = BenchmarkKey.of(forkjoin("strong", 1));
        BenchmarkKey weak = BenchmarkKey.of(forkjoin("weak", 1));
        assertEquals(absent, strong);
        assertEquals(0, absent.compareTo(strong));
        assertEquals("n=1024, threads=2", strong.paramText());
        assertNotEquals(absent, weak);
        assertEquals("n=1024, scaling=weak, threads=2", weak.paramText());
        assertEquals(IterationsFile.key("b", "avgt", new TreeMap<>(Map.of("n", "1"))),
                IterationsFile.key("b", "avgt", new TreeMap<>(Map.of("n", "1", "scaling", "strong"))));
    }

    @Test
    void compareMatchesABaselineWithoutTheParamToResultsWithScalingStrong() throws CompareException {
        ComparisonReport r = Comparer.compare(List.of(run("b", forkjoin(null, 10, 10.1, 9.9))),
                List.of(run("c", forkjoin("strong", 10, 10.1, 9.9), forkjoin("weak", 20, 20.2, 19.8))), DEFAULTS, false);
        assertEquals(1, r.comparisons().size());
        assertEquals(Verdict.UNCHANGED, r.comparisons().get(0).verdict());
        assertTrue(r.missing().isEmpty(), r.missing().toString());
        assertEquals(List.of("MatmulBenchmark.forkjoin [n=1024, scaling=weak, threads=2] (avgt)"),
                r.added().stream().map(BenchmarkKey::display).toList());
    }

    @Test
    void abPairsABuildWithoutTheParamWithABuildThatRecordsScalingStrong() throws CompareException {
        PairedSamples s = new PairedSamples();
        for (int p = 0; p < 4; p++) {
            s.add(List.of(forkjoin(null, 10 + 0.1 * p)), List.of(forkjoin("strong", 10 + 0.1 * p + 0.01 * (p % 2))));
        }
        ComparisonReport r = PairedComparer.compare(s, DEFAULTS, "base", "head", "4 pairs", List.of());
        assertEquals(1, r.comparisons().size());
        assertTrue(r.missing().isEmpty() && r.added().isEmpty(), r.missing() + " " + r.added());
    }

    @Test
    void historyKeepsOneSeriesAcrossTheParamsIntroduction(@TempDir Path dir) throws Exception {
        Path before = Fixtures.fixture("current/jmh.json");
        JsonArray records = JsonParser.parseString(Files.readString(before)).getAsJsonArray();
        for (JsonElement e : records) {
            if (e.getAsJsonObject().has("params")) {
                e.getAsJsonObject().getAsJsonObject("params").addProperty(ScalingParam.NAME, "strong");
            }
        }
        Path after = dir.resolve("after.json");
        Files.writeString(after, records.toString());
        List<Series> a = Series.build(List.of(new HistoryStore.Entry("1", "aaa", Instant.parse("2026-11-01T00:00:00Z"), before)));
        List<Series> both = Series.build(List.of(
                new HistoryStore.Entry("1", "aaa", Instant.parse("2026-11-01T00:00:00Z"), before),
                new HistoryStore.Entry("2", "bbb", Instant.parse("2026-11-02T00:00:00Z"), after)));
        assertEquals(a.size(), both.size());
        both.forEach(s -> assertEquals(2, s.points().size(), s.key().display()));
    }
}
