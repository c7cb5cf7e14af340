package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.compare.Fixtures.avgt;
import static parbench.plot.compare.Fixtures.forks;
import static parbench.plot.compare.Fixtures.result;
import static parbench.plot.compare.Fixtures.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parbench.plot.model.BenchmarkResult;

class ComparerTest {

    private static final CompareSettings DEFAULTS = CompareSettings.defaults();

    private static Comparison one(BenchmarkResult base, BenchmarkResult cur, CompareSettings s) throws CompareException {
        ComparisonReport r = Comparer.compare(List.of(run("b", base)), List.of(run("c", cur)), s, false);
        assertEquals(1, r.comparisons().size());
        return r.comparisons().get(0);
    }

    private static Comparison one(BenchmarkResult base, BenchmarkResult cur) throws CompareException {
        return one(base, cur, DEFAULTS);
    }

    @Test
    void significantlySlowerBeyondThresholdIsSlower() throws CompareException {
        Comparison c = one(avgt("M.serial", 100, 101, 99, 100.5), avgt("M.serial", 120, 121, 119, 120.5));
        assertEquals(Verdict.SLOWER, c.verdict());
        assertEquals(0.2, c.slowdown(), 0.01);
        assertTrue(c.adjustedP() < 0.05);
    }

    @Test
    void significantlyFasterBeyondThresholdIsFaster() throws CompareException {
        assertEquals(Verdict.FASTER, one(avgt("M.serial", 100, 101, 99), avgt("M.serial", 80, 81, 79)).verdict());
    }

    @Test
    void throughputLowerScoreIsSlowerAndHigherIsFaster() throws CompareException {
        BenchmarkResult base = result("M.thr", "thrpt", "ops/s", Map.of(), forks(100, 101, 99));
        Comparison down = one(base, result("M.thr", "thrpt", "ops/s", Map.of(), forks(80, 81, 79)));
        assertEquals(Verdict.SLOWER, down.verdict());
        assertTrue(down.higherIsBetter());
        assertEquals(Verdict.FASTER,
                one(base, result("M.thr", "thrpt", "ops/s", Map.of(), forks(120, 121, 119))).verdict());
    }

    @Test
    void unitDecidesDirectionWhenModeIsUnusual() throws CompareException {
        // Single-shot mode with a throughput-style unit: higher is better.
        BenchmarkResult base = result("M.x", "ss", "ops/ms", Map.of(), forks(100, 101, 99));
        assertEquals(Verdict.SLOWER, one(base, result("M.x", "ss", "ops/ms", Map.of(), forks(70, 71, 69))).verdict());
    }

    @Test
    void significantButSmallerThanThresholdIsUnchanged() throws CompareException {
        Comparison c = one(avgt("M.s", 100, 100.1, 99.9), avgt("M.s", 103, 103.1, 102.9));
        assertTrue(c.adjustedP() < 0.05, "p " + c.adjustedP());
        assertEquals(Verdict.UNCHANGED, c.verdict());
        assertTrue(c.reason().contains("smaller change than the threshold"), c.reason());
    }

    @Test
    void intervalInsideTheBandIsUnchanged() throws CompareException {
        Comparison c = one(avgt("M.s", 100, 101, 99), avgt("M.s", 100.5, 99.5, 101));
        assertTrue(c.adjustedP() > 0.05);
        assertEquals(Verdict.UNCHANGED, c.verdict());
        assertTrue(c.reason().contains("within the threshold"), c.reason());
    }

    @Test
    void noisyDataIsInconclusive() throws CompareException {
        Comparison c = one(avgt("M.s", 80, 120, 100), avgt("M.s", 90, 130, 115));
        assertEquals(Verdict.INCONCLUSIVE, c.verdict());
        assertTrue(c.reason().contains("too noisy"), c.reason());
    }

    @Test
    void singleForkOnBothSidesIsInconclusiveEvenForAHugeChange() throws CompareException {
        Comparison c = one(avgt("M.s", 100), avgt("M.s", 300));
        assertEquals(Verdict.INCONCLUSIVE, c.verdict());
        assertTrue(c.reason().contains("-f 5"), c.reason());
    }

