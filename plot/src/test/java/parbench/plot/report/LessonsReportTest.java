package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.BaseKind;
import parbench.plot.analysis.Series;
import parbench.plot.analysis.checks.Finding;
import parbench.plot.analysis.checks.Kind;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.WeakScaling;
import parbench.plot.analysis.Work;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;

/**
 * The report side of the lessons (issue 13) on synthetic JMH JSON
 * (src/test/resources/lessons/make-fixture.py): the racy rule, derived work, the lesson charts'
 * selection, and weak scaling with Gustafson's law.
 */
class LessonsReportTest {

    static final Path JSON = Path.of("src/test/resources/lessons/lessons.json");

    static Analysis analysis() throws Exception {
        return Analysis.of(List.of(JSON), JmhJsonReader.read(JSON), Environment.unknown(2));
    }

    @Test
    void racyRecordsAreWrongOutputAndNeverCompared() throws Exception {
        Analysis a = analysis();
        List<Measured> racy = a.measured().stream().filter(m -> m.method().equals("racy")).toList();
        assertEquals(4, racy.size());
        racy.forEach(m -> assertTrue(m.wrongOutput()));
        Measured t2 = racy.stream().filter(m -> m.threads() == 2 && m.caseParams().get("bins").equals("4")).findFirst().get();
        assertEquals(0.3, t2.lostFraction(), 1e-6);
        assertTrue(a.rows().stream().noneMatch(r -> r.x().wrongOutput() || r.base().wrongOutput()), "a speedup uses racy");
        assertTrue(a.series().stream().noneMatch(s -> s.method().equals("racy")));
        assertTrue(a.summary().stream().noneMatch(s -> s.fastest().wrongOutput()
                || (s.bestSingle() != null && s.bestSingle().wrongOutput())), "racy in the summary");
        List<Finding> wrong = a.checks().findings().stream()
                .filter(f -> f.check() == Kind.WRONG_OUTPUT).toList();
        assertEquals(4, wrong.size());
        assertTrue(wrong.stream().anyMatch(f -> f.evidence().contains("(30.0 %)") && f.evidence().endsWith("is of wrong output")),
                wrong.toString());
        // A run that lost nothing (threads=1) is not called wrong, only untrusted.
        Finding none = wrong.stream().filter(f -> f.evidence().startsWith("0 of ")).findFirst().orElseThrow();
        assertTrue(none.evidence().endsWith("is of output that nothing guarantees"), none.evidence());
        assertTrue(none.cause().contains("happened to lose none"), none.cause());
        String results = TableWriters.csv(Tables.display().results(a));
        assertTrue(results.contains("30.0 % of updates lost"), results);
    }

    @Test
    void derivedWorkOfTheLessons() throws Exception {
        Analysis a = analysis();
        Measured pipe = a.measured().stream().filter(m -> m.method().equals("linked_blocking_queue")
                && m.threads() == 2 && m.caseParams().get("capacity").equals("1024")).findFirst().get();
        Work w = pipe.work().get();
        assertEquals(Work.PIPELINE, w.workload());
        assertEquals(262144, w.items());
        assertEquals("M items/s", w.primaryRateUnit());
        assertEquals(262144 / 0.022 / 1e6, w.primaryRate(pipe.secondsPerOp()), 1e-6);
        Measured hist = a.measured().stream().filter(m -> m.cls().endsWith("HistogramBenchmark")).findFirst().get();
        assertEquals("keys", hist.work().get().itemName());
        // Pipeline has no serial: its speedup base is the same variant at threads=1.
        assertTrue(a.rows().stream().filter(r -> r.x() == pipe).allMatch(r -> r.kind() != BaseKind.SERIAL));
        assertTrue(a.rows().stream().anyMatch(r -> r.x() == pipe && r.kind() == BaseKind.SELF));
    }

