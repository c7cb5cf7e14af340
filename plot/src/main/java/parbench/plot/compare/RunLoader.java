package parbench.plot.compare;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;

/**
 * Turns a command-line path into runs. A path is one of:
 * a JMH JSON file; a run folder holding {@code jmh.json} (and maybe {@code environment.json});
 * or a folder of run folders (each direct sub-folder holding a {@code jmh.json}).
 */
public final class RunLoader {

    public static final String JMH_JSON = "jmh.json";
    public static final String ENVIRONMENT_JSON = "environment.json";

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
        List<BenchmarkResult> results;
        try {
            results = JmhJsonReader.read(file);
        } catch (ResultFormatException e) {
            throw new CompareException(e.getMessage());
        }
        if (results.isEmpty()) {
            throw new CompareException(file + ": holds no benchmark results (empty JMH run)");
        }
        Path parent = file.toAbsolutePath().getParent();
        Path env = parent == null ? null : parent.resolve(ENVIRONMENT_JSON);
        String profile = env != null && Files.isRegularFile(env) ? machineProfile(env) : null;
        return new Run(label, file, profile, results);
    }

    /** {@code machineProfile} of an environment.json, or null if the file lacks it. */
    public static String machineProfile(Path environmentJson) throws CompareException {
        JsonElement root;
        try (Reader in = Files.newBufferedReader(environmentJson, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(in);
        } catch (IOException | JsonParseException e) {
            throw new CompareException(environmentJson + ": cannot read environment.json: " + e.getMessage());
        }
        if (!root.isJsonObject()) {
            throw new CompareException(environmentJson + ": not an environment.json (expected a JSON object)");
        }
        JsonObject o = root.getAsJsonObject();
        JsonElement p = o.get("machineProfile");
        return p == null || p.isJsonNull() ? null : p.getAsString();
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
