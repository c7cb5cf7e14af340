package parbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.compare.CompareException;

/** ab's command line: bad input exits 2 with one line before anything runs; JMH options are split right. */
class AbCommandTest {

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
            exit = AbCommand.run(args, o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A jar that looks like a benchmark jar (JMH's list and Main), enough for the up-front checks. */
    Path fakeJar(String name, boolean benchmarkList) throws IOException {
        Path jar = tmp.resolve(name);
        try (OutputStream f = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(f)) {
            if (benchmarkList) {
                z.putNextEntry(new ZipEntry("META-INF/BenchmarkList"));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("org/openjdk/jmh/Main.class"));
            z.closeEntry();
        }
        return jar;
    }

    private static void oneLine(Result r, String expected) {
        assertEquals(2, r.exit());
        assertEquals(1, r.err().trim().lines().count(), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void missingJarExits2AtOnceWithOneLine() throws IOException {
        Path good = fakeJar("good.jar", true);
        oneLine(call(tmp.resolve("nope.jar").toString(), good.toString(), "--", "X"), "base jar");
        oneLine(call(good.toString(), tmp.resolve("nope.jar").toString(), "--", "X"), "head jar");
    }

    @Test
    void nonBenchmarkJarsExit2() throws IOException {
        Path good = fakeJar("good.jar", true);
        oneLine(call(good.toString(), fakeJar("plain.jar", false).toString(), "--", "X"), "not a benchmark jar");
        Path text = Files.writeString(tmp.resolve("text.jar"), "hello");
        oneLine(call(text.toString(), good.toString(), "--", "X"), "not a jar");
    }

    @Test
    void usageErrorsExit2() throws IOException {
        String good = fakeJar("good.jar", true).toString();
        oneLine(call(good, good), "no benchmark selection");
        oneLine(call(good), "expected BASE_JAR and HEAD_JAR");
        oneLine(call(good, good, "--frob", "--", "X"), "unknown option --frob");
        oneLine(call(good, good, "--", "X", "-rf", "csv"), "set by ab itself");
        oneLine(call(good, good, "--", "X", "-f", "1"), "at least 2 fork pairs");
        oneLine(call(good, good, "--", "X", "-l"), "lists or helps");
        oneLine(call(good, good, "--", "X", "-lp"), "JMH option -lp lists or helps");
        oneLine(call(good, good, "--", "X", "-rff", "x.json"), "JMH option -rff is set by ab itself");
        oneLine(call(good, good, "--", "X", "-o", "x.txt"), "JMH option -o is set by ab itself");
        oneLine(call(good, good, "--threshold", "lots", "--", "X"), "not a number");
        oneLine(call(good, good, "--", "X", "-wi", "many"), "JMH options");
    }

    @Test
    void helpExits0() {
        Result r = call("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--head-jvm-arg"));
    }

    @Test
    void jmhOptionsAreSplitIntoSelectionPairsAndChildOptions() throws IOException, parbench.core.cli.UsageException {
        String good = fakeJar("good.jar", true).toString();
        AbOptions o = AbOptions.parse(new String[] {good, good, "--head-jvm-arg", "-Dx=1",
                "--threshold", "3%", "--", "Foo\\.bar$", "-f", "7", "-p", "n=1024", "Baz", "-e", "Slow", "-wi", "2",
                "-jvmArgsAppend", "-Xmx1g"});
        assertEquals(7, o.fixedPairs);
        assertEquals(List.of("Foo\\.bar$", "Baz"), o.includes);
        assertEquals(List.of("Slow"), o.excludes);
        // Written back from JMH's parse: -p for the listed params only (plain JMH ignores others).
        assertEquals(List.of("-wi", "2", "-jvmArgsAppend", "-Xmx1g", "-p", "n=1024"), o.childJmh(List.of("n", "size")));
        assertEquals(List.of("-wi", "2", "-jvmArgsAppend", "-Xmx1g"), o.childJmh(List.of("size")));
        assertEquals(List.of("-Dx=1"), o.headJvmArgs);
        assertEquals(0.03, o.gate.threshold, 1e-12);
        AbOptions d = AbOptions.parse(new String[] {good, good, "--", "X"});
        assertEquals(null, d.fixedPairs);
        assertEquals(AbCommand.DEFAULT_MAX_PAIRS, d.maxPairs);
        assertEquals(AbCommand.DEFAULT_BUDGET, d.budget);
        assertEquals(AbOptions.Duet.AUTO, d.duet);
        assertEquals(AbCommand.DEFAULT_THRESHOLD, d.gate.threshold, 1e-12);
        AbOptions s = AbOptions.parse(new String[] {good, good, "--max-pairs", "12", "--budget", "90s", "--no-duet", "--", "X"});
        assertEquals(12, s.maxPairs);
        assertEquals(java.time.Duration.ofSeconds(90), s.budget);
        assertEquals(AbOptions.Duet.NONE, s.duet);
    }

    @Test
    void budgetsAndPairLimitsAreCheckedWithOneLine() throws IOException {
        String good = fakeJar("good.jar", true).toString();
        oneLine(call(good, good, "--budget", "soon", "--", "X"), "--budget: 'soon' is not a duration");
        oneLine(call(good, good, "--budget", "0m", "--", "X"), "must be a positive duration");
        oneLine(call(good, good, "--max-pairs", "2", "--", "X"), "at least 3 pairs");
        oneLine(call(good, good, "--max-pairs", "x", "--", "X"), "is not an integer");
        oneLine(call(good, good, "--seed", "1.5", "--", "X"), "--seed: '1.5' is not an integer");
        oneLine(call(good, good, "--duet", "--no-duet", "--", "X"), "exclude each other");
    }

    @Test
    void budgetUnits() throws CompareException {
        assertEquals(java.time.Duration.ofMinutes(10), AbOptions.parseBudget("10m"));
        assertEquals(java.time.Duration.ofMinutes(10), AbOptions.parseBudget("10"));
        assertEquals(java.time.Duration.ofSeconds(45), AbOptions.parseBudget(" 45s "));
        assertEquals(java.time.Duration.ofMinutes(90), AbOptions.parseBudget("1.5h"));
    }

    @Test
    void singleThreadedMeansOneJmhThreadAndNoThreadsParamAboveOne() {
        assertTrue(AbCommand.singleThreaded(List.of(result(1, java.util.Map.of()), result(1, java.util.Map.of("threads", "1")))));
        assertEquals(false, AbCommand.singleThreaded(List.of(result(1, java.util.Map.of("threads", "2")))));
        assertEquals(false, AbCommand.singleThreaded(List.of(result(2, java.util.Map.of()))));
    }

    private static parbench.plot.model.BenchmarkResult result(int threads, java.util.Map<String, String> params) {
        return new parbench.plot.model.BenchmarkResult("t.json", "a.B.m", "avgt", threads, 1, List.of(), "17",
                new java.util.TreeMap<>(params), 1.0, 0.1, "ms/op", List.of(new double[] {1.0}), java.util.Map.of());
    }

    @Test
    void undecidedPassesIsAGateFlagAndTheAdviceNamesPairsAndDuet() throws IOException, parbench.core.cli.UsageException {
        String good = fakeJar("good.jar", true).toString();
        AbOptions d = AbOptions.parse(new String[] {good, good, "--", "X", "-f", "4"});
        assertEquals(false, d.gate.undecidedPasses);
        java.util.Map<String, Boolean> interleaved = java.util.Map.of("a.B.m", false);
        d.duet = AbOptions.Duet.NONE;
        assertEquals("more fork pairs (ab -f N, more than this job's 4), or leave -f out to let ab add pairs until decided; "
                + "--duet for single-threaded benchmarks (both forks of a pair at once on swapped cores: far less pair noise)",
                AbCommand.toDecide(d, interleaved, 4, "the most pairs (4) reached"));
        AbOptions o = AbOptions.parse(new String[] {good, good, "--undecided-passes", "--", "X"});
        assertTrue(o.gate.undecidedPasses);
        assertEquals("a larger budget (--budget, now 10.0 min; --max-pairs, now 30; this job: the most pairs (30) reached)",
                AbCommand.toDecide(o, java.util.Map.of("a.B.m", true), 30, "the most pairs (30) reached"));
        Result help = call("--help");
        assertTrue(help.out().contains("--undecided-passes"), help.out());
        assertTrue(help.out().contains("3 undecided"), help.out());
    }

    /** The core(s) a process may run on, from /proc (Linux). */
    private static String cpus(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        throw new IOException("no Cpus_allowed_list for " + pid);
    }

    /**
     * The duet helper pins each twin and its child process (the JMH fork) to one core, the two
     * twins to opposite cores, swaps them over time, and ends by itself when a twin ends.
     */
    @Test
    void duetSwapperKeepsTwinsAndTheirChildrenOnOppositeCoresAndSwaps() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
        assumeTrue(Doctor.onPath(DuetSwapper.PYTHON) != null, "needs python3");
        assumeTrue(Files.isRegularFile(Path.of("/proc/self/status")), "needs Linux /proc");
        // Each twin is a shell with a child, like a JMH host JVM with its fork.
        Process a = new ProcessBuilder("sh", "-c", "sleep 30 & wait").start();
        Process b = new ProcessBuilder("sh", "-c", "sleep 30 & wait").start();
        Process swapper = null;
        try {
            Thread.sleep(200); // let the shells start their children
            long childA = a.descendants().findFirst().orElseThrow().pid();
            long childB = b.descendants().findFirst().orElseThrow().pid();
            Path log = tmp.resolve("duet.log");
            swapper = DuetSwapper.start(a.toHandle(), b.toHandle(), 0, log);
            for (int i = 0; i < 200 && cpus(a.pid()).contains("-"); i++) {
                Thread.sleep(10); // until the helper (a Python start-up) has pinned the twins
            }
            Set<String> seenA = new TreeSet<>();
            List<String> opposite = new ArrayList<>();
            List<String> childFollows = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Thread.sleep(17);
                String ca = cpus(a.pid());
                String cb = cpus(b.pid());
                String cca = cpus(childA);
                String ccb = cpus(childB);
                seenA.add(ca);
                opposite.add(ca.equals(cb) ? "same" : "opposite");
                childFollows.add(ca.equals(cca) && cb.equals(ccb) ? "follows" : "lags");
            }
            assertEquals(Set.of("0", "1"), seenA, "twin A should have been on both cores");
            // A sample can fall between the two moves of a swap; nearly all must be apart.
            assertTrue(opposite.stream().filter("opposite"::equals).count() >= 50, opposite.toString());
            assertTrue(childFollows.stream().filter("follows"::equals).count() >= 50, childFollows.toString());
            a.descendants().forEach(ProcessHandle::destroy);
            a.destroy();
            assertTrue(swapper.waitFor(5, TimeUnit.SECONDS), "the helper should end when a twin ends");
            assertEquals(0, swapper.exitValue(), Files.readString(log));
            DuetSwapper.check(swapper, log); // no exception
        } finally {
            for (Process p : new Process[] {a, b, swapper}) {
                if (p != null) {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                }
            }
        }
    }

    /** A helper that cannot pin (here: it may use one core only) makes the duet an error, not an unpinned run. */
    @Test
    void aFailedDuetHelperIsAnError() throws Exception {
        assumeTrue(Doctor.onPath(DuetSwapper.PYTHON) != null, "needs python3");
        assumeTrue(Doctor.onPath("taskset") != null, "needs taskset to restrict the helper to one core");
        Path log = tmp.resolve("duet.log");
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            String pid = Long.toString(sleeper.pid());
            Process swapper = new ProcessBuilder("taskset", "-c", "0", DuetSwapper.PYTHON, "-c", DuetSwapper.script(),
                    "50", "0", pid, pid).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            CompareException e = org.junit.jupiter.api.Assertions.assertThrows(CompareException.class,
                    () -> DuetSwapper.check(swapper, log));
            assertTrue(e.getMessage().contains("core-swapping helper failed"), e.getMessage());
            assertTrue(Files.readString(log).contains("needs two cores"), Files.readString(log));
        } finally {
            sleeper.destroy();
        }
    }
}
