package parbench.plot.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.stats.Ratio;
import parbench.plot.stats.Sample;

/** speedups.json: Stein's interval and rule, the file's round trip and its errors. */
class PairedSpeedupsTest {

    @TempDir
    Path dir;

    @Test
    void withOnlyTheFirstStageTheIntervalIsThePlainTIntervalOfTheLogs() {
        List<Double> logs = List.of(0.50, 0.56, 0.53, 0.59);
        Ratio r = PairedSpeedups.interval(logs, 4);
        double mean = 0.545;
        double sd = Math.sqrt((0.045 * 0.045 + 0.015 * 0.015 + 0.015 * 0.015 + 0.045 * 0.045) / 3);
        double half = Sample.tQuantile(3) * sd / 2;
        assertEquals(Math.exp(mean), r.estimate(), 1e-12);
        assertEquals(Math.exp(mean - half), r.low(), 1e-12);
        assertEquals(Math.exp(mean + half), r.high(), 1e-12);
    }

    @Test
    void laterJvmsNarrowTheIntervalByRootNButKeepTheFirstStagesSpreadAndDegreesOfFreedom() {
        List<Double> logs = new ArrayList<>(List.of(0.50, 0.56, 0.53, 0.59));
        // Later values that agree perfectly must not shrink the spread: that would be stopping on luck.
        for (int i = 0; i < 12; i++) {
            logs.add(0.545);
        }
        Ratio r = PairedSpeedups.interval(logs, 4);
        double half = Sample.tQuantile(3) * PairedSpeedups.firstStageSd(logs, 4) / 4;
        assertEquals(Math.exp(0.545 + half), r.high(), 1e-12);
    }

    @Test
    void theSecondStageAsksForAsManyJvmsAsThePrecisionNeeds() {
        List<Double> first = List.of(0.50, 0.56, 0.53, 0.59); // sd 0.0387
        int n = PairedSpeedups.jvmsNeeded(first, 0.05);
        double s = PairedSpeedups.firstStageSd(first, 4);
        assertEquals((int) Math.ceil(Math.pow(Sample.tQuantile(3) * s / Math.log1p(0.05), 2)), n);
        // The interval with that many JVMs is within the precision.
        List<Double> all = new ArrayList<>(first);
        while (all.size() < n) {
            all.add(0.545);
        }
        Ratio r = PairedSpeedups.interval(all, 4);
        assertTrue(r.high() / r.estimate() - 1 <= 0.05 + 1e-12, r.toString());
        // A first stage already precise enough needs no more.
        assertEquals(4, PairedSpeedups.jvmsNeeded(List.of(0.5, 0.501, 0.502, 0.5), 0.05));
    }

    @Test
    void steinsIntervalCoversNinetyFivePercentUnderTheRule() {
        // Simulated JVM log-speedups, sd 0.06 around log 1.75: the rule picks n from the first stage.
        Random random = new Random(7);
        double truth = Math.log(1.75);
        int covered = 0;
        int runs = 4000;
        for (int k = 0; k < runs; k++) {
            List<Double> logs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                logs.add(truth + 0.06 * random.nextGaussian());
            }
            int n = Math.min(12, PairedSpeedups.jvmsNeeded(logs, 0.05));
            while (logs.size() < n) {
                logs.add(truth + 0.06 * random.nextGaussian());
            }
            Ratio r = PairedSpeedups.interval(logs, 4);
            if (r.low() <= 1.75 && 1.75 <= r.high()) {
                covered++;
            }
        }
        double rate = covered / (double) runs;
        assertTrue(rate > 0.935 && rate < 0.965, "coverage " + rate);
    }

    @Test
    void theFileRoundTripsAndTheReaderRecomputesTheInterval() throws Exception {
        PairedSpeedups.Entry e = new PairedSpeedups.Entry("p.MatmulBenchmark.simd_forkjoin", "avgt",
                new TreeMap<>(Map.of("n", "1024", "threads", "2")), "p.MatmulBenchmark.simd", new TreeMap<>(Map.of("n", "1024")),
                List.of(0.55, 0.56, 0.57, 0.56, 0.555), 4, "taskset: the base on CPUs 0-1 in turn");
        Path f = dir.resolve(PairedSpeedups.NAME);
        PairedSpeedups.write(f, List.of(e), new JsonObject());
        List<PairedSpeedups.Entry> back = PairedSpeedups.besides(dir.resolve("jmh.json")).orElseThrow();
        assertEquals(List.of(e), back);
        assertEquals(e.speedup(), back.get(0).speedup());
        assertEquals("p.MatmulBenchmark.simd_forkjoin|avgt|{n=1024, threads=2}", back.get(0).key());
        assertFalse(PairedSpeedups.besides(dir.resolve("sub").resolve("jmh.json")).isPresent());
    }

    @Test
    void aBrokenFileIsAnErrorNamingTheFileAndTheEntry() throws Exception {
        Path f = dir.resolve(PairedSpeedups.NAME);
        Files.writeString(f, "[1, 2]");
        ResultFormatException x = assertThrows(ResultFormatException.class, () -> PairedSpeedups.read(f));
        assertTrue(x.getMessage().contains("speedups.json") && x.getMessage().contains("no \"speedups\" array"), x.getMessage());
        Files.writeString(f, "{\"speedups\": [{\"benchmark\": \"a.B.m\", \"mode\": \"avgt\", \"baseBenchmark\": \"a.B.s\","
                + " \"logSpeedups\": [0.5, 0.6], \"firstStage\": 3}]}");
        x = assertThrows(ResultFormatException.class, () -> PairedSpeedups.read(f));
        assertTrue(x.getMessage().contains("speedups entry 0") && x.getMessage().contains("firstStage 3"), x.getMessage());
        Files.writeString(f, "{\"speedups\": [{\"mode\": \"avgt\"}]}");
        x = assertThrows(ResultFormatException.class, () -> PairedSpeedups.read(f));
        assertTrue(x.getMessage().contains("speedups entry 0"), x.getMessage());
        Files.writeString(f, "{\"speedups\": [");
        assertThrows(ResultFormatException.class, () -> PairedSpeedups.read(f));
    }
}
