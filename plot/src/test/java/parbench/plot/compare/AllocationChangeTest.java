package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.model.BenchmarkResult;

/** compare's allocation per operation (-prof gc), on a public project's pair of runs and on small records. */
class AllocationChangeTest {

    @TempDir
    Path tmp;

    private static Path external(String name) throws URISyntaxException {
        return Path.of(AllocationChangeTest.class.getResource("/external/" + name).toURI());
    }

    private static final String A = "blake3-avgt-gc-params-jmh132-A-ebe783b.json";
    private static final String B = "blake3-avgt-gc-params-jmh132-B-e784326.json";

    /** A record of B/op with JMH's error; the primary score does not matter here. */
    private static BenchmarkResult alloc(String name, double bytesPerOp, double error) {
        return new BenchmarkResult("t.json", "x." + name, "avgt", 1, 1, List.of(), "17", new TreeMap<>(), 1.0, 0.01,
                "ms/op", List.of(new double[] {1.0}), Map.of(AllocationChange.METRIC, bytesPerOp),
                Map.of(AllocationChange.METRIC, new BenchmarkResult.Metric(bytesPerOp, error, "B/op")), new TreeMap<>());
    }

    private static AllocationChange.Kind kind(double base, double baseErr, double cur, double curErr) {
        List<AllocationChange> c = AllocationChange.of(List.of(Fixtures.run("a", alloc("X.m", base, baseErr))),
                List.of(Fixtures.run("b", alloc("X.m", cur, curErr))), 0.10);
        assertEquals(1, c.size());
        return c.get(0).kind();
    }

    @Test
    void theRuleNeedsTheThresholdTheFloorAndSeparateIntervals() {
        assertEquals(AllocationChange.Kind.MORE, kind(1000, 1, 1200, 1));
        assertEquals(AllocationChange.Kind.MORE, kind(0, Double.NaN, 24, Double.NaN)); // from nothing: one boxed long
        assertEquals(AllocationChange.Kind.LESS, kind(1200, 1, 1000, 1));
        assertEquals(AllocationChange.Kind.UNCHANGED, kind(1000, 1, 1050, 1)); // 5 % < 10 %
        assertEquals(AllocationChange.Kind.UNCHANGED, kind(0.0015, 0, 0.003, 0)); // doubled, but far under 16 B/op
        assertEquals(AllocationChange.Kind.UNCHANGED, kind(40, 0, 50, 0)); // 25 %, but 10 B/op
        assertEquals(AllocationChange.Kind.UNCLEAR, kind(1000, 150, 1200, 150)); // intervals overlap
    }

    @Test
    void benchmarksWithoutTheMetricOnBothSidesAreLeftOut() {
        BenchmarkResult plain = Fixtures.avgt("X.m", 1.0, 1.1);
        assertEquals(List.of(), AllocationChange.of(List.of(Fixtures.run("a", plain)),
                List.of(Fixtures.run("b", alloc("X.m", 100, 1))), 0.1));
    }

    @Test
    void aPublicPairWithGcProfilerShowsItsAllocationUnchanged() throws Exception {
        CommandTestSupport.Result r = CommandTestSupport.call(CompareCommand::run, external(A).toString(), external(B).toString());
        // Timing: one fork per side, undecided; allocation: every one of the 24 within the rule.
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.out().contains("### Allocation per operation (24 with gc.alloc.rate.norm)"), r.out());
        assertTrue(r.out().contains("24 unchanged."), r.out());
        assertFalse(r.err().contains("allocate more"), r.err());
    }

    @Test
    void theWorseCaseReportMatchesItsGoldenFile() throws Exception {
        String text = Files.readString(external(B), StandardCharsets.UTF_8);
        Path worse = Files.writeString(tmp.resolve("blake3-B-more-allocation.json"),
                text.replace("5008.001365491836", "6008.001365491836").replace("144.00018341304389", "96.00018341304389"));
        CommandTestSupport.Result r = CommandTestSupport.call(CompareCommand::run, external(A).toString(), worse.toString());
        Path golden = Fixtures.fixture("golden").resolve("external-blake3-allocation.md");
        String actual = r.out().replace(tmp.toString(), "TMP");
        if (Boolean.getBoolean("parbench.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    @Test
    void moreAllocationIsARegressionEvenWhenTimeIsUndecided() throws Exception {
        // B with one record's B/op raised by a fifth (5008 -> 6008 B/op): what a new allocation per call looks like.
        String text = Files.readString(external(B), StandardCharsets.UTF_8);
        assertTrue(text.contains("5008.001365491836"));
        Path worse = Files.writeString(tmp.resolve("worse.json"), text.replace("5008.001365491836", "6008.001365491836"));
        Path json = tmp.resolve("verdict.json");
        Path junit = tmp.resolve("junit.xml");
        CommandTestSupport.Result r = CommandTestSupport.call(CompareCommand::run, external(A).toString(), worse.toString(),
                "--markdown", "-", "--json", json.toString(), "--junit", junit.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("compare: REGRESSION: 1 benchmark(s) allocate more per operation: "
                + "Blake3Benchmark.newHasher [dataLen=16384, hashLen=256] (avgt) 5016 -> 6008 B/op"), r.err());
        assertTrue(r.out().contains("**Regression:** 1 of 24 benchmarks allocating at least 10 % more per operation (gc.alloc.rate.norm)"),
                r.out());
        assertTrue(r.out().contains("| Blake3Benchmark.newHasher | dataLen=16384, hashLen=256 | more | 5016 → 6008 B/op | +19.8 % |"),
                r.out());
        String v = Files.readString(json);
        assertTrue(v.contains("\"outcome\": \"regression\""), v);
        assertTrue(v.contains("\"allocation\": \"more\""), v);
        String x = Files.readString(junit);
        assertTrue(x.contains("failures=\"1\""), x);
        assertTrue(x.contains("<failure type=\"allocation\""), x);
    }

    @Test
    void theOlderDottedNameIsReadToo() throws IOException, URISyntaxException {
        String jna = "jna-jni-time-sample-gc-10forks-jmh112.json";
        CommandTestSupport.Result r = CommandTestSupport.call(CompareCommand::run, external(jna).toString(), external(jna).toString());
        assertTrue(r.out().contains("### Allocation per operation (4 with gc.alloc.rate.norm)"), r.out());
    }
}
