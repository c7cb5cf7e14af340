package parbench.bench.cli;
import parbench.bench.support.InjectedSlowdown;
import parbench.bench.run.Registry;
import parbench.bench.run.ParamCheck;

import parbench.bench.KernelState;
import parbench.bench.run.Environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import parbench.core.Backend;

/** Bad input on the command line: one line naming the problem, exit code 2, no stack trace. */
class CommandLineTest {

    private static String check(String... args) {
        return ParamCheck.check(args, List.of());
    }

    @Test
    void acceptsTheDocumentedSweep() {
        assertNull(check("-p", "threads=1,2,4,8"));
        assertNull(check("-p", "n=1000", "-p", "size=64", "-p", "k=3,5", "-p", "samples=1000", "-f", "1"));
    }

    @Test
    void rejectsThreadsZeroNamingTheParameterAndRange() {
        String m = check("-p", "threads=0");
        assertTrue(m.contains("threads=0") && m.contains("from 1"), m);
    }

    @Test
    void rejectsNegativeAndNonNumericSizes() {
        assertTrue(check("-p", "n=-5").contains("n=-5"));
        assertTrue(check("-p", "size=big").contains("not a whole number"));
        assertTrue(check("-p", "samples=1e9").contains("samples=1e9"));
    }

    @Test
    void rejectsUnknownParametersListingTheAllowedOnes() {
        String m = check("-p", "nthreads=2");
        assertTrue(m.contains("unknown parameter 'nthreads'") && m.contains("threads, n, size, k, samples, flops"), m);
    }

    @Test
    void rejectsFilterLargerThanImageAndMatrixTooLarge() {
        assertTrue(check("-p", "size=4", "-p", "k=5").contains("k=5"));
        assertTrue(check("-p", "n=50000").contains("MatmulBenchmark"));
        assertNull(ParamCheck.check(new String[] {"-p", "n=50000"}, List.of("VectorAddBenchmark")));
    }

    @Test
    void checksTheTuningKnobs() {
        assertNull(check("-p", "kc=256,512", "-p", "mc=72,144", "-p", "bandsPerThread=1,16",
                "-p", "joclMc=32,64", "-p", "joclKc=512", "-p", "joclR=2,4", "-p", "joclV=1,2", "-p", "joclBand=16"));
        assertTrue(check("-p", "mc=2").contains("mc=2"), check("-p", "mc=2"));
        assertTrue(check("-p", "joclMc=30").contains("multiple of 4"));
        assertTrue(check("-p", "joclR=4", "-p", "joclBand=3").contains("joclBand=3"));
        assertNull(check("-p", "joclVw=0,4,8,16"));
        assertTrue(check("-p", "joclVw=12").contains("joclVw=12"), check("-p", "joclVw=12"));
        assertTrue(check("-p", "bandsPerThread=0").contains("bandsPerThread=0"));
        assertTrue(check("-p", "n=50000").contains("MatmulBenchmark"));
        assertTrue(ParamCheck.check(new String[] {"-p", "n=50000"}, List.of("MatmulTuningBenchmark")) != null);
    }

