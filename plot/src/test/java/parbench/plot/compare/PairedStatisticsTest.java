package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import parbench.plot.model.BenchmarkResult;

class PairedStatisticsTest {

    @Test
    void pairedTTestOnLogRatios() {
        // log-ratios 0.1, 0.2, 0.3: mean 0.2, sd 0.1, se 0.1/sqrt(3), t(2) 97.5 % = 4.302653
        double[] base = {1, 2, 4};
        double[] head = {Math.exp(0.1), 2 * Math.exp(0.2), 4 * Math.exp(0.3)};
        RatioStatistics.Estimate e = PairedStatistics.estimate(base, head, 0.95);
        double se = 0.1 / Math.sqrt(3);
        assertEquals(Math.exp(0.2), e.ratio(), 1e-12);
        assertEquals(Math.exp(0.2 - 4.302653 * se), e.ciLow(), 1e-6);
        assertEquals(Math.exp(0.2 + 4.302653 * se), e.ciHigh(), 1e-6);
        assertEquals(2, e.df());
        // two-sided p of t = 0.2 / se = 3.4641 with 2 df
        assertEquals(0.0742, e.pValue(), 1e-4);
        assertEquals(2, e.baseline(), 1e-12); // geometric mean of 1, 2, 4
    }

    @Test
    void driftSharedByBothForksOfAPairCancels() {
        // The machine slows down 3x over the job; head is 5 % slower in every pair.
        int n = 8;
        double[] base = new double[n];
        double[] head = new double[n];
        for (int i = 0; i < n; i++) {
            double drift = 1 + 2.0 * i / (n - 1);
            base[i] = 10 * drift * (1 + 0.002 * ((i % 3) - 1));
            head[i] = 10.5 * drift * (1 + 0.002 * (((i + 1) % 3) - 1));
        }
        RatioStatistics.Estimate e = PairedStatistics.estimate(base, head, 0.95);
        assertEquals(1.05, e.ratio(), 0.003);
        assertTrue(e.pValue() < 1e-6, "p " + e.pValue());
        assertTrue(e.ciHigh() / e.ciLow() < 1.01, "interval " + e.ciLow() + ".." + e.ciHigh());
    }

    @Test
    void onePairCannotBeTested() {
        RatioStatistics.Estimate e = PairedStatistics.estimate(new double[] {1}, new double[] {2}, 0.95);
        assertFalse(e.tested());
        assertTrue(e.note().contains("one fork pair"));
    }

    static BenchmarkResult result(String name, String n, double... iterations) {
        TreeMap<String, String> params = new TreeMap<>(Map.of("n", n));
        return new BenchmarkResult("x", name, "avgt", 1, 1, List.of(), "17", params, iterations[0], Double.NaN,
                "ms/op", List.<double[]>of(iterations), Map.of());
    }

    @Test
    void comparerFlagsTheSlowedBenchmarkOnlyAndListsOneSidedOnes() throws CompareException {
        PairedSamples s = new PairedSamples();
        for (int p = 0; p < 10; p++) {
            double wobble = 1 + 0.01 * ((p * 7) % 5 - 2);
            double pairNoise = 1 + 0.004 * ((p * 3) % 4 - 1.5); // head vs base noise: a real interval
            List<BenchmarkResult> base = new ArrayList<>(List.of(
                    result("b.A.serial", "1", 10 * wobble, 10 * wobble, 10 * wobble),
                    result("b.B.serial", "1", 5 * wobble, 5 * wobble, 5 * wobble)));
            List<BenchmarkResult> head = new ArrayList<>(List.of(
                    // A: 25 % slower; B unchanged but with one spoiled iteration the median ignores.
                    result("b.A.serial", "1", 12.5 * wobble * pairNoise, 12.5 * wobble * pairNoise, 12.5 * wobble),
                    result("b.B.serial", "1", 5 * wobble * pairNoise, 50, 5 * wobble * pairNoise)));
            if (p == 0) {
                base.add(result("b.C.serial", "1", 1, 1, 1));
                head.add(result("b.D.serial", "1", 1, 1, 1));
            }
            s.add(base, head);
        }
        ComparisonReport r = PairedComparer.compare(s, new CompareSettings(0.05, 0.05, MultipleTesting.HOLM),
                "base x.jar", "head y.jar", "10 pairs, one after the other, order drawn per pair with seed 1", List.of());
        assertEquals(2, r.comparisons().size());
        assertEquals(Verdict.SLOWER, r.comparisons().get(0).verdict());
        assertEquals("b.A.serial", r.comparisons().get(0).key().benchmark());
        assertEquals(Verdict.UNCHANGED, r.comparisons().get(1).verdict());
        assertEquals(List.of("b.C.serial"), r.missing().stream().map(BenchmarkKey::benchmark).toList());
        assertEquals(List.of("b.D.serial"), r.added().stream().map(BenchmarkKey::benchmark).toList());
        String md = MarkdownWriter.write(r);
        assertTrue(md.contains("paired t-test on the log-ratios"), md);
        assertTrue(JsonVerdictWriter.write(r).contains("\"method\": \"base and head forks ran in pairs (10 pairs, one after the other"));
        assertEquals(10, r.comparisons().get(0).baselineForks());
        // Golden files: ab's reports are compare's writers with ab's method sentence.
        golden("ab-report.md", md);
        golden("ab-report.junit.xml", JunitXmlWriter.write(r));
        golden("ab-report.json", JsonVerdictWriter.write(r));
    }

