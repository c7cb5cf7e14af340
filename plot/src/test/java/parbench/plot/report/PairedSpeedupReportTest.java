package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Measured;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.PairedSpeedups;
import parbench.plot.stats.Ratio;

/**
 * A speedup measured by the paired design (speedups.json) replaces the ratio of the fork means in
 * every place the report shows it: the summary, the first screen, the efficiency and the CSV.
 */
class PairedSpeedupReportTest {

    static final Path EXAMPLE = Path.of("../results/example/jmh.json");
    static final String MATMUL = "parbench.bench.MatmulBenchmark.simd_forkjoin";

    private static Analysis analysis(List<PairedSpeedups.Entry> paired) throws Exception {
        return Analysis.of(List.of(EXAMPLE), JmhJsonReader.read(EXAMPLE), Environment.besides(EXAMPLE).orElseThrow(), null,
                null, paired);
    }

    /**
     * A paired entry for the example's matmul at 2 threads: against the run's best single-thread
     * result (read from the report itself, so that a regenerated example keeps the test meaning
     * the same), or against a single-thread result that is not the best.
     */
    private static PairedSpeedups.Entry matmul(boolean againstBestSingle) throws Exception {
        Measured best = analysis(null).summary().stream()
                .filter(s -> s.caseLabel().equals("MatmulBenchmark n=1024") && s.threads().equals("1")).findFirst()
                .orElseThrow().fastest();
        String baseName = best.r().benchmark();
        TreeMap<String, String> base = new TreeMap<>(best.r().params());
        if (!againstBestSingle) {
            boolean bestIsSimd = baseName.endsWith(".simd");
            baseName = bestIsSimd ? MATMUL : "parbench.bench.MatmulBenchmark.simd";
            base = new TreeMap<>(Map.of("n", "1024"));
            if (bestIsSimd) {
                base.put("threads", "1");
            }
        }
        return new PairedSpeedups.Entry(MATMUL, "avgt", new TreeMap<>(Map.of("n", "1024", "threads", "2")),
                baseName, base, List.of(0.560, 0.570, 0.565, 0.575, 0.568), 4, "taskset: the base on CPUs 0-1 in turn");
    }

    @Test
    void thePairedSpeedupIsTheSummarysSpeedupEfficiencyAndFirstLine() throws Exception {
        PairedSpeedups.Entry e = matmul(true);
        Analysis a = analysis(List.of(e));
        Analysis.SummaryRow row = a.summary().stream()
                .filter(s -> s.caseLabel().equals("MatmulBenchmark n=1024") && s.threads().equals("2")).findFirst().orElseThrow();
        Ratio r = e.speedup();
        assertEquals(r, row.vsBest().speedup());
        assertEquals(r.estimate() / 2, row.efficiency().estimate(), 1e-12);
        assertTrue(a.paired(row.fastest()).isPresent());
        String first = Answers.lines(a).get(0);
        assertTrue(first.startsWith("MatmulBenchmark n=1024: simd_forkjoin at 2 threads is " + parbench.plot.analysis.Format.withCi(
                r.estimate(), r.low(), r.high()) + "×"), first);
        assertTrue(first.contains("(paired blocks in 5 JVMs)") && !first.contains("imprecise"), first);
        String csv = new String(ReportWriter.render(a, false).get("summary.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("MatmulBenchmark n=1024,2,") && l.endsWith(",paired:5")), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("Conv2dBenchmark k=5,size=2048,2,") || l.contains(",forks")), csv);
        assertTrue(a.notes().stream().noneMatch(n -> n.contains(PairedSpeedups.NAME)), a.notes().toString());
    }

    @Test
    void aPairedSpeedupAgainstAnotherBaseIsNotUsedAndTheReportSaysSo() throws Exception {
        Analysis a = analysis(List.of(matmul(false))); // not this run's best single
        Analysis.SummaryRow row = a.summary().stream()
                .filter(s -> s.caseLabel().equals("MatmulBenchmark n=1024") && s.threads().equals("2")).findFirst().orElseThrow();
        assertTrue(a.paired(row.fastest()).isEmpty());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("1 of 1 paired speedups in speedups.json match no result")),
                a.notes().toString());
    }
}
