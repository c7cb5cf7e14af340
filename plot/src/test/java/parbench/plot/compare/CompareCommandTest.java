package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.compare.Fixtures.fixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static CommandTestSupport.Result compare(String... args) {
        return CommandTestSupport.call(CompareCommand::run, args);
    }

    private static String f(String name) {
        return fixture(name).toString();
    }

    @Test
    void regressionExitsOneAndNamesTheBenchmarks() {
        CommandTestSupport.Result r = compare("--baseline", f("baseline"), "--current", f("current"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("compare: REGRESSION: 2 benchmark(s) slower: CalibrationBenchmark.fma_peak"), r.err());
        assertTrue(r.out().startsWith("## Benchmark comparison: REGRESSION"), r.out());
    }

    @Test
    void sameBuildExitsZeroAndPrintsMarkdown() {
        CommandTestSupport.Result r = compare(f("baseline/run-a"), f("same-build"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("6 compared: 0 slower"), r.out());
        assertTrue(r.err().contains("compare: no regression"), r.err());
    }

    @Test
    void severalPathsPerSideAndSingleFiles() {
        CommandTestSupport.Result r = compare("--baseline", f("baseline/run-a/jmh.json"), "--baseline=" + f("baseline/run-b"),
                "--current", f("same-build/jmh.json"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Baseline: run-a, run-b"), r.out());
    }

    @Test
    void missingBenchmarkFailsOnlyWithFailOnMissing() {
        assertEquals(0, compare(f("baseline/run-a"), f("same-build")).exit());
        CommandTestSupport.Result r = compare(f("baseline/run-a"), f("same-build"), "--fail-on-missing");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("1 benchmark(s) missing in current: MonteCarloPiBenchmark.serial"), r.err());
    }

    @Test
    void writesAllThreeFormatsAtomicallyAndNothingToStdout(@TempDir Path tmp) throws Exception {
        Path md = tmp.resolve("out/summary.md");
        Path xml = tmp.resolve("out/junit.xml");
        Path json = tmp.resolve("out/verdicts.json");
        CommandTestSupport.Result r = compare("--baseline", f("baseline"), "--current", f("current"),
                "--markdown", md.toString(), "--junit", xml.toString(), "--json", json.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        Path golden = fixture("golden");
        assertEquals(Files.readString(golden.resolve("report.md")), Files.readString(md, StandardCharsets.UTF_8));
        assertEquals(Files.readString(golden.resolve("report.junit.xml")), Files.readString(xml, StandardCharsets.UTF_8));
        assertEquals(Files.readString(golden.resolve("report.json")), Files.readString(json, StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(tmp.resolve("out"))) {
            assertEquals(3, left.count(), "no temporary files left behind");
        }
    }

    @Test
    void thresholdAsPercentAndCorrectionChangeTheVerdict() {
        // 20 % and 14 % regressions in the fixture: a 25 % threshold accepts both.
        assertEquals(3, compare(f("baseline"), f("current"), "--threshold", "25%").exit()); // none slower, one inconclusive
        assertEquals(1, compare(f("baseline"), f("current"), "--threshold", "0.15").exit());
        assertEquals(1, compare(f("baseline"), f("current"), "--correction", "bh").exit());
    }

    @Test
    void defaultBaselineComesFromTheCurrentRunsProfile(@TempDir Path tmp) throws Exception {
        assertEquals(0, CommandTestSupport.call(PromoteCommand::run, f("baseline/run-a"), f("baseline/run-b"),
                "--baseline-root", tmp.toString()).exit());
        CommandTestSupport.Result r = compare("--current", f("current"), "--baseline-root", tmp.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("Baseline: run-a, run-b"), r.out());
        CommandTestSupport.Result none = compare("--current", f("current"), "--baseline-root", tmp.resolve("nope").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("no baseline for machine profile 'amd-epyc-2c-avx2'"), none.err());
    }

    @Test
    void profileMismatchExitsTwoUnlessAllowed() {
        CommandTestSupport.Result r = compare(f("other-machine"), f("current"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("machine profile mismatch: baseline is 'intel-xeon-2c-avx512', current is "
                + "'amd-epyc-2c-avx2'"), r.err());
        assertTrue(r.err().contains("--allow-profile-mismatch"), r.err());
        CommandTestSupport.Result allowed = compare(f("other-machine"), f("current"), "--allow-profile-mismatch");
        assertEquals(1, allowed.exit());
        assertTrue(allowed.err().contains("compare: warning: machine profile mismatch"), allowed.err());
        assertTrue(allowed.out().contains("> **Warning:** machine profile mismatch"), allowed.out());
    }

    @Test
    void unknownProfileWarnsButCompares() {
        CommandTestSupport.Result r = compare(f("no-env"), f("same-build"));
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("machine profile unknown for the baseline side"), r.err());
    }

    @Test
    void singleForkRunsAreUndecidedWithOneLineForTheRun() {
        CommandTestSupport.Result r = compare(f("single-fork"), f("single-fork"));
        assertEquals(CompareCommand.UNDECIDED, r.exit(), r.err());
        assertTrue(r.out().contains("0 unchanged, 2 inconclusive"), r.out());
        // One line for the run on stderr (besides warnings), not one per benchmark.
        java.util.List<String> lines = r.err().lines().filter(l -> !l.startsWith("compare: warning:")).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("compare: UNDECIDED: one fork per side for every benchmark (2 of 2) — one fork "
                + "cannot decide, since iterations inside one JVM are not independent samples."), lines.get(0));
        assertTrue(lines.get(0).contains("-f 5 or more"), lines.get(0));
        assertTrue(lines.get(0).contains("ab BASE_JAR HEAD_JAR"), lines.get(0));
        // The Markdown leads with it, says it once, and does not list a reason per benchmark.
        assertTrue(r.out().startsWith("## Benchmark comparison: UNDECIDED\n\n**Undecided:** one fork per side"), r.out());
        assertEquals(1, r.out().split("one fork cannot decide", -1).length - 1, r.out());
        assertFalse(r.out().contains("no fork-to-fork variance"), r.out());
        assertFalse(r.out().contains("No benchmark is slower"), r.out());
        assertTrue(r.out().contains("### Undecided: one fork per side (2)"), r.out());
        assertTrue(r.out().contains("| MatmulBenchmark.serial | n=1024 | 1.000 |"), r.out());
        assertEquals(0, compare(f("single-fork"), f("single-fork"), "--undecided-passes").exit());
    }

    @Test
    void oneForkAgainstSeveralBorrowsTheirSpreadAndIsNotTheOneForkCase() {
        // A one-fork current run against a 3-fork baseline has a test (the baseline's fork spread).
        CommandTestSupport.Result r = compare(f("baseline/run-a"), f("single-fork"));
        assertFalse(r.err().contains("one fork per side"), r.err());
        assertFalse(r.out().contains("### Undecided: one fork per side"), r.out());
    }

    @Test
    void allInconclusiveIsUndecidedExitThreeNotAPass() {
        // At 25 % neither regression of the fixture counts; MonteCarloPi stays inconclusive.
        CommandTestSupport.Result r = compare(f("baseline"), f("current"), "--threshold", "25%");
        assertEquals(CompareCommand.UNDECIDED, r.exit(), r.err());
        assertTrue(r.err().contains("compare: UNDECIDED: 1 of 6 benchmarks inconclusive — no regression found, but these "
                + "could not be told apart from noise. To decide: more forks"), r.err());
        assertTrue(r.err().contains("exit 3, --undecided-passes makes it 0"), r.err());
        assertFalse(r.err().contains("no regression ("), r.err());
        assertTrue(r.out().startsWith("## Benchmark comparison: UNDECIDED\n\n**Undecided:** 1 of 6 benchmarks inconclusive"),
                r.out());
        assertTrue(r.out().contains("None found among the 5 decided; 1 undecided (below) may hide one."), r.out());
    }

    @Test
    void undecidedPassesMapsThreeToZeroButNotOne(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("v.json");
        CommandTestSupport.Result r = compare(f("baseline"), f("current"), "--threshold", "25%", "--undecided-passes",
                "--json", json.toString());
        assertEquals(CompareCommand.OK, r.exit(), r.err());
        assertTrue(r.err().contains("compare: UNDECIDED:"), r.err());
        assertTrue(r.err().contains("exit 0: --undecided-passes"), r.err());
        String v = Files.readString(json);
        assertTrue(v.contains("\"outcome\": \"undecided\""), v);
        assertTrue(v.contains("\"exitCode\": 0"), v);
        assertTrue(v.contains("\"undecidedPasses\": true"), v);
        // A regression is never mapped: 1 wins over undecided, with or without the flag.
        assertEquals(CompareCommand.REGRESSION, compare(f("baseline"), f("current"), "--undecided-passes").exit());
        // A decided comparison is 0 either way.
        assertEquals(CompareCommand.OK, compare(f("baseline/run-a"), f("same-build"), "--undecided-passes").exit());
    }

    @Test
    void regressionWinsOverUndecided() {
        // The fixture has 2 slower and 1 inconclusive: exit 1, not 3.
        CommandTestSupport.Result r = compare(f("baseline"), f("current"));
        assertEquals(CompareCommand.REGRESSION, r.exit());
        assertFalse(r.err().contains("UNDECIDED"), r.err());
        assertTrue(r.out().contains("**Regression:** 2 of 6 benchmarks slower by 10 % or more; 1 more could not be told "
                + "apart from noise."), r.out());
    }

    @Test
    void notJmhOutputExitsTwo() {
        CommandTestSupport.Result r = compare(f("not-jmh.json"), f("current"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not-jmh.json: not JMH JSON output"), r.err());
    }

    @Test
    void emptyRunExitsTwo() {
        CommandTestSupport.Result r = compare(f("baseline"), f("empty.json"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("empty.json: holds no benchmark results"), r.err());
    }

    @Test
    void noBenchmarkInCommonExitsTwo() {
        CommandTestSupport.Result r = compare(f("unrelated"), f("current"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no benchmark in common"), r.err());
    }

    @Test
    void nonexistentPathAndFolderWithoutRunsExitTwo(@TempDir Path tmp) {
        CommandTestSupport.Result r = compare(tmp.resolve("missing").toString(), f("current"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing: no such file or folder"), r.err());
        CommandTestSupport.Result empty = compare(tmp.toString(), f("current"));
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("folder holds no jmh.json"), empty.err());
    }

    @Test
    void usageErrorsExitTwoWithTheProblem() {
        String[][] bad = {
            {},
            {f("current")},
            {f("baseline"), f("current"), f("current")},
            {f("baseline"), "--current", f("current")},
            {f("baseline"), f("current"), "--threshold", "ten"},
            {f("baseline"), f("current"), "--threshold", "-5%"},
            {f("baseline"), f("current"), "--alpha", "1.5"},
            {f("baseline"), f("current"), "--correction", "bonferroni"},
            {f("baseline"), f("current"), "--frobnicate"},
            {f("baseline"), f("current"), "--json"},
        };
        String[] expected = {
            "no current run given",
            "expected two paths, BASELINE and CURRENT, got 1",
            "expected two paths, BASELINE and CURRENT, got 3",
            "give paths either as BASELINE CURRENT or with --baseline/--current, not both",
            "--threshold: 'ten' is not a number",
            "--threshold must be a fraction such as 0.1 or a percentage such as 10%, got -5%",
            "--alpha must be between 0 and 1 (exclusive), got 1.5",
            "--correction: unknown 'bonferroni'",
            "unknown option --frobnicate",
            "--json needs a value",
        };
        for (int i = 0; i < bad.length; i++) {
            CommandTestSupport.Result r = compare(bad[i]);
            assertEquals(2, r.exit(), String.join(" ", bad[i]));
            assertTrue(r.err().startsWith("compare: usage error: " + expected[i]), r.err());
            assertTrue(r.err().contains("usage: compare BASELINE CURRENT"), r.err());
        }
    }

    @Test
    void helpExitsZero() {
        CommandTestSupport.Result r = compare("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("exit codes: 0 no regression (every benchmark decided unchanged or faster), 1 regression,\n"
                + "2 bad input or usage, 3 undecided"), r.out());
        assertTrue(r.out().contains("--undecided-passes"), r.out());
        assertFalse(r.out().isEmpty());
    }

    @Test
    void unwritableOutputExitsTwo(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        CommandTestSupport.Result r = compare(f("baseline"), f("same-build"), "--json", file.resolve("sub/out.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("compare: cannot write output"), r.err());
    }
}