    @Test
    void thresholdIsTheMinimumEffect() throws CompareException {
        BenchmarkResult base = avgt("M.s", 100, 101, 99, 100.5);
        BenchmarkResult cur = avgt("M.s", 120, 121, 119, 120.5);
        assertEquals(Verdict.SLOWER, one(base, cur, new CompareSettings(0.15, 0.05, MultipleTesting.HOLM)).verdict());
        assertEquals(Verdict.UNCHANGED, one(base, cur, new CompareSettings(0.25, 0.05, MultipleTesting.HOLM)).verdict());
    }

    @Test
    void multipleTestingCorrectionCanRemoveAFlag() throws CompareException {
        // Raw p = 0.0107 (SciPy); with 10 benchmarks Holm multiplies the smallest p by 10.
        List<BenchmarkResult> base = new ArrayList<>();
        List<BenchmarkResult> cur = new ArrayList<>();
        base.add(avgt("M.suspect", 100, 104, 96));
        cur.add(avgt("M.suspect", 115, 119, 111));
        for (int i = 0; i < 9; i++) {
            base.add(avgt("M.other" + i, 50, 51, 49));
            cur.add(avgt("M.other" + i, 50, 51, 49));
        }
        List<Run> b = List.of(run("b", base.toArray(BenchmarkResult[]::new)));
        List<Run> c = List.of(run("c", cur.toArray(BenchmarkResult[]::new)));
        Comparison raw = find(Comparer.compare(b, c, new CompareSettings(0.1, 0.05, MultipleTesting.NONE), false), "M.suspect");
        assertEquals(0.010742181166135437, raw.adjustedP(), 1e-9);
        assertEquals(Verdict.SLOWER, raw.verdict());
        Comparison holm = find(Comparer.compare(b, c, DEFAULTS, false), "M.suspect");
        assertEquals(0.10742181166135437, holm.adjustedP(), 1e-8);
        assertEquals(Verdict.INCONCLUSIVE, holm.verdict());
        Comparison bh = find(Comparer.compare(b, c, new CompareSettings(0.1, 0.05, MultipleTesting.BH), false), "M.suspect");
        assertEquals(0.10742181166135437, bh.adjustedP(), 1e-8);
    }