    @Test
    void lessonChartsGroupTheVariants() throws Exception {
        Analysis a = analysis();
        List<Charts.Named> charts = LessonCharts.build(a);
        StringBuilder sb = new StringBuilder();
        for (Charts.Named n : charts) {
            sb.append(n.stem()).append('\n').append("  caption: ").append(n.caption()).append('\n')
                    .append("  title: ").append(n.chart().getTitle()).append('\n')
                    .append("  y: ").append(n.chart().getYAxisTitle()).append('\n')
                    .append("  series: ").append(n.chart().getSeriesMap().values().stream()
                            .filter(x -> x.isShowInLegend()).map(x -> x.getName()).collect(java.util.stream.Collectors.joining(" | "))).append('\n');
        }
        GoldenWritersTest.check("lessons-charts.txt", sb.toString());
        Charts.Named irregular = charts.get(0);
        assertTrue(irregular.caption().endsWith(LessonCharts.LOAD_BALANCING_WHY));
        XYChart c = (XYChart) irregular.chart();
        for (String v : List.of("static_block", "static_cyclic", "dynamic", "forkjoin", "streams")) {
            assertTrue(c.getSeriesMap().containsKey(v), v);
        }
        // static_block at 2 threads: 25/18.7 over serial; dynamic 25/12.7.
        assertEquals(25.0 / 18.7, c.getSeriesMap().get("static_block").getYData()[1], 1e-9);
        assertEquals(25.0 / 12.7, c.getSeriesMap().get("dynamic").getYData()[1], 1e-9);
        for (Charts.Named n : charts) {
            assertFalse(n.chart().getSeriesMap().containsKey("racy"), n.stem());
        }
        assertTrue(charts.stream().anyMatch(n -> n.caption().contains("racy t=2: 30.0 % of updates lost")));
        // Every chart of the report renders (lesson charts included).
        for (Charts.Named n : Charts.build(a, new ArrayList<>())) {
            assertTrue(ChartEncoding.png(n.chart()).length > 1000, n.stem());
        }
    }

    @Test
    void lessonTablesMatchGoldenFiles() throws Exception {
        Analysis a = analysis();
        Tables d = Tables.display();
        GoldenWritersTest.check("lessons-speedup.md", TableWriters.markdown(d.speedup(a)));
        GoldenWritersTest.check("lessons-summary.md", TableWriters.markdown(d.summary(a)));
        GoldenWritersTest.check("lessons-gustafson.md", TableWriters.markdown(d.gustafson(a)));
    }

    @Test
    void weakScalingUsesTheEffectiveSizeAndGustafson() throws Exception {
        assertEquals(8, WeakScaling.effectiveSize(Work.VECTOR_ADD, 2, 4));
        assertEquals(Math.round(100 * Math.cbrt(4)), WeakScaling.effectiveSize(Work.MATMUL, 100, 4));
        assertEquals(200, WeakScaling.effectiveSize(Work.CONV2D, 100, 4));
        assertEquals(4000, WeakScaling.effectiveSize(Work.MONTE_CARLO, 1000, 4));
        assertEquals("samples", WeakScaling.sizeParam(Work.MONTE_CARLO));
        Analysis a = analysis();
        Series weak = a.series().stream().filter(s -> s.cls().endsWith("VectorAddBenchmark")).findFirst().get();
        assertTrue(weak.weak());
        Measured four = weak.points().get(2);
        assertEquals(4.0 * 1048576, four.work().get().flop()); // effective n = base × 4
        // E(p) = T(1)/T(p): 2/4.41 at 4 threads; the scaled speedup is 4 E(4).
        var row = a.rows().stream().filter(r -> r.x() == four && r.kind() == BaseKind.SELF).findFirst().get();
        assertEquals(2.0 / 4.41, row.efficiency().estimate(), 1e-9);
        assertEquals(4 * 2.0 / 4.41, row.speedup().estimate(), 1e-9);
        assertEquals("weak", row.scaling());
        // Gustafson: S = p − f(p − 1) through S(2) = 2/1.05 (t=4 is oversubscribed: not fitted), f ≈ 0.095.
        double f = weak.gustafson().serialFraction();
        assertTrue(f > 0.08 && f < 0.11, "f = " + f);
        assertEquals(3, weak.gustafson().points());
        assertTrue(weak.gustafson().low() < f && f < weak.gustafson().high());
        List<Charts.Named> all = Charts.build(a, new ArrayList<>());
        Charts.Named speedup = all.stream().filter(n -> n.stem().startsWith("speedup-vectoraddbenchmark")).findFirst().get();
        assertTrue(speedup.chart().getTitle().startsWith("Scaled speedup: VectorAddBenchmark n=1048576,scaling=weak"), speedup.chart().getTitle());
        assertTrue(speedup.chart().getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("forkjoin Gustafson S=p−f(p−1) f=")),
                speedup.chart().getSeriesMap().keySet().toString());
        assertTrue(speedup.chart().getSeriesMap().keySet().stream().noneMatch(k -> k.contains("Amdahl")));
        Charts.Named eff = all.stream().filter(n -> n.stem().startsWith("efficiency-vectoraddbenchmark")).findFirst().get();
        assertEquals("weak efficiency E(p) = T(1)/T(p) (work ∝ p)", eff.chart().getYAxisTitle());
    }
}
