package parbench.plot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static parbench.plot.TestRecords.p;
import static parbench.plot.TestRecords.rec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.plot.model.Environment;

/** The coverage check reads the expected methods from environment.json's "benchmarks" (the harness's registry). */
class CoverageFromEnvironmentTest {

    @Test
    void expectedMethodsComeFromTheRun(@TempDir Path dir) throws Exception {
        Path envFile = dir.resolve("environment.json");
        Files.writeString(envFile, "{\"schema\": 1, \"cpu\": {\"cores\": 2},"
                + " \"benchmarks\": {\"MatmulBenchmark\": [\"serial\", \"hazelcast\"], \"HistogramBenchmark\": [\"racy\"]}}");
        Environment env = Environment.read(envFile);
        Analysis a = Analysis.of(List.of(dir.resolve("jmh.json")), List.of(
                rec("parbench.bench.MatmulBenchmark.serial", "avgt", "ms/op", p("n", "100"), 20, 21)), env);
        List<String> missing = a.missing().stream().map(m -> m.what() + ": " + m.reason()).toList();
        assertEquals(List.of("MatmulBenchmark.hazelcast: absent from the results (skipped or not run)",
                "HistogramBenchmark: no results for this class in the run"), missing);
    }

    @Test
    void runsWithoutTheListAreCheckedAgainstTheLegacyList() {
        assertEquals(Coverage.LEGACY_METHODS, Coverage.expectedMethods(Environment.unknown(2)));
    }
}
