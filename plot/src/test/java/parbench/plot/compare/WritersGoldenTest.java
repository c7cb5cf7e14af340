package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.compare.Fixtures.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three output formats against golden files, under locales that write numbers differently
 * (German: decimal comma; Arabic (Egypt): Arabic-Indic digits). Regenerate after an intended
 * format change with {@code -Dparbench.golden.update=true} and review the diff.
 */
class WritersGoldenTest {

    private static final Path GOLDEN = fixture("golden");
    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    static ComparisonReport fixtureReport() throws CompareException {
        List<Run> base = new ArrayList<>(RunLoader.load(fixture("baseline")));
        List<Run> cur = RunLoader.load(fixture("current"));
        return Comparer.compare(base, cur, CompareSettings.defaults(), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "ar-EG"})
    void markdown(String locale) throws Exception {
        check(locale, "report.md", MarkdownWriter::write);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "ar-EG"})
    void junitXml(String locale) throws Exception {
        check(locale, "report.junit.xml", JunitXmlWriter::write);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "ar-EG"})
    void json(String locale) throws Exception {
        check(locale, "report.json", JsonVerdictWriter::write);
    }

    /** The fixture at a 25 % threshold: nothing slower, MonteCarloPi inconclusive: undecided (exit 3). */
    static ComparisonReport undecidedReport() throws CompareException {
        List<Run> base = new ArrayList<>(RunLoader.load(fixture("baseline")));
        List<Run> cur = RunLoader.load(fixture("current"));
        return Comparer.compare(base, cur, new CompareSettings(0.25, 0.05, MultipleTesting.HOLM), false);
    }

    /** The first fork of each side's runs against each other: undecided, said once for the run. */
    static ComparisonReport singleForkReport() throws CompareException {
        return Comparer.compare(firstForks(RunLoader.load(fixture("baseline/run-a"))),
                firstForks(RunLoader.load(fixture("current"))), CompareSettings.defaults(), false);
    }

    private static List<Run> firstForks(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            out.add(new Run(r.label(), r.source(), r.machineProfile(), r.results().stream()
                    .map(b -> new parbench.plot.model.BenchmarkResult(b.source(), b.benchmark(), b.mode(), b.threads(), 1,
                            b.jvmArgs(), b.jdkVersion(), b.params(), b.score(), b.scoreError(), b.unit(),
                            b.rawData().subList(0, 1), b.secondary()))
                    .toList()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "ar-EG"})
    void undecided(String locale) throws Exception {
        check(locale, "undecided.md", MarkdownWriter::write, undecidedReport());
        check(locale, "undecided.junit.xml", JunitXmlWriter::write, undecidedReport());
        check(locale, "undecided.json", JsonVerdictWriter::write, undecidedReport());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "ar-EG"})
    void singleFork(String locale) throws Exception {
        check(locale, "single-fork.md", MarkdownWriter::write, singleForkReport());
        check(locale, "single-fork.junit.xml", JunitXmlWriter::write, singleForkReport());
        check(locale, "single-fork.json", JsonVerdictWriter::write, singleForkReport());
    }

    private void check(String locale, String name, Function<ComparisonReport, String> writer) throws Exception {
        check(locale, name, writer, fixtureReport());
    }

    private void check(String locale, String name, Function<ComparisonReport, String> writer, ComparisonReport report)
            throws Exception {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String actual = writer.apply(report);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("parbench.golden.update") && locale.equals("en-US")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(read(golden), actual, name + " under " + locale);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @org.junit.jupiter.api.Test
    void xmlAndMarkdownEscapeHostileNames() throws CompareException {
        Map<String, String> params = Map.of("mode", "a<b&c\"d'|e");
        Run b = Fixtures.run("b", Fixtures.result("X.m", "avgt", "ms/op", params, Fixtures.forks(1, 1.01, 0.99)));
        Run c = Fixtures.run("c", Fixtures.result("X.m", "avgt", "ms/op", params, Fixtures.forks(2, 2.02, 1.98)));
        ComparisonReport r = Comparer.compare(List.of(b), List.of(c), CompareSettings.defaults(), false);
        String xml = JunitXmlWriter.write(r);
        assertTrue(xml.contains("name=\"m [mode=a&lt;b&amp;c&quot;d&apos;|e] (avgt)\""), xml);
        assertTrue(xml.contains("<failure type=\"regression\""), xml);
        String md = MarkdownWriter.write(r);
        assertTrue(md.contains("mode=a<b&c\"d'\\|e"), md);
    }
}