    @Test
    void noisyPairsAreUndecidedAndTheReportSaysWhatWouldDecide() throws CompareException {
        // 4 pairs whose log-ratios scatter by about 15 %: the interval reaches beyond 5 %, no regression seen.
        PairedSamples s = new PairedSamples();
        double[] noise = {1.18, 0.86, 1.10, 0.88};
        for (double z : noise) {
            s.add(List.of(result("b.A.serial", "1", 10, 10, 10)), List.of(result("b.A.serial", "1", 10 * z, 10 * z, 10 * z)));
        }
        ComparisonReport r = PairedComparer.compare(s, new CompareSettings(0.05, 0.05, MultipleTesting.HOLM),
                "base x.jar", "head y.jar", "4 pairs, one after the other", List.of(),
                "more fork pairs (ab -f N, more than this job's 4); --duet for single-threaded benchmarks");
        assertEquals(Verdict.INCONCLUSIVE, r.comparisons().get(0).verdict());
        GateOutcome o = GateOutcome.of(r);
        assertEquals(CompareCommand.UNDECIDED, o.exitCode());
        String md = MarkdownWriter.write(r, o);
        assertTrue(md.startsWith("## Benchmark comparison: UNDECIDED\n\n**Undecided:** 1 of 1 benchmark inconclusive — "
                + "no regression found, but these could not be told apart from noise. To decide: more fork pairs (ab -f N, "
                + "more than this job's 4); --duet for single-threaded benchmarks. Exit code 3"), md);
        String xml = JunitXmlWriter.write(r, o);
        assertTrue(xml.contains("<property name=\"outcome\" value=\"undecided\"/>"), xml);
        assertTrue(xml.contains("<skipped message=\"inconclusive: ratio"), xml);
        assertFalse(xml.contains("<failure"), xml);
        String json = JsonVerdictWriter.write(r, o);
        assertTrue(json.contains("\"outcome\": \"undecided\",\n  \"exitCode\": 3,"), json);
        assertTrue(json.contains("\"toDecide\": \"more fork pairs"), json);
        // Without an advice of its own, ab's report says "more fork pairs".
        assertEquals(PairedComparer.MORE_PAIRS, PairedComparer.compare(s, CompareSettings.defaults(), "b", "h", "4 pairs",
                List.of()).toDecideOrDefault());
    }

    /** Compares with src/test/resources/compare/golden/NAME (rewritten with -Dparbench.golden.update=true). */
    private static void golden(String name, String actual) {
        java.nio.file.Path g = java.nio.file.Path.of("src/test/resources/compare/golden", name);
        try {
            if (Boolean.getBoolean("parbench.golden.update")) {
                java.nio.file.Files.writeString(g, actual);
            }
            assertEquals(java.nio.file.Files.readString(g), actual, name + " differs from its golden file");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
