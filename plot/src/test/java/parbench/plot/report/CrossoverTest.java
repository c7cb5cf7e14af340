package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Crossover;
import parbench.plot.analysis.Crossover.Criterion;
import parbench.plot.analysis.Crossover.Kind;
import parbench.plot.analysis.Crossover.Verdict;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;

/**
 * The crossover of DistributedTuningBenchmark on JMH JSON with rawData per fork
 * (src/test/resources/crossover/make-fixture.py): one crossover, one "no crossover in the measured
 * range", one "not enough data" (forks too spread), and the "pays" criterion; tables against golden
 * files; the chart rings the crossovers; reports without a sweep get nothing new.
 */
class CrossoverTest {

    static final Path JSON = Path.of("src/test/resources/crossover/sweep.json");

    static Analysis analysis(Path json) throws Exception {
        return Analysis.of(List.of(json), JmhJsonReader.read(json), Environment.unknown(2));
    }

    private static Verdict verdict(List<Verdict> vs, Criterion c, int threads) {
        return vs.stream().filter(v -> v.criterion() == c && v.threads() == threads).findFirst().orElseThrow();
    }

    @Test
    void eachVerdictOnItsThreadCount() throws Exception {
        List<Verdict> vs = Crossover.of(analysis(JSON));
        assertEquals(5, vs.size(), vs.toString()); // cost at 1, 2, 4; pays at 2, 4

        Verdict t1 = verdict(vs, Criterion.COST, 1);
        assertEquals(Kind.CROSSOVER, t1.kind());
        assertEquals(1L << 24, (long) t1.size());
        assertEquals("from 2^24 (fails at 2^20)", t1.text());
        assertTrue(t1.points().get(t1.crossoverIndex()).ratio().high() < 1.10);

        Verdict t2 = verdict(vs, Criterion.COST, 2);
        assertEquals(Kind.NONE, t2.kind());
        assertEquals("no crossover in the measured range", t2.text());
        assertTrue(Double.isNaN(t2.size()));
        assertTrue(t2.points().get(3).ratio().low() >= 1.10, t2.points().toString());

        Verdict pays2 = verdict(vs, Criterion.PAYS, 2);
        assertEquals(Kind.CROSSOVER, pays2.kind());
        assertEquals(1L << 24, (long) pays2.size());
        assertEquals("forkjoin t=1", pays2.points().get(pays2.crossoverIndex()).base());

        for (Criterion c : Criterion.values()) {
            Verdict t4 = verdict(vs, c, 4);
            assertEquals(Kind.NOT_ENOUGH_DATA, t4.kind(), t4.toString());
            assertEquals("not enough data", t4.text());
            // The estimate alone would have passed the cost limit at 2^24; the interval does not allow it.
            assertEquals(Crossover.Status.UNRESOLVED, t4.points().get(3).status());
        }
    }

    @Test
    void tablesAndSectionMatchGoldenFiles() throws Exception {
        Analysis a = analysis(JSON);
        Map<String, String> csv = CrossoverReport.csvFiles(a);
        assertEquals(List.of("crossover.csv", "crossover-sizes.csv"), List.copyOf(csv.keySet()));
        GoldenWritersTest.check("crossover.csv", csv.get("crossover.csv"));
        GoldenWritersTest.check("crossover-sizes.csv", csv.get("crossover-sizes.csv"));
        GoldenWritersTest.check("crossover.md", CrossoverReport.markdown(a));
    }

    @Test
    void theReportCarriesTheSectionTheFilesAndTheChart() throws Exception {
        Analysis a = analysis(JSON);
        Map<String, byte[]> files = ReportWriter.render(a, true);
        assertTrue(files.containsKey("crossover.csv") && files.containsKey("crossover-sizes.csv"), files.keySet().toString());
        String stem = "charts/crossover-distributedtuningbenchmark";
        assertTrue(files.containsKey(stem + ".png") && files.containsKey(stem + ".svg"), files.keySet().toString());
        String md = new String(files.get("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## Crossover (problem-size sweep)") && md.contains("| cost | 1 | from 2^24 (fails at 2^20) |"), md);
        String html = new String(files.get("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2 id=\"crossover\">") && html.contains("not enough data"), "html section");
        assertTrue(html.indexOf("crossover-distributedtuningbenchmark.svg") < html.indexOf("<h2 id=\"crossover\">"),
                "the chart comes before the section that points at it");
    }

    @Test
    void theChartRingsTheCrossovers() throws Exception {
        List<Charts.Named> charts = CrossoverReport.charts(analysis(JSON));
        assertEquals(1, charts.size());
        XYChart c = (XYChart) charts.get(0).chart();
        assertTrue(c.getSeriesMap().containsKey("hazelcast/forkjoin t=1: from 2^24 (fails at 2^20)"), c.getSeriesMap().keySet().toString());
        assertTrue(c.getSeriesMap().containsKey("hazelcast/forkjoin t=2: no crossover in the measured range"));
        assertTrue(c.getSeriesMap().containsKey("hazelcast/best 1-thread t=4: not enough data"));
        double[] ringX = c.getSeriesMap().get("crossover").getXData();
        double[] ringY = c.getSeriesMap().get("crossover").getYData();
        assertEquals(2, ringX.length); // cost t=1 and pays t=2, both at 2^24
        assertEquals(24.0, ringX[0], 1e-9);
        assertEquals(24.0, ringX[1], 1e-9);
        assertEquals(Math.log(31.45 / 30.22) / Math.log(2), ringY[0], 1e-3);
    }

    /**
     * A real run (docs/measurements/2026-11-30-distributed.md: two members on 127.0.0.1, one worker
     * each, Zen 5 2 cores, JDK 17.0.15, 3 forks): hazelcast is clearly > 10 % slower at 2^24 on both
     * thread counts, and whether 2 workers beat 1 thread at 2^24 is within the noise of 3 forks.
     */
    @Test
    void measuredTwoMemberLoopbackRun() throws Exception {
        Analysis a = analysis(Path.of("src/test/resources/crossover/loopback-two-members.json"));
        List<Verdict> vs = Crossover.of(a);
        assertEquals(List.of(Kind.NONE, Kind.NONE, Kind.NOT_ENOUGH_DATA), vs.stream().map(Verdict::kind).toList());
        GoldenWritersTest.check("crossover-loopback.csv", CrossoverReport.csvFiles(a).get("crossover-sizes.csv"));
    }

    @Test
    void reportsWithoutASweepAreUnchanged() throws Exception {
        Analysis a = GoldenWritersTest.fixture();
        assertTrue(Crossover.of(a).isEmpty());
        Map<String, byte[]> files = ReportWriter.render(a, true);
        assertFalse(files.keySet().stream().anyMatch(f -> f.contains("crossover")), files.keySet().toString());
        assertEquals("", CrossoverReport.markdown(a));
        assertEquals("", CrossoverReport.html(a));
    }
}
