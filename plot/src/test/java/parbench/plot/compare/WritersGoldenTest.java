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

    private void check(String locale, String name, Function<ComparisonReport, String> writer) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String actual = writer.apply(fixtureReport());
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
