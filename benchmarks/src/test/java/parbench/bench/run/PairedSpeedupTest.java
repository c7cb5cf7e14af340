package parbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parbench.core.Backend;
import parbench.core.cli.UsageException;

/** The paired speedup design: its arguments, one JVM's measurement, and which summary pairs it measures. */
class PairedSpeedupTest {

    @Test
    void theSpecsArgumentsParseBackToTheSpec() throws UsageException {
        PairedSpeedup.Spec s = new PairedSpeedup.Spec("Conv2dBenchmark", new java.util.LinkedHashMap<>(Map.of("k", "5")),
                Backend.SIMD, 1, Backend.SIMD_FORKJOIN, 2, 3, 40, 20, false);
        assertEquals(s, PairedSpeedup.parse(s.args().toArray(new String[0])));
    }

    @Test
    void badArgumentsNameTheProblem() {
        UsageException x = assertThrows(UsageException.class,
                () -> PairedSpeedup.parse(new String[] {"--class", "MatmulBenchmark", "--base", "simd"}));
        assertTrue(x.getMessage().contains("--parallel"), x.getMessage());
        x = assertThrows(UsageException.class, () -> PairedSpeedup.parse(new String[] {"--cycles", "0"}));
        assertTrue(x.getMessage().contains("--cycles") && x.getMessage().contains("'0'"), x.getMessage());
        x = assertThrows(UsageException.class, () -> PairedSpeedup.parse(new String[] {"--params", "n"}));
        assertTrue(x.getMessage().contains("k=v"), x.getMessage());
        x = assertThrows(UsageException.class,
                () -> PairedSpeedup.parse(new String[] {"--class", "X", "--base", "gpu", "--parallel", "simd"}));
        assertTrue(x.getMessage().contains("unknown backend 'gpu'"), x.getMessage());
        x = assertThrows(UsageException.class, () -> PairedSpeedup.parse(new String[] {"--class", "X", "stray"}));
        assertEquals("unknown option 'stray'", x.getMessage());
        x = assertThrows(UsageException.class, () -> PairedSpeedup.parse(new String[] {"--class"}));
        assertEquals("--class needs a value", x.getMessage());
        assertEquals(2, PairedSpeedup.run(new String[] {"--class", "MatmulBenchmark"}));
    }

    @Test
    void oneJvmTimesBothKernelsOnTheProblemAndChecksTheirOutput() throws Exception {
        // An awkward size (not a multiple of any vector width), tiny blocks: behaviour, not speed.
        PairedSpeedup.Spec s = new PairedSpeedup.Spec("VectorAddBenchmark", Map.of("n", "1003"), Backend.SERIAL, 1,
                Backend.FORKJOIN, 2, 2, 5, 5, false);
        JsonObject o = PairedSpeedup.measure(s);
        assertEquals(2, o.getAsJsonArray("cycles").size());
        assertTrue(Double.isFinite(o.get("logSpeedup").getAsDouble()));
        assertEquals("not pinned: --no-pin", o.get("pinning").getAsString());
        JsonObject c = o.getAsJsonArray("cycles").get(0).getAsJsonObject();
        assertTrue(c.getAsJsonArray("base").get(0).getAsDouble() > 0 && c.getAsJsonArray("parallel").get(1).getAsDouble() > 0);
        // Two cycles: the median is their mean.
        double c0 = c.get("logSpeedup").getAsDouble();
        double c1 = o.getAsJsonArray("cycles").get(1).getAsJsonObject().get("logSpeedup").getAsDouble();
        assertEquals((c0 + c1) / 2, o.get("logSpeedup").getAsDouble(), 1e-12);
        assertEquals((c0 + c1) / 2, o.get("logSpeedupMean").getAsDouble(), 1e-12);
    }

    @Test
    void oneDisturbedCycleDoesNotMoveTheJvmsValue() {
        // Four cycles at log 1.8× and one at 0.5× (a neighbour took a CPU): the median stays at 1.8×.
        double g = Math.log(1.8);
        assertEquals(g, PairedSpeedup.median(new double[] {g, Math.log(0.5), g, g}), 1e-12);
        assertEquals(2.0, PairedSpeedup.median(new double[] {3, 1, 2}), 0);
        assertEquals(2.5, PairedSpeedup.median(new double[] {4, 1, 2, 3}), 0);
    }

    @Test
    void anUnknownWorkloadOrParamIsAClearError() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> PairedSpeedup.problem("NoSuchBenchmark", Map.of()));
        assertTrue(x.getMessage().contains("no kernel workload class NoSuchBenchmark"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> PairedSpeedup.problem("MatmulBenchmark", Map.of("size", "3")));
        assertTrue(x.getMessage().contains("MatmulBenchmark has no param size"), x.getMessage());
    }

    @Test
    void thePairsAreTheSummarysRowsAtTwoToCoresThreadsOfTheKernelWorkloads() throws Exception {
        // The README's example run: 2 cores, so one pair per case at 2 threads.
        List<PairedSpeedupPhase.Pair> pairs = PairedSpeedupPhase.pairs(Path.of("../results/example/jmh.json"));
        List<String> labels = pairs.stream().map(PairedSpeedupPhase.Pair::label).toList();
        assertEquals(List.of(
                "MatmulBenchmark n=1024: simd_forkjoin t=2 vs simd",
                "Conv2dBenchmark k=5,size=2048: simd_forkjoin t=2 vs simd",
                "VectorAddBenchmark n=32768: forkjoin t=2 vs serial",
                "VectorAddBenchmark n=16777216: forkjoin t=2 vs serial",
                "MonteCarloPiBenchmark samples=33554432: simd_forkjoin t=2 vs simd"), labels);
        PairedSpeedup.Spec vadd = pairs.get(3).spec();
        assertEquals(new PairedSpeedup.Spec("VectorAddBenchmark", Map.of("n", "16777216"), Backend.SERIAL, 1,
                Backend.FORKJOIN, 2, PairedSpeedup.DEFAULT_CYCLES, PairedSpeedup.DEFAULT_BLOCK_MS,
                PairedSpeedup.DEFAULT_WARMUP_MS, true), vadd);
    }

    @Test
    void theSecondStageGoesFirstToThePairsTheBudgetCanFinish() {
        // name → JVMs still to go; "hopeless" asked for more than MAX_JVMS in its first stage.
        Map<String, Integer> toGo = Map.of("matmul", 3, "montecarlo", 1, "hopeless", 7, "conv2d", 6);
        java.util.function.Predicate<String> reachable = p -> !p.equals("hopeless");
        List<String> open = List.of("matmul", "montecarlo", "hopeless", "conv2d");
        assertEquals(List.of("montecarlo", "matmul", "conv2d", "hopeless"),
                PairedSpeedupPhase.affordable(open, toGo::get, reachable, 100));
        // 5 JVMs left: Monte Carlo (1) and matmul (3) can finish, conv2d (6 more) cannot this round.
        assertEquals(List.of("montecarlo", "matmul"), PairedSpeedupPhase.affordable(open, toGo::get, reachable, 5));
        // Less than any pair needs: still the closest one, so the budget is spent to its end.
        assertEquals(List.of("montecarlo"), PairedSpeedupPhase.affordable(open, toGo::get, reachable, 0.5));
        // Only the hopeless pair left: it gets the rest.
        assertEquals(List.of("hopeless"), PairedSpeedupPhase.affordable(List.of("hopeless"), toGo::get, reachable, 2));
    }
}
