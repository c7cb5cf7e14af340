package parbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.FakeRun.params;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Status;
import parbench.plot.analysis.Target;
import parbench.plot.analysis.checks.Finding;
import parbench.plot.analysis.checks.Kind;

/**
 * The per-result checks judged against the machine's own noise: on a host like this project's
 * (each core switches between two speeds 1.35× apart for seconds at a time, so a fork runs at
 * one or the other), results that only show that noise get no finding, and results guilty of
 * something beyond it (a trend in every fork, bimodal forks far beyond the rest, a JIT that made
 * every JVM slower after warmup) are each named, and only they.
 */
class CalibratedChecksTest {

    @TempDir
    Path tmp;

    static final String CLS = "MonteCarloPiBenchmark";

    /** Per method: the warmup iterations of each fork (fork index → values), for iterations.json. */
    private final Map<String, double[][]> warmups = new HashMap<>();

    /**
     * A fork of {@code iterations} iterations around {@code ms} at one of the host's two speeds, with
     * ±3 % iteration noise and a speed switch inside the fork one time in five.
     */
    static double[] noisyFork(Random r, double ms, int iterations, boolean slow) {
        double[] f = new double[iterations];
        int switchAt = r.nextInt(5) == 0 ? 1 + r.nextInt(iterations - 1) : iterations;
        for (int i = 0; i < iterations; i++) {
            boolean s = i < switchAt ? slow : !slow;
            f[i] = ms * (s ? 1.35 : 1) * (1 + 0.03 * r.nextGaussian());
        }
        return f;
    }

    /** 20 results of 5 forks × 3 iterations, each fork at a random speed, warmups at a random speed. */
    private FakeRun noisyMachine(Random r) {
        FakeRun run = new FakeRun(1, 0);
        for (int k = 0; k < 20; k++) {
            double ms = 5 + k;
            double[][] forks = new double[5][];
            double[][] warm = new double[5][];
            for (int f = 0; f < 5; f++) {
                forks[f] = noisyFork(r, ms, 3, r.nextBoolean());
                warm[f] = noisyFork(r, ms, 4, r.nextBoolean());
            }
            String method = "noisy" + k;
            warmups.put(method, warm);
            run.addRaw(CLS, method, params("samples", "1000"), forks);
        }
        return run;
    }

    private Analysis analyse(FakeRun run) throws Exception {
        String jmh = run.json();
        Map<String, Integer> next = new HashMap<>();
        String it = ChecksReportTest.iterationsJson(jmh, (JsonObject rec) -> {
            String b = rec.get("benchmark").getAsString();
            String method = b.substring(b.lastIndexOf('.') + 1);
            double[][] w = warmups.get(method);
            int f = next.merge(method, 1, Integer::sum) - 1;
            return w == null ? null : w[f];
        });
        Path d = Files.createDirectories(tmp.resolve("run" + System.nanoTime()));
        Files.writeString(d.resolve("jmh.json"), jmh);
        Files.writeString(d.resolve("iterations.json"), it);
        return ChecksReportTest.analyse(d.resolve("jmh.json"));
    }

    private static List<String> named(Analysis a, Kind k) {
        return a.checks().findings().stream().filter(f -> f.check() == k).map(Finding::subject).sorted()
                .collect(Collectors.toList());
    }

    @Test
    void aNoisyMachineAloneAccusesNoResult() throws Exception {
        for (long seed = 1; seed <= 10; seed++) {
            Analysis a = analyse(noisyMachine(new Random(seed)));
            for (Kind k : List.of(Kind.NO_STEADY_STATE, Kind.FORKS_DISAGREE, Kind.SLOWER_STEADY_STATE)) {
                assertEquals(List.of(), named(a, k), "seed " + seed + ": " + k + " fired on the machine's noise alone: "
                        + a.checks().findings().stream().filter(f -> f.check() == k).map(Finding::evidence).toList());
            }
            assertTrue(a.checks().info().stream().anyMatch(s -> s.startsWith("Machine noise in this run (median over 20 results)")),
                    a.checks().info().toString());
        }
    }

    @Test
    void onlyTheGuiltyResultsAreNamed() throws Exception {
        Random r = new Random(7);
        FakeRun run = noisyMachine(r);
        // Still compiling: +25 % from the first half to the second in every fork.
        double[][] trending = new double[5][];
        // Bimodal far beyond the machine: 3× apart.
        double[][] bimodal = new double[5][];
        // A JIT that replaced good code: the first warmup iteration 2× faster than the steady state, in every fork.
        double[][] regressed = new double[5][];
        double[][] regressedWarmup = new double[5][];
        for (int f = 0; f < 5; f++) {
            boolean slow = r.nextBoolean();
            double s = slow ? 1.35 : 1;
            trending[f] = new double[] {10 * s, 11.5 * s, 13 * s};
            bimodal[f] = noisyFork(r, f % 2 == 0 ? 10 : 30, 3, slow);
            regressed[f] = noisyFork(r, 20, 3, slow);
            regressedWarmup[f] = new double[] {10 * s, 20 * s, 20 * s, 20 * s};
        }
        run.addRaw(CLS, "trending", params("samples", "1000"), trending);
        run.addRaw(CLS, "bimodal", params("samples", "1000"), bimodal);
        run.addRaw(CLS, "regressed", params("samples", "1000"), regressed);
        warmups.put("regressed", regressedWarmup);
        Analysis a = analyse(run);
        assertEquals(List.of(CLS + ".trending"), named(a, Kind.NO_STEADY_STATE));
        assertEquals(List.of(CLS + ".bimodal"), named(a, Kind.FORKS_DISAGREE));
        assertEquals(List.of(CLS + ".regressed"), named(a, Kind.SLOWER_STEADY_STATE));
        long suspect = a.measured().stream().filter(m -> a.checks().suspect(m)).count();
        assertEquals(3, suspect, a.checks().findings().toString());
    }

