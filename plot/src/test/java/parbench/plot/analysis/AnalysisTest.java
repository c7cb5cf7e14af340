package parbench.plot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.TestRecords.p;
import static parbench.plot.TestRecords.rec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.FakeRunAccess;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;

class AnalysisTest {

    static final double[] TEN_TO_14 = {10, 11, 12, 13, 14};
    static final double[] FIVE_TO_7 = {5, 5.5, 6, 6.5, 7};

    @TempDir
    Path tmp;

    static Analysis analyse(int cores, BenchmarkResult... rs) throws ResultFormatException {
        return Analysis.of(List.of(Path.of("test.json")), List.of(rs), Environment.unknown(cores));
    }

    static Row row(Analysis a, String method, int threads, BaseKind kind) {
        return a.rows().stream().filter(r -> r.x().method().equals(method) && r.x().threads() == threads
                && r.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no row " + method + " " + threads + " " + kind));
    }

    /** Same numbers as StatsTest.fiellerIntervalByHand: S = 12/6 = 2, CI [1.582730, 2.527279]. */
    @Test
    void speedupAndEfficiencyAgainstBothBases() throws Exception {
        Analysis a = analyse(2,
                rec("x.K.serial", "avgt", "ms/op", p("n", "1"), TEN_TO_14),
                rec("x.K.par", "avgt", "ms/op", p("n", "1", "threads", "1"), TEN_TO_14),
                rec("x.K.par", "avgt", "ms/op", p("n", "1", "threads", "2"), FIVE_TO_7),
                rec("x.K.par", "avgt", "ms/op", p("n", "1", "threads", "4"), FIVE_TO_7),
                rec("x.K.simd", "avgt", "ms/op", p("n", "1"), 3, 3, 3));
        Row vsSerial = row(a, "par", 2, BaseKind.SERIAL);
        assertEquals("serial", vsSerial.base().method());
        assertEquals(2.0, vsSerial.speedup().estimate(), 1e-12);
        assertEquals(1.5827295819075147, vsSerial.speedup().low(), 1e-9);
        assertEquals(2.5272794833209455, vsSerial.speedup().high(), 1e-9);
        assertEquals(1.0, vsSerial.efficiency().estimate(), 1e-12);
        assertEquals(1.5827295819075147 / 2, vsSerial.efficiency().low(), 1e-9);
        assertEquals(0.0, vsSerial.karpFlatt(), 1e-12);
        assertFalse(vsSerial.oversubscribed());
        assertEquals("strong", vsSerial.scaling());

        Row self = row(a, "par", 2, BaseKind.SELF);
        assertEquals(1, self.base().threads());
        assertEquals(2.0, self.speedup().estimate(), 1e-12);
        assertTrue(row(a, "par", 4, BaseKind.SELF).oversubscribed(), "4 threads on 2 cores");

        Row simd = row(a, "simd", 0, BaseKind.SERIAL);
        assertEquals(4.0, simd.speedup().estimate(), 1e-12);
        assertNull(simd.efficiency(), "no efficiency without a threads param");
        // vb = 0 so g = 0; half = t(df = min(5, 3) − 1 = 2)/3 · sqrt(0.5) = 4.302653/3 · 0.707107 = 1.014145 (t from a table).
        assertEquals(4 - 1.0141449740988853, simd.speedup().low(), 1e-8);
        assertEquals(4 + 1.0141449740988853, simd.speedup().high(), 1e-8);
    }

    @Test
    void amdahlFitLeavesOversubscribedOut() throws Exception {
        Analysis a = analyse(2,
                rec("x.K.par", "avgt", "ms/op", p("threads", "1"), TEN_TO_14),
                rec("x.K.par", "avgt", "ms/op", p("threads", "2"), FIVE_TO_7),
                rec("x.K.par", "avgt", "ms/op", p("threads", "4"), 50, 50, 50));
        Series s = a.series().get(0);
        assertEquals(List.of(4), s.excluded());
        // Group means of y = T/mean(T1) are 1 at x=1 and 0.5 at x=1/2: the line passes the origin.
        assertEquals(0.0, s.fit().serialFraction(), 1e-12);
        assertEquals(10, s.fit().points());
        assertTrue(s.fit().low() < 0 && s.fit().high() > 0);
    }

    @Test
    void unknownCoresKeepsEveryPointAndSaysSo() throws Exception {
        Analysis a = analyse(0,
                rec("x.K.par", "avgt", "ms/op", p("threads", "1"), TEN_TO_14),
                rec("x.K.par", "avgt", "ms/op", p("threads", "8"), FIVE_TO_7));
        assertTrue(a.series().get(0).excluded().isEmpty());
        assertFalse(row(a, "par", 8, BaseKind.SELF).oversubscribed());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("Core count unknown")));
    }

    @Test
    void throughputRatiosAndUnitConversion() throws Exception {
        Analysis a = analyse(2,
                rec("x.T.serial", "thrpt", "ops/s", p(), 100, 100, 100),
                rec("x.T.par", "thrpt", "ops/ms", p("threads", "2"), 0.18, 0.18, 0.18),
                rec("x.U.serial", "avgt", "ms/op", p(), 2, 2),
                rec("x.U.fast", "avgt", "us/op", p(), 500, 500));
        assertEquals(1.8, row(a, "par", 2, BaseKind.SERIAL).speedup().estimate(), 1e-12);
        assertEquals(0.9, row(a, "par", 2, BaseKind.SERIAL).efficiency().estimate(), 1e-12);
        assertEquals(4.0, row(a, "fast", 0, BaseKind.SERIAL).speedup().estimate(), 1e-12);
    }

    @Test
    void weakScalingWhenSizeGrowsWithThreads() throws Exception {
        Analysis a = analyse(2,
                rec("x.W.par", "avgt", "ms/op", p("size", "1000", "threads", "1"), 10, 10),
                rec("x.W.par", "avgt", "ms/op", p("size", "2000", "threads", "2"), 10.5, 10.5));
        assertEquals(1, a.series().size());
        assertTrue(a.series().get(0).weak());
        Row r = row(a, "par", 2, BaseKind.SELF);
        assertEquals("weak", r.scaling());
        assertEquals(2 * 10 / 10.5, r.speedup().estimate(), 1e-12); // work-rate ratio
    }

    @Test
    void mixedUnitsForOneBenchmarkIsAnError() {
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> analyse(2,
                rec("x.K.serial", "avgt", "ms/op", p("n", "1"), 1),
                rec("x.K.serial", "avgt", "us/op", p("n", "2"), 1)));
        assertTrue(e.getMessage().contains("mixed units") && e.getMessage().contains("ms/op")
                && e.getMessage().contains("us/op") && e.getMessage().contains("test.json"), e.getMessage());
    }

    /** A tuning sweep at one thread count has no base: no speedups, a note, and still its measurements. */
    @Test
    void noBaseGivesNoSpeedupsAndSaysWhy() throws Exception {
        Analysis a = analyse(2,
                rec("x.K.simd", "avgt", "ms/op", p(), 1, 2),
                rec("x.K.par", "avgt", "ms/op", p("threads", "2"), 1, 2));
        assertTrue(a.rows().isEmpty());
        assertEquals(2, a.measured().size());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("No base to compare against")), a.notes().toString());
    }

    @Test
    void emptyRunIsReportedAsMissing() throws Exception {
        Analysis a = analyse(2);
        assertTrue(a.rows().isEmpty());
        assertEquals("all results", a.missing().get(0).what());
    }

    @Test
    void harnessRunDerivedThroughputPeakFractionsTargetsAndMissing() throws Exception {
        Path json = FakeRunAccess.writeHarnessRun(tmp);
        Environment env = Environment.besides(json).orElseThrow();
        Analysis a = Analysis.of(List.of(json), JmhJsonReader.read(json), env);
        assertEquals(2, a.cores());
        assertTrue(a.isHarnessRun());
        // Calibration: fma_peak 2^27 flop at a mean near 80 GFLOP/s on one thread.
        assertEquals(80.0, a.calibration().fmaGflops().get(1), 80 * 0.05);
        assertEquals(14.0, a.calibration().streamAddGBs().get(1), 14 * 0.05);
        Measured simd = a.measured().stream().filter(m -> m.cls().endsWith("MatmulBenchmark")
                && m.method().equals("simd")).findFirst().orElseThrow();
        double gflops = 2.0 * 1024 * 1024 * 1024 / simd.secondsPerOp() / 1e9;
        assertEquals(gflops, simd.work().get().gflops(simd.secondsPerOp()), 1e-9);
        Optional<PeakFraction> pf = a.peakFraction(simd);
        assertEquals(gflops / a.calibration().fmaGflops().get(1), pf.get().fraction(), 1e-12);
        assertEquals("fma_peak t=1", pf.get().roof());

        Target mm1 = a.targets().get(0);
        assertTrue(mm1.name().startsWith("matmul") && mm1.name().endsWith("1 thread"), mm1.name());
        assertEquals(Status.NOT_MET, mm1.status()); // ~45 % of peak
        assertTrue(mm1.measured().contains("(simd)"), mm1.measured());
        Target eff = target(a, "parallel efficiency at 2 threads, matmul");
        // Against the best single-thread backend (PERFORMANCE.md), decided: 89.99 % is just short of 90 %.
        assertTrue(eff.measured().contains("(simd_forkjoin t=2 vs simd)"), eff.measured());
        assertEquals(Status.NOT_MET, eff.status(), eff.toString());
        Target cl = target(a, "OpenCL (aparapi or jocl) vs best Java backend, conv2d");
        assertTrue(cl.measured().startsWith("jocl "), cl.measured());
        assertEquals("no aparapi_end_to_end result", cl.detail());
        // conv2d against the FMA peak in GFLOP/s (2 k² FLOP per pixel), not its pixel rate.
        Target cf = target(a, "conv2d best backend, fraction of fma_peak at 1 thread");
        assertTrue(cf.measured().contains(" GFLOP/s (") && cf.measured().contains(" % = "), cf.measured());
        assertEquals("≥ 45.0 %", cf.target());
        assertEquals(12, a.targets().size());

        assertTrue(a.missing().stream().anyMatch(m -> m.what().equals("MatmulBenchmark.jcuda_end_to_end")
                && m.reason().contains("no NVIDIA driver")), a.missing().toString());
        assertTrue(a.missing().stream().anyMatch(m -> m.what().equals("backend jcuda")));
        assertTrue(a.missing().stream().anyMatch(m -> m.what().equals("Conv2dBenchmark.aparapi_end_to_end")
                && m.reason().contains("absent")));
    }

    /** "Aparapi or JOCL within 2x": the better OpenCL backend decides, the other is listed. */
    @Test
    void openClTargetTakesTheBetterOfAparapiAndJocl() throws Exception {
        String mm = "parbench.bench.MatmulBenchmark.";
        String cv = "parbench.bench.Conv2dBenchmark.";
        Analysis a = analyse(2,
                rec(mm + "serial", "avgt", "ms/op", p("n", "1024"), 500, 500),
                rec(mm + "simd_forkjoin", "avgt", "ms/op", p("n", "1024", "threads", "2"), 16, 16),
                rec(mm + "simd_forkjoin", "avgt", "ms/op", p("n", "1024", "threads", "8"), 10, 10),
                rec(mm + "aparapi_end_to_end", "avgt", "ms/op", p("n", "1024"), 80, 80),
                rec(mm + "jocl_end_to_end", "avgt", "ms/op", p("n", "1024"), 20, 20),
                rec(cv + "serial", "avgt", "ms/op", p("k", "5", "size", "2048"), 16, 16),
                rec(cv + "simd", "avgt", "ms/op", p("k", "5", "size", "2048"), 4, 4),
                rec(cv + "aparapi_end_to_end", "avgt", "ms/op", p("k", "5", "size", "2048"), 12, 12));
        Target m = target(a, "OpenCL (aparapi or jocl) vs best Java backend, matmul");
        assertEquals(Status.MET, m.status());
        // threads=8 is oversubscribed on 2 cores and does not count as the best Java time
        assertEquals("jocl 1.25× (20 ms vs 16 ms simd_forkjoin t=2)", m.measured());
        assertEquals("aparapi 5× (80 ms vs 16 ms simd_forkjoin t=2)", m.detail());
        Target c = target(a, "OpenCL (aparapi or jocl) vs best Java backend, conv2d");
        assertEquals(Status.NOT_MET, c.status());
        assertEquals("aparapi 3× (12 ms vs 4 ms simd)", c.measured());
        assertEquals("no jocl_end_to_end result", c.detail());
    }

    private static Target target(Analysis a, String name) {
        return a.targets().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + name + " in " + a.targets()));
    }

    @Test
    void workFormulas() {
        Work conv = Work.of("parbench.bench.Conv2dBenchmark", "serial",
                java.util.Map.of("size", "10", "k", "3")).orElseThrow();
        assertEquals(64, conv.items(), 0); // (10-3+1)^2
        assertEquals(2 * 9 * 64, conv.flop(), 0);
        assertEquals(4 * (100 + 64), conv.bytes(), 0);
        Work mm = Work.of("parbench.bench.MatmulBenchmark", "simd", java.util.Map.of("n", "6")).orElseThrow();
        assertEquals(2 * 216 / (12.0 * 36), mm.intensity(), 1e-12);
        assertEquals(1.0 / 12, Work.of("parbench.bench.VectorAddBenchmark", "serial",
                java.util.Map.of("n", "100")).orElseThrow().intensity(), 1e-12);
        assertTrue(Work.of("org.other.MatmulThing", "x", java.util.Map.of("n", "6")).isEmpty(),
                "other projects get no derived throughput");
        assertTrue(Files.exists(Path.of(".")));
    }
}
