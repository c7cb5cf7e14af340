package parbench.plot.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing of real JMH 1.37 output (generated with a tiny JMH benchmark in each mode; see
 * src/test/resources/jmh) and of broken input.
 */
class JmhJsonReaderTest {

    @TempDir
    Path tmp;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(JmhJsonReaderTest.class.getResource("/jmh/" + name).toURI());
    }

    @Test
    void avgtWithRawDataAndParams() throws Exception {
        List<BenchmarkResult> rs = JmhJsonReader.read(resource("avgt.json"));
        assertEquals(3, rs.size());
        BenchmarkResult fj = rs.get(0);
        assertEquals("demo.Tiny.forkjoin", fj.benchmark());
        assertEquals("demo.Tiny", fj.benchmarkClass());
        assertEquals("forkjoin", fj.method());
        assertEquals("avgt", fj.mode());
        assertEquals("us/op", fj.unit());
        assertEquals("1", fj.params().get("threads"));
        assertEquals("1000", fj.params().get("n"));
        assertEquals("17.0.15", fj.jdkVersion());
        assertEquals(23.660953332379453, fj.score(), 0);
        assertArrayEquals(new double[] {13.700604681978799, 31.094682956259426, 26.187572358900145}, fj.rawData().get(0));
        assertFalse(fj.higherIsBetter());
        assertFalse(rs.get(2).params().containsKey("threads"), "serial has no threads param");
    }

    @Test
    void thrptIsHigherBetter() throws Exception {
        List<BenchmarkResult> rs = JmhJsonReader.read(resource("thrpt.json"));
        assertEquals("ops/ms", rs.get(0).unit());
        assertTrue(rs.get(0).higherIsBetter());
        assertEquals(3, rs.get(0).rawData().get(0).length);
    }

    @Test
    void sampleModeUsesHistogramIterationMeans() throws Exception {
        List<BenchmarkResult> rs = JmhJsonReader.read(resource("sample.json"));
        BenchmarkResult r = rs.get(0);
        assertEquals("sample", r.mode());
        assertEquals(1, r.rawData().size());
        assertEquals(2, r.rawData().get(0).length, "two measurement iterations");
        assertTrue(r.secondary().containsKey("p0.50"), "percentiles kept as secondary metrics");
        // JMH's score is the mean over all samples; the weighted iteration means must bracket it.
        double lo = Math.min(r.rawData().get(0)[0], r.rawData().get(0)[1]);
        double hi = Math.max(r.rawData().get(0)[0], r.rawData().get(0)[1]);
        assertTrue(r.score() >= lo - 1e-9 && r.score() <= hi + 1e-9, r.score() + " in [" + lo + ", " + hi + "]");
    }

    @Test
    void singleShotAndSingleIterationNaNError() throws Exception {
        assertEquals("ss", JmhJsonReader.read(resource("ss.json")).get(0).mode());
        List<BenchmarkResult> rs = JmhJsonReader.read(resource("single-iteration.json"));
        assertTrue(Double.isNaN(rs.get(0).scoreError()), "\"NaN\" string parsed as NaN");
        assertEquals(1, rs.get(0).rawData().get(0).length);
    }

    @Test
    void absentParamsAndSecondaryMetrics() throws Exception {
        BenchmarkResult r = JmhJsonReader.read(resource("no-params-secondary.json")).get(0);
        assertTrue(r.params().isEmpty());
        assertEquals(12.5, r.secondary().get("gc.alloc.rate"), 0);
    }

    @Test
    void emptyArrayIsAnEmptyRun() throws Exception {
        Path f = write("empty.json", "[]");
        assertTrue(JmhJsonReader.read(f).isEmpty());
    }

    @Test
    void malformedJsonNamesFile() throws IOException {
        Path f = write("bad.json", "[{\"benchmark\": ");
        ResultFormatException e = assertThrows(ResultFormatException.class, () -> JmhJsonReader.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void notJmhOutput() throws IOException {
        Path obj = write("obj.json", "{\"hello\": 1}");
        assertTrue(assertThrows(ResultFormatException.class, () -> JmhJsonReader.read(obj)).getMessage()
                .contains("not JMH JSON output"));
        Path noMetric = write("nometric.json", "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\"}]");
        assertTrue(assertThrows(ResultFormatException.class, () -> JmhJsonReader.read(noMetric)).getMessage()
                .contains("no 'primaryMetric'"));
        Path wrongType = write("wrong.json", "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\", \"primaryMetric\": 3}]");
        assertTrue(assertThrows(ResultFormatException.class, () -> JmhJsonReader.read(wrongType)).getMessage()
                .contains("primaryMetric is not an object"));
        Path badRaw = write("raw.json", "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\", \"primaryMetric\": "
                + "{\"score\": 1, \"scoreUnit\": \"ms/op\", \"rawData\": [5]}}]");
        assertTrue(assertThrows(ResultFormatException.class, () -> JmhJsonReader.read(badRaw)).getMessage()
                .contains("record 0"));
        Path badNumber = write("num.json", "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\", \"primaryMetric\": "
                + "{\"score\": \"fast\", \"scoreUnit\": \"ms/op\"}}]");
        assertTrue(assertThrows(ResultFormatException.class, () -> JmhJsonReader.read(badNumber)).getMessage()
                .contains("is not a number"));
    }

    @Test
    void environmentFile() throws Exception {
        Path env = write("environment.json", "{\"cpu\": {\"model\": \"AMD EPYC\", \"cores\": 2, \"logicalProcessors\": 2},"
                + "\"backends\": {\"serial\": {\"available\": true, \"detail\": \"ok\"},"
                + "\"jcuda\": {\"available\": false, \"detail\": \"no NVIDIA driver\"}}}");
        Environment e = Environment.besides(tmp.resolve("jmh.json")).orElseThrow();
        assertEquals(2, e.cores());
        assertEquals("AMD EPYC (2 cores, 2 logical)", e.summary().get("CPU"));
        assertEquals("no NVIDIA driver", e.unavailable().get("jcuda"));
        assertFalse(e.unavailable().containsKey("serial"));
        Files.writeString(env, "{oops");
        ResultFormatException ex = assertThrows(ResultFormatException.class, () -> Environment.read(env));
        assertTrue(ex.getMessage().contains("environment.json"), ex.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }
}
