package parbench.plot.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;

/**
 * Turns a command-line path into runs. A path is one of:
 * a JMH JSON file; a run folder holding {@code jmh.json} (and maybe {@code environment.json});
 * or a folder of run folders (each direct sub-folder holding a {@code jmh.json}).
 */
public final class RunLoader {

    public static final String JMH_JSON = "jmh.json";
    /** The same as {@link Environment#NAME}, its owner. */
    public static final String ENVIRONMENT_JSON = Environment.NAME;

    private RunLoader() {
    }

    public static List<Run> load(Path path) throws CompareException {
        if (!Files.exists(path)) {
            throw new CompareException(path + ": no such file or folder");
        }
        if (Files.isRegularFile(path)) {
            return List.of(loadFile(path, labelOf(path)));
        }
        Path jmh = path.resolve(JMH_JSON);
        if (Files.isRegularFile(jmh)) {
            return List.of(loadFile(jmh, labelOf(jmh)));
        }
        List<Path> runDirs = new ArrayList<>();
        try (Stream<Path> children = Files.list(path)) {
            children.filter(c -> Files.isRegularFile(c.resolve(JMH_JSON))).sorted().forEach(runDirs::add);
        } catch (IOException e) {
            throw new CompareException(path + ": cannot list folder: " + e.getMessage());
        }
        if (runDirs.isEmpty()) {
            throw new CompareException(path + ": folder holds no " + JMH_JSON
                    + " and no run folders with one (expected a JMH JSON file, a run folder or a folder of runs)");
        }
        List<Run> runs = new ArrayList<>();
        for (Path dir : runDirs) {
            Path file = dir.resolve(JMH_JSON);
            runs.add(loadFile(file, labelOf(file)));
        }
        return runs;
    }

    private static Run loadFile(Path file, String label) throws CompareException {
        try {
            List<BenchmarkResult> results = JmhJsonReader.read(file);
            if (results.isEmpty()) {
                throw new CompareException(file + ": holds no benchmark results (empty JMH run)");
            }
            String profile = Environment.besides(file).map(Environment::machineProfile).orElse(null);
            return new Run(label, file, profile, results);
        } catch (ResultFormatException e) {
            throw new CompareException(e.getMessage());
        }
    }

    /** A run's name: its folder for {@code .../<id>/jmh.json}, else the file name. */
    static String labelOf(Path file) {
        Path name = file.getFileName();
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (name != null && name.toString().equals(JMH_JSON) && parent != null && parent.getFileName() != null) {
            return parent.getFileName().toString();
        }
        return name == null ? file.toString() : name.toString();
    }
}