    @Test
    void unknownBackendIsAUsageError() {
        Run r = run("--backends", "serial,cuda");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("unknown backend 'cuda'") && r.err.contains(Backend.ids()), r.err);
        assertTrue(!r.err.contains("\tat "), "no stack trace");
    }

    @Test
    void badJmhOptionIsAUsageError() {
        Run r = run("-f", "many");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("error: "), r.err);
        Run t = run("-p", "threads=0");
        assertEquals(2, t.code);
        assertTrue(t.err.contains("threads=0"), t.err);
    }

    @Test
    void eachCommandsBadInputIsOneLineNamingItAndExitsTwo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String[][] bad = {
            {"speedups"}, {"speedups", "a", "b"}, {"speedups", "a", "--precision", "2"}, {"speedups", "--frob"},
            {"speedups", dir.toString()}, {"doctor", "--frob"}, {"doctor", "-jvm"}, {"probe", "--frob"}, {"probe", "--out"},
            {"registry", "--frob"}, {"calibrate"}, {"calibrate", "--frob"}, {"paired-speedup", "--class", "X"},
            {"--resume"}, {"--resume="}, {"--backends"}, {"--paired-budget", "-1"},
        };
        String[] expected = {
            "speedups: no run folder given", "speedups: unexpected argument 'b'",
            "speedups: --precision needs a relative half-width such as 5% or 0.05, got '2'", "speedups: unknown option --frob",
            "speedups: " + dir + " has no jmh.json: not a run folder", "doctor: unknown option '--frob'; allowed: -jvm PATH",
            "doctor: -jvm needs a value", "probe: unknown option '--frob'; allowed: --out FILE", "probe: --out needs a value",
            "registry: unknown option '--frob'; allowed: --backends", "calibrate: --out FILE is required",
            "calibrate: unknown option '--frob'; allowed: --out FILE", "paired-speedup: --out FILE is required",
            "error: --resume needs the run folder of an earlier run (the folder holding plan.json)",
            "error: --resume needs the run folder of an earlier run (the folder holding plan.json)",
            "error: --backends needs a comma-separated list; allowed: " + Backend.ids(),
            "error: --paired-budget needs whole seconds (0 or more), got '-1'",
        };
        for (int i = 0; i < bad.length; i++) {
            Run r = run(bad[i]);
            assertEquals(2, r.code, String.join(" ", bad[i]));
            assertEquals(expected[i], r.err.split("\n")[0], String.join(" ", bad[i]));
            assertTrue(!r.err.contains("\tat "), "no stack trace");
        }
    }

    @Test
    void runArgsTakeParbenchsOptionsOutAndLeaveJmhsInOrder() throws parbench.core.cli.UsageException {
        RunArgs a = RunArgs.parse(new String[] {"-f", "1", "--no-report", "-p", "n=5", "--backends=serial,simd", "-h",
            "--paired-precision", "10%", "--paired-budget=30", "--dry-run", "MatmulBenchmark"});
        assertEquals(List.of("-f", "1", "-p", "n=5", "-h", "MatmulBenchmark"), a.jmh);
        assertEquals(java.util.EnumSet.of(Backend.SERIAL, Backend.SIMD), a.selected);
        assertTrue(!a.report && a.calibration && a.dryRun && a.paired.enabled());
        assertEquals(0.1, a.paired.precision(), 1e-12);
        assertEquals(30, a.paired.budgetSeconds());
    }

    @Test
    void benchmarkMethodNamesMapToBackends() {
        assertEquals(Backend.SERIAL, KernelState.backendOf("parbench.bench.MatmulBenchmark.serial"));
        assertEquals(Backend.SIMD_FORKJOIN, KernelState.backendOf("x.Conv2dBenchmark.simd_forkjoin"));
        assertEquals(Backend.JOCL, KernelState.backendOf("x.VectorAddBenchmark.jocl_kernel_only"));
        assertEquals(Backend.APARAPI, KernelState.backendOf("x.VectorAddBenchmark.aparapi_end_to_end"));
        assertThrows(IllegalArgumentException.class, () -> KernelState.backendOf("x.Y.fma_peak"));
    }

    @Test
    void excludePatternMatchesOnlyThatBackend() {
        Pattern simd = Pattern.compile(Registry.excludePattern(Backend.SIMD));
        assertTrue(simd.matcher("parbench.bench.MatmulBenchmark.simd").find());
        assertTrue(!simd.matcher("parbench.bench.MatmulBenchmark.simd_forkjoin").find());
        Pattern jcuda = Pattern.compile(Registry.excludePattern(Backend.JCUDA));
        assertTrue(jcuda.matcher("a.MatmulBenchmark.jcuda_kernel_only").find());
        assertTrue(jcuda.matcher("a.MatmulBenchmark.jcuda_end_to_end").find());
        assertTrue(!jcuda.matcher("a.MatmulBenchmark.jocl_end_to_end").find());
    }

    @Test
    void injectedSlowdownAppliesOnlyToTheNamedBenchmark() {
        String spec = "MatmulBenchmark.serial:0.10,VectorAddBenchmark.simd:0.25";
        assertTrue(InjectedSlowdown.parse(spec, "parbench.bench.MatmulBenchmark.serial") != InjectedSlowdown.NONE);
        assertTrue(InjectedSlowdown.parse(spec, "parbench.bench.MatmulBenchmark.simd") == InjectedSlowdown.NONE);
        assertTrue(InjectedSlowdown.parse("", "parbench.bench.MatmulBenchmark.serial") == InjectedSlowdown.NONE);
        assertThrows(IllegalArgumentException.class, () -> InjectedSlowdown.parse("MatmulBenchmark.serial", "a.MatmulBenchmark.serial"));
        assertThrows(IllegalArgumentException.class, () -> InjectedSlowdown.parse("MatmulBenchmark.serial:-1", "a.MatmulBenchmark.serial"));
    }

    @Test
    void machineProfileIsAShortStableSlug() {
        assertEquals("amd-epyc-2c-avx2", Environment.machineProfile("AMD EPYC", 2, "fma avx avx2"));
        assertEquals("intel-xeon-gold-6248-2c-avx512",
                Environment.machineProfile("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", 2, "avx2 avx512f"));
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