    @Test
    void oneForkThatCaughtAFastWarmupIsTheMachineNotTheJit() throws Exception {
        FakeRun run = noisyMachine(new Random(3));
        double[][] forks = new double[5][];
        double[][] warm = new double[5][];
        for (int f = 0; f < 5; f++) {
            forks[f] = new double[] {13.5, 13.6, 13.4};
            // Fork 1 warmed up on a fast core (1.35× faster), the rest at the speed they measured at.
            warm[f] = f == 0 ? new double[] {10, 10, 10.1, 13.5} : new double[] {13.5, 13.4, 13.6, 13.5};
        }
        run.addRaw(CLS, "lucky", params("samples", "1000"), forks);
        warmups.put("lucky", warm);
        assertEquals(List.of(), named(analyse(run), Kind.SLOWER_STEADY_STATE));
    }

    /** Three forks of three iterations at these fork means, ±0.5 % inside a fork. */
    static double[][] forksAt(double... means) {
        double[][] f = new double[means.length][];
        for (int i = 0; i < means.length; i++) {
            f[i] = new double[] {means[i] * 0.995, means[i], means[i] * 1.005};
        }
        return f;
    }

    @Test
    void oneForkOnTheSlowSpeedOfATwoSpeedHostIsTheMachineButA2xLaunchIsBimodal() throws Exception {
        FakeRun run = new FakeRun(1, 0);
        for (int i = 0; i < 6; i++) {
            run.addRaw(CLS, "steady" + i, params("samples", "1000"), forksAt(10, 10.3, 9.8));
        }
        // Seen on 2026-12-07 (Zen 5): conv2d simd, one fork 1.44× the others.
        run.addRaw(CLS, "slowfork", params("samples", "1000"), forksAt(1.937, 1.799, 2.599));
        run.addRaw(CLS, "bimodal", params("samples", "1000"), forksAt(1.0, 1.02, 2.1));
        Analysis a = analyse(run);
        assertEquals(List.of(CLS + ".bimodal"), named(a, Kind.FORKS_DISAGREE));
    }

    @Test
    void anImpreciseResultIsNotSuspectButMeetsNoTarget() throws Exception {
        FakeRun run = new FakeRun(1, 0);
        run.addRaw(CLS, "wide", params("samples", "1000"), new double[] {10, 12}, new double[] {14, 11.5},
                new double[] {10.5, 13});
        Analysis a = analyse(run);
        Measured m = a.measured().get(0);
        assertEquals(List.of(CLS + ".wide"), named(a, Kind.WIDE_INTERVAL));
        assertFalse(a.checks().suspect(m), "imprecise is not guilty");
        assertFalse(a.checks().trusted(m), "but no claim rests on it");
        assertEquals("", a.checks().reasons(m));
        assertEquals("interval too wide", a.checks().caveats(m));
    }

    @Test
    void aTargetOnAnImpreciseResultWhoseIntervalReachesBelowTheGoalSaysImpreciseAndDoesNotFallBackToASlowerOne()
            throws Exception {
        FakeRun run = new FakeRun(1, 0);
        Map<String, String> mc = params("samples", "33554432");
        // simd: clean but imprecise (±12.8 %) at 2.1 G samples/s, whose slow end (1.86) is below the goal
        // of 2; serial: much slower and precise.
        double k = 15.98 / 5.8;
        run.addRaw(CLS, "simd", mc, new double[] {5 * k, 6 * k}, new double[] {6.6 * k, 5.6 * k}, new double[] {5.2 * k, 6.4 * k});
        run.addRaw(CLS, "serial", mc, new double[] {74, 74.2}, new double[] {74.1, 74}, new double[] {74.2, 74.1});
        Analysis a = analyse(run);
        Target t = target(a, "Monte Carlo pi, samples/s");
        assertEquals(Status.IMPRECISE, t.status(), t.toString());
        assertTrue(t.measured().contains("(simd"), "the clean fast result, not serial: " + t.measured());
        assertEquals("not met (imprecise: interval too wide)", t.statusLabel());
    }

    @Test
    void anImpreciseResultWhoseWholeIntervalClearsTheGoalMeetsIt() throws Exception {
        FakeRun run = new FakeRun(1, 0);
        Map<String, String> mc = params("samples", "33554432");
        // simd at 5.8 G samples/s ±12.8 %: even its slow end (5.1) is far above the goal of 2.
        run.addRaw(CLS, "simd", mc, new double[] {5, 6}, new double[] {6.6, 5.6}, new double[] {5.2, 6.4});
        Analysis a = analyse(run);
        assertEquals(List.of(CLS + ".simd"), named(a, Kind.WIDE_INTERVAL));
        Target t = target(a, "Monte Carlo pi, samples/s");
        assertEquals(Status.MET, t.status(), t.toString());
        assertTrue(t.detail().contains("met at the slow end of its 95 % interval (±12.8 %) too"), t.detail());
    }

    private static Target target(Analysis a, String prefix) {
        return a.targets().stream().filter(x -> x.name().startsWith(prefix)).findFirst().orElseThrow();
    }
}
