package parbench.plot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static parbench.plot.TestRecords.p;
import static parbench.plot.TestRecords.rec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import parbench.plot.analysis.Analysis;
import parbench.plot.model.Environment;

/**
 * Markdown, CSV and HTML tables against golden files in src/test/resources/golden, under
 * several default locales: every number is formatted with Locale.ROOT, so a German decimal
 * comma must never appear. Regenerate (after checking the diff by eye) with
 * {@code mvn -pl plot test -Dgolden.update=true}.
 */
class GoldenWritersTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    /** A small harness-like run: calibration, matmul serial + forkjoin at 1/2/4 threads, one single-iteration record. */
    static Analysis fixture() throws Exception {
        return Analysis.of(List.of(Path.of("run/jmh.json")), List.of(
                rec("parbench.bench.CalibrationBenchmark.fma_peak", "avgt", "ms/op", p("flops", "100000000", "threads", "1"), 1.0, 1.1, 0.9),
                rec("parbench.bench.CalibrationBenchmark.fma_peak", "avgt", "ms/op", p("flops", "100000000", "threads", "2"), 0.5, 0.55, 0.45),
                rec("parbench.bench.MatmulBenchmark.serial", "avgt", "ms/op", p("n", "100"), 20, 21, 19, 20),
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "1"), 20, 22, 18, 20),
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "2"), 10.5, 11, 10, 10.5),
                rec("parbench.bench.MatmulBenchmark.forkjoin", "avgt", "ms/op", p("n", "100", "threads", "4"), 10.4, 10.6, 10.2, 10.4),
                rec("parbench.bench.MatmulBenchmark.simd", "avgt", "ms/op", p("n", "100"), 2.5)),
                Environment.unknown(2));
    }

    static final List<Locale> LOCALES = List.of(Locale.US, Locale.GERMANY, Locale.FRANCE);

    @Test
    void tablesMatchGoldenFilesInEveryLocale() throws Exception {
        for (Locale l : LOCALES) {
            Locale.setDefault(l);
            tablesMatchGoldenFiles();
        }
    }

    private void tablesMatchGoldenFiles() throws Exception {
        Analysis a = fixture();
        Tables d = Tables.display();
        Tables c = Tables.precise();
        check("speedup.md", TableWriters.markdown(d.speedup(a)));
        check("speedup.csv", TableWriters.csv(c.speedup(a)));
        check("results.csv", TableWriters.csv(c.results(a)));
        check("results.md", TableWriters.markdown(d.results(a)));
        check("amdahl.csv", TableWriters.csv(c.amdahl(a)));
        check("missing.md", TableWriters.markdown(d.missing(a)));
        check("targets.md", ReportWriter.targetsMarkdown(a, d));
        check("tables.html", TableWriters.html(d.speedup(a)) + TableWriters.html(d.amdahl(a)));
    }

    @Test
    void csvQuotingAndHtmlEscaping() {
        Locale.setDefault(Locale.GERMANY);
        Table t = new Table("t", "T", List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""), List.of("<b>&", "1.5")));
        assertEquals("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n<b>&,1.5\n", TableWriters.csv(t));
        assertEquals("| a | b |\n|---|---|\n| x,y | say \"hi\" |\n| <b>& | 1.5 |\n",
                TableWriters.markdown(t));
        assertEquals("<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n<tbody>\n"
                + "<tr><td>x,y</td><td>say &quot;hi&quot;</td></tr>\n<tr><td>&lt;b&gt;&amp;</td><td>1.5</td></tr>\n"
                + "</tbody>\n</table>\n", TableWriters.html(t));
    }

    static void check(String name, String actual) throws IOException {
        Path f = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(f, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(f, StandardCharsets.UTF_8), actual, "golden file " + f + " in locale " + Locale.getDefault());
    }
}
