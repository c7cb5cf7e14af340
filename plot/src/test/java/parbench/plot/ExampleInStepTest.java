package parbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parbench.plot.analysis.Analysis;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.PairedSpeedups;
import parbench.plot.report.ReportWriter;

/**
 * results/example/ (the README's example run) stays in step with the report code: its committed
 * report.md and targets.md are what the current code renders from its jmh.json, environment.json
 * and iterations.json. After a change to the report, regenerate them as results/example/README.md
 * says (or with -Dgolden.update=true) and read the diff.
 */
class ExampleInStepTest {

    static final Path EXAMPLE = Path.of("../results/example");

    @Test
    void committedReportIsWhatTheCodeRendersFromTheExamplesJmhJson() throws Exception {
        Path json = EXAMPLE.resolve("jmh.json");
        List<IterationsFile.Fork> it = IterationsFile.besides(json).orElse(null);
        Environment env = Environment.besides(json).orElseThrow();
        // The input named as the README's command names it, from the repository root.
        Analysis a = Analysis.of(List.of(Path.of("results/example/jmh.json")), JmhJsonReader.read(json), env, it, null,
                PairedSpeedups.besides(json).orElse(null));
        Map<String, byte[]> files = ReportWriter.render(a, false);
        for (String name : List.of("report.md", "targets.md")) {
            String rendered = new String(files.get(name), StandardCharsets.UTF_8);
            Path committed = EXAMPLE.resolve(name);
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(committed, rendered, StandardCharsets.UTF_8);
                continue;
            }
            assertEquals(Files.readString(committed, StandardCharsets.UTF_8), rendered,
                    "results/example/" + name + " is out of step with the report code: regenerate it (results/example/README.md)");
        }
    }
}
