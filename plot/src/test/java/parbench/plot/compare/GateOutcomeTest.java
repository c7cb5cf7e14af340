package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.compare.Fixtures.avgt;
import static parbench.plot.compare.Fixtures.run;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome of a whole comparison and its exit code: 0 decided, 1 regression (wins), 3 undecided. */
class GateOutcomeTest {

    private static final CompareSettings DEFAULTS = CompareSettings.defaults();

    private static ComparisonReport compare(List<Run> base, List<Run> cur) throws CompareException {
        return Comparer.compare(base, cur, DEFAULTS, false);
    }

    // Tight forks: decided. Wide forks: inconclusive. One fork: no test.
    private static final double[] TIGHT = {100, 101, 99, 100.5};
    private static final double[] TIGHT_SLOW = {120, 121, 119, 120.5};
    private static final double[] WIDE = {60, 140, 90, 130};
    private static final double[] WIDE_2 = {70, 150, 95, 120};

    @Test
    void allDecidedIsNoRegressionExitZero() throws CompareException {
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", TIGHT), avgt("B.x", TIGHT))),
                List.of(run("c", avgt("A.x", TIGHT), avgt("B.x", TIGHT))));
        GateOutcome o = GateOutcome.of(r);
        assertEquals(GateOutcome.Kind.NO_REGRESSION, o.kind());
        assertEquals(CompareCommand.OK, o.exitCode());
        assertEquals("No regression: all 2 benchmarks decided, none slower by 10 % or more.", o.summary());
        assertNull(o.toDecide());
        assertNull(o.toDecideSentence());
    }

    @Test
    void allInconclusiveIsUndecidedExitThree() throws CompareException {
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", WIDE), avgt("B.x", WIDE))),
                List.of(run("c", avgt("A.x", WIDE_2), avgt("B.x", WIDE_2))));
        assertEquals(2, r.with(Verdict.INCONCLUSIVE).size());
        GateOutcome o = GateOutcome.of(r);
        assertEquals(GateOutcome.Kind.UNDECIDED, o.kind());
        assertEquals(CompareCommand.UNDECIDED, o.exitCode());
        assertEquals(3, o.exitCode());
        assertEquals("Undecided: 2 of 2 benchmarks inconclusive — no regression found, but these could not be told "
                + "apart from noise.", o.summary());
        assertEquals(ComparisonReport.MORE_FORKS, o.toDecide());
        assertTrue(o.toDecideSentence().endsWith("Exit code 3 (undecided); --undecided-passes makes it 0."), o.toDecideSentence());
    }

    @Test
    void oneInconclusiveAmongDecidedIsStillUndecided() throws CompareException {
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", TIGHT), avgt("B.x", WIDE))),
                List.of(run("c", avgt("A.x", TIGHT), avgt("B.x", WIDE_2))));
        assertEquals(CompareCommand.UNDECIDED, GateOutcome.of(r).exitCode());
        assertTrue(GateOutcome.of(r).summary().startsWith("Undecided: 1 of 2 benchmarks inconclusive"));
    }

    @Test
    void regressionWinsOverUndecided() throws CompareException {
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", TIGHT), avgt("B.x", WIDE))),
                List.of(run("c", avgt("A.x", TIGHT_SLOW), avgt("B.x", WIDE_2))));
        assertEquals(1, r.with(Verdict.SLOWER).size());
        assertEquals(1, r.with(Verdict.INCONCLUSIVE).size());
        for (boolean passes : new boolean[] {false, true}) {
            GateOutcome o = GateOutcome.of(r, false, passes);
            assertEquals(GateOutcome.Kind.REGRESSION, o.kind());
            assertEquals(CompareCommand.REGRESSION, o.exitCode());
            assertEquals("Regression: 1 of 2 benchmarks slower by 10 % or more; 1 more could not be told apart from noise.",
                    o.summary());
        }
    }

    @Test
    void undecidedPassesGivesZeroAndSaysSo() throws CompareException {
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", WIDE))), List.of(run("c", avgt("A.x", WIDE_2))));
        GateOutcome o = GateOutcome.of(r, false, true);
        assertEquals(GateOutcome.Kind.UNDECIDED, o.kind());
        assertEquals(CompareCommand.OK, o.exitCode());
        assertTrue(o.toDecideSentence().endsWith("Passed anyway with --undecided-passes (exit 0)."), o.toDecideSentence());
        assertTrue(JsonVerdictWriter.write(r, o).contains("\"outcome\": \"undecided\",\n  \"exitCode\": 0,"));
    }

    @Test
    void failOnMissingIsARegressionAndWinsOverUndecided() throws CompareException {
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", WIDE), avgt("Gone.x", TIGHT))),
                List.of(run("c", avgt("A.x", WIDE_2))));
        assertEquals(CompareCommand.UNDECIDED, GateOutcome.of(r).exitCode());
        GateOutcome o = GateOutcome.of(r, true, true);
        assertEquals(GateOutcome.Kind.REGRESSION, o.kind());
        assertEquals(CompareCommand.REGRESSION, o.exitCode());
    }

    @Test
    void oneForkPerSideIsOneSentenceForTheRunAndUndecided() throws CompareException {
        // A 3x change from single forks: no verdict, and the outcome says why once.
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", 100), avgt("B.x", 50))),
                List.of(run("c", avgt("A.x", 300), avgt("B.x", 50))));
        assertEquals(2, r.oneFork().size());
        GateOutcome o = GateOutcome.of(r);
        assertEquals(CompareCommand.UNDECIDED, o.exitCode());
        assertEquals("Undecided: one fork per side for every benchmark (2 of 2) — one fork cannot decide, since "
                + "iterations inside one JVM are not independent samples.", o.summary());
        assertEquals(ComparisonReport.ONE_FORK_INSTEAD, o.toDecide());
        String md = MarkdownWriter.write(r, o);
        assertEquals(1, md.split("one fork cannot decide", -1).length - 1, md);
        assertFalse(md.contains("no fork-to-fork variance"), md);
        assertFalse(md.contains("| inconclusive |"), "not in the verdict table: " + md);
        String xml = JunitXmlWriter.write(r, o);
        assertEquals(2, xml.split("<skipped message=\"inconclusive: one fork per side cannot decide", -1).length - 1, xml);
        assertTrue(xml.contains("skipped=\"2\""), xml);
        assertTrue(JsonVerdictWriter.write(r, o).contains("\"oneForkPerSide\": 2"));
    }

    @Test
    void oneForkAgainstSeveralForksIsTestedNotTheOneForkCase() throws CompareException {
        // The single-fork side borrows the other side's fork spread (RatioStatistics): a test, so a verdict.
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", TIGHT))), List.of(run("c", avgt("A.x", 130))));
        assertTrue(r.oneFork().isEmpty());
        assertEquals(Verdict.SLOWER, r.comparisons().get(0).verdict());
        assertEquals(CompareCommand.REGRESSION, GateOutcome.of(r).exitCode());
    }

    @Test
    void oneForkMixedWithNoisyBenchmarksNamesBothRemedies() throws CompareException {
        ComparisonReport r = compare(List.of(run("b", avgt("A.x", WIDE), avgt("B.x", 50))),
                List.of(run("c", avgt("A.x", WIDE_2), avgt("B.x", 55))));
        assertEquals(1, r.oneFork().size());
        GateOutcome o = GateOutcome.of(r);
        assertEquals(CompareCommand.UNDECIDED, o.exitCode());
        assertTrue(o.summary().startsWith("Undecided: 2 of 2 benchmarks inconclusive"), o.summary());
        assertTrue(o.toDecide().startsWith(ComparisonReport.MORE_FORKS + "; for the 1 with one fork per side: run JMH with -f 5"),
                o.toDecide());
        assertEquals("one fork per side for 1 of 2 benchmarks: one fork cannot decide, since iterations inside one JVM "
                + "are not independent samples; " + ComparisonReport.ONE_FORK_INSTEAD, r.oneForkLine());
    }

    @Test
    void gateOptionsParseTheFlag() throws CompareException {
        GateOptions g = new GateOptions(0.05);
        assertFalse(g.undecidedPasses);
        assertTrue(GateOptions.flagsPlus("--duet").containsAll(List.of("--duet", "--undecided-passes")));
        g.flag("--undecided-passes");
        assertTrue(g.undecidedPasses);
    }
}
