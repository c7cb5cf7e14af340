package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.BaseKind;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Series;
import parbench.plot.analysis.Measured;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;

/**
 * A weak-scaling run of the harness ({@code -p scaling=weak}, real JMH JSON in
 * src/test/resources/weak) through the report: strong and weak cases side by side, the weak
 * speedup as the work-rate ratio against the same backend at 1 thread with the grown sizes of the
 * rule, Gustafson's law where the strong case has Amdahl's.
 */
class WeakScalingReportTest {

    static final Path JSON = Path.of("src/test/resources/weak/jmh.json");

    static Analysis analysis() throws Exception {
        return Analysis.of(List.of(JSON), JmhJsonReader.read(JSON), Environment.unknown(2));
    }

    @Test
    void strongAndWeakAreSeparateCasesWithTheirOwnBases() throws Exception {
        Analysis a = analysis();
        List<Series> irregular = a.series().stream().filter(s -> s.cls().endsWith("IrregularBenchmark")).toList();
        assertEquals(10, irregular.size()); // 5 schedules × {strong, weak}
        assertEquals(5, irregular.stream().filter(Series::weak).count());
        for (Series s : irregular) {
            assertEquals(s.weak(), s.gustafson().fitted(), s.caseKey() + " " + s.method());
        }
        // Strong: the serial record (no scaling param) is the base; weak: never (its problem grew).
        for (Row r : a.rows()) {
            boolean weak = "weak".equals(r.x().caseParams().get("scaling"));
            if (weak) {
                assertTrue(r.kind() != BaseKind.SERIAL && r.base().threads() == 1 && r.base().caseParams().equals(r.x().caseParams()),
                        r.toString());
            }
        }
        assertTrue(a.rows().stream().anyMatch(r -> r.kind() == BaseKind.SERIAL && r.x().method().equals("dynamic")));
    }

    @Test
    void theWeakSpeedupUsesTheGrownWorkOfTheRule() throws Exception {
        Analysis a = analysis();
        Measured t2 = a.measured().stream().filter(m -> m.cls().endsWith("MatmulBenchmark") && m.method().equals("forkjoin")
                && m.threads() == 2).findFirst().orElseThrow();
        Measured t1 = a.measured().stream().filter(m -> m.cls().endsWith("MatmulBenchmark") && m.method().equals("forkjoin")
                && m.threads() == 1).findFirst().orElseThrow();
        // n=192 at 2 threads ran round(192 · ∛2) = 242.
        assertEquals(2.0 * 242 * 242 * 242, t2.work().get().flop(), 0);
        Row self = a.rows().stream().filter(r -> r.x() == t2 && r.kind() == BaseKind.SELF).findFirst().orElseThrow();
        double workRatio = (242.0 * 242 * 242) / (192.0 * 192 * 192);
        assertEquals(workRatio * t1.sample().mean() / t2.sample().mean(), self.speedup().estimate(), 1e-9);
    }

    @Test
    void weakTablesAndChartsMatchGoldenFiles() throws Exception {
        Analysis a = analysis();
        Tables d = Tables.display();
        GoldenWritersTest.check("weak-speedup.md", TableWriters.markdown(d.speedup(a)));
        GoldenWritersTest.check("weak-gustafson.md", TableWriters.markdown(d.gustafson(a)));
        GoldenWritersTest.check("weak-amdahl.md", TableWriters.markdown(d.amdahl(a)));
        StringBuilder sb = new StringBuilder();
        for (Charts.Named n : Charts.build(a, new ArrayList<>())) {
            sb.append(n.stem()).append('\n').append("  title: ").append(n.chart().getTitle()).append('\n')
                    .append("  y: ").append(n.chart().getYAxisTitle()).append('\n')
                    .append("  series: ").append(n.chart().getSeriesMap().values().stream()
                            .filter(x -> x.isShowInLegend()).map(x -> x.getName()).collect(java.util.stream.Collectors.joining(" | "))).append('\n');
        }
        GoldenWritersTest.check("weak-charts.txt", sb.toString());
    }
}