    private static Comparison find(ComparisonReport r, String name) {
        return r.comparisons().stream().filter(c -> c.key().benchmark().endsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void everyParamIsPartOfTheIdentityAndUnmatchedOnesAreListed() throws CompareException {
        BenchmarkResult b1 = result("V.simd", "avgt", "ms/op", Map.of("n", "32768"), forks(1, 1.01, 0.99));
        BenchmarkResult b2 = result("V.simd", "avgt", "ms/op", Map.of("n", "16777216"), forks(9, 9.1, 8.9));
        BenchmarkResult c1 = result("V.simd", "avgt", "ms/op", Map.of("n", "32768"), forks(1, 1.01, 0.99));
        BenchmarkResult c2 = result("V.simd", "avgt", "ms/op", Map.of("n", "16777216", "threads", "2"), forks(5, 5.1, 4.9));
        ComparisonReport r = Comparer.compare(List.of(run("b", b1, b2)), List.of(run("c", c1, c2)), DEFAULTS, false);
        assertEquals(1, r.comparisons().size());
        assertEquals("n=32768", r.comparisons().get(0).key().paramText());
        assertEquals(List.of("V.simd [n=16777216] (avgt)"), r.missing().stream().map(BenchmarkKey::display).toList());
        assertEquals(List.of("V.simd [n=16777216, threads=2] (avgt)"), r.added().stream().map(BenchmarkKey::display).toList());
        assertFalse(r.hasRegression());
    }

    @Test
    void nothingInCommonIsBadInput() {
        CompareException e = assertThrows(CompareException.class, () -> Comparer.compare(
                List.of(run("b", avgt("A.x", 1, 1, 1))), List.of(run("c", avgt("B.y", 1, 1, 1))), DEFAULTS, false));
        assertTrue(e.getMessage().startsWith("no benchmark in common"), e.getMessage());
        assertTrue(e.getMessage().contains("A.x"), e.getMessage());
    }

    @Test
    void profileMismatchIsAnErrorUnlessAllowed() throws CompareException {
        List<Run> b = List.of(run("b", "intel-xeon", avgt("A.x", 1, 1.01, 0.99)));
        List<Run> c = List.of(run("c", "amd-epyc", avgt("A.x", 1, 1.01, 0.99)));
        CompareException e = assertThrows(CompareException.class, () -> Comparer.compare(b, c, DEFAULTS, false));
        assertEquals("machine profile mismatch: baseline is 'intel-xeon', current is 'amd-epyc'; timings from "
                + "different machines are not comparable (pass --allow-profile-mismatch to compare anyway)", e.getMessage());
        ComparisonReport r = Comparer.compare(b, c, DEFAULTS, true);
        assertTrue(r.warnings().get(0).startsWith("machine profile mismatch"), r.warnings().toString());
    }

    @Test
    void unknownProfileIsAWarning() throws CompareException {
        ComparisonReport r = Comparer.compare(List.of(run("b", (String) null, avgt("A.x", 1, 1.01, 0.99))),
                List.of(run("c", avgt("A.x", 1, 1.01, 0.99))), DEFAULTS, false);
        assertTrue(r.warnings().get(0).contains("machine profile unknown for the baseline"), r.warnings().toString());
    }

    @Test
    void nanIterationsAreSkippedAndEmptyForksLeftOutWithANote() throws CompareException {
        BenchmarkResult base = result("M.s", "avgt", "ms/op", Map.of(),
                new double[] {100, 100}, new double[] {101, Double.NaN}, new double[] {99, 99});
        BenchmarkResult cur = result("M.s", "avgt", "ms/op", Map.of(),
                new double[] {120, 120}, new double[] {Double.NaN, Double.NaN}, new double[] {121, 121}, new double[] {119, 119});
        Comparison c = one(base, cur);
        assertEquals(3, c.baselineForks());
        assertEquals(3, c.currentForks());
        assertEquals(Verdict.SLOWER, c.verdict());
        assertTrue(c.reason().contains("1 fork(s) without a finite positive score left out"), c.reason());
    }

    @Test
    void convertibleTimeUnitsAreConverted() throws CompareException {
        BenchmarkResult base = result("M.s", "avgt", "ms/op", Map.of(), forks(1.00, 1.01, 0.99));
        BenchmarkResult cur = result("M.s", "avgt", "us/op", Map.of(), forks(1000, 1010, 990));
        Comparison c = one(base, cur);
        assertEquals(1.0, c.estimate().ratio(), 1e-12);
        assertEquals("ms/op", c.unit());
        assertEquals(Verdict.UNCHANGED, c.verdict());
    }

    @Test
    void unconvertibleUnitsAreInconclusive() throws CompareException {
        BenchmarkResult base = result("M.s", "avgt", "ms/op", Map.of(), forks(1.00, 1.01, 0.99));
        BenchmarkResult cur = result("M.s", "avgt", "B/op", Map.of(), forks(1000, 1010, 990));
        Comparison c = one(base, cur);
        assertEquals(Verdict.INCONCLUSIVE, c.verdict());
        assertTrue(c.reason().contains("units differ"), c.reason());
    }

    @Test
    void severalRunsPerSideCountEachRunOnce() throws CompareException {
        // Two baseline runs 8 % apart: a current run 12 % slower than their mean is not a proven regression.
        List<Run> b = List.of(run("b1", avgt("M.s", 100, 100.5, 99.5)), run("b2", avgt("M.s", 108, 108.5, 107.5)));
        List<Run> c = List.of(run("c", avgt("M.s", 116.5, 117, 116)));
        ComparisonReport r = Comparer.compare(b, c, DEFAULTS, false);
        Comparison cmp = r.comparisons().get(0);
        assertEquals(2, cmp.baselineRuns());
        assertEquals(6, cmp.baselineForks());
        assertTrue(cmp.estimate().betweenRun() > 0.03, "between-run sd " + cmp.estimate().betweenRun());
        assertEquals(Verdict.INCONCLUSIVE, cmp.verdict());
        // The same forks as one baseline run would have been flagged.
        List<Run> pooled = List.of(run("b", avgt("M.s", 100, 100.5, 99.5, 108, 108.5, 107.5)));
        assertEquals(Verdict.SLOWER, Comparer.compare(pooled, c, DEFAULTS, false).comparisons().get(0).verdict());
    }
}
