package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import parbench.plot.analysis.Analysis;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;

/**
 * Reports of JMH JSON that other projects committed (src/test/resources/external, SOURCES.md
 * there): what their users expect to see — allocation rates of {@code -prof gc} in both naming
 * styles, sample-mode percentiles, params in numeric order — and none of the harness-only sections.
 */
class ExternalJmhJsonTest {

    static Analysis analyse(String file) throws Exception {
        Path json = Path.of(ExternalJmhJsonTest.class.getResource("/external/" + file).toURI());
        return Analysis.of(List.of(Path.of(file)), JmhJsonReader.read(json), Environment.unknown(0));
    }

    static List<String> column(Table t, String name) {
        int i = t.header().indexOf(name);
        return t.rows().stream().map(r -> r.get(i)).collect(Collectors.toList());
    }

    @Test
    void gcProfilerMetricsWithoutTheDotPrefix() throws Exception {
        Analysis a = analyse("hsa-profiling-avgt-gc-nodot-params-jmh137.json");
        Table t = Tables.display().secondary(a);
        assertTrue(column(t, "metric").contains("gc.alloc.rate.norm"), column(t, "metric").toString());
        GoldenWritersTest.check("external-hsa-secondary.md", TableWriters.markdown(t));
        List<String> tables = ReportWriter.tables(Tables.display(), a).stream().map(Table::name).collect(Collectors.toList());
        assertFalse(tables.contains("targets") || tables.contains("calibration"), "harness-only sections: " + tables);
        assertTrue(tables.contains("secondary"), tables.toString());
    }

    @Test
    void oldGcNamesLoseTheirDotAndSampleModeShowsPercentiles() throws Exception {
        Analysis a = analyse("jna-jni-time-sample-gc-10forks-jmh112.json");
        List<String> metrics = column(Tables.precise().secondary(a), "metric");
        assertTrue(metrics.contains("gc.alloc.rate") && metrics.contains("gc.alloc.rate.norm"), metrics.toString());
        assertTrue(metrics.stream().noneMatch(m -> m.startsWith("·")), metrics.toString());
        Table p = Tables.display().percentiles(a);
        assertEquals(4, p.rows().size());
        assertEquals(List.of("benchmark", "params", "unit", "p50", "p90", "p99", "p99.9", "p100"), p.header());
        GoldenWritersTest.check("external-jna-percentiles.md", TableWriters.markdown(p));
    }

    @Test
    void paramsInNumericOrderAndPercentilesFromSecondaryNames() throws Exception {
        Analysis a = analyse("hollow-resharding-4modes-params-jmh125.json");
        Table p = Tables.display().percentiles(a);
        List<String> lengths = column(p, "params").stream().map(s -> s.replaceAll(".*maxStringLength=(\\d+).*", "$1"))
                .collect(Collectors.toList());
        assertEquals(List.of("5", "25", "50", "150", "1000"), lengths, "numbers in numeric order, not as strings");
        GoldenWritersTest.check("external-hollow-percentiles.md", TableWriters.markdown(p));
        List<String> summary = a.summary().stream().map(Analysis.SummaryRow::caseLabel)
                .filter(c -> c.endsWith("[sample]")).map(s -> s.replaceAll(".*maxStringLength=(\\d+).*", "$1"))
                .collect(Collectors.toList());
        assertEquals(List.of("5", "25", "50", "150", "1000"), summary);
        assertTrue(Tables.display().secondary(a).rows().isEmpty(), "its only secondary metrics are the percentiles");
    }
}
