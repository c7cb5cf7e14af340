package parbench.plot.model;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.plot.io.AtomicFiles;
import parbench.plot.stats.Ratio;
import parbench.plot.stats.Sample;

/**
 * {@code speedups.json} beside {@code jmh.json}: speedups measured by the paired design,
 * one entry per (parallel result, best single-thread result) pair of the summary. Each entry holds
 * one log-speedup per JVM: inside one JVM the base and the parallel kernel ran in alternating
 * blocks, the base once on each CPU in turn, so the host's per-CPU speed swings fall on both sides
 * of the ratio. The JVMs are the independent samples; the interval is Stein's two-stage interval
 * (the first {@code firstStage} JVMs fix the variance and the number of JVMs, see
 * {@link #interval}). This class is the one reader and writer of the file.
 */
public final class PairedSpeedups {

    public static final String NAME = "speedups.json";
    static final int SCHEMA = 1;

    /**
     * One paired speedup.
     *
     * @param benchmark     the parallel result's benchmark (as in jmh.json)
     * @param params        its params (threads included)
     * @param baseBenchmark the best single-thread result's benchmark
     * @param baseParams    its params
     * @param logSpeedups   one mean log(T_base/T_parallel) per JVM, in the order they ran
     * @param firstStage    how many of them fixed the variance (Stein's n₀); at most logSpeedups.size()
     * @param pinning       how the base was moved between CPUs ("taskset: CPUs 0,1 in turn", or why not)
     */
    public record Entry(String benchmark, String mode, SortedMap<String, String> params, String baseBenchmark,
                        SortedMap<String, String> baseParams, List<Double> logSpeedups, int firstStage,
                        String pinning) {

        public Entry {
            params = new TreeMap<>(params);
            baseParams = new TreeMap<>(baseParams);
            logSpeedups = List.copyOf(logSpeedups);
        }

        /** The key of the parallel result, as {@link IterationsFile#key}. */
        public String key() {
            return IterationsFile.key(benchmark, mode, params);
        }

        public String baseKey() {
            return IterationsFile.key(baseBenchmark, mode, baseParams);
        }

        /** The speedup with its 95 % interval ({@link #interval}). */
        public Ratio speedup() {
            return interval(logSpeedups, firstStage);
        }

        public int jvms() {
            return logSpeedups.size();
        }
    }

    private PairedSpeedups() {
    }

    /**
     * Stein's two-stage 95 % interval on the log scale, back-transformed: the mean of all n JVMs'
     * log-speedups ± t(n₀−1)·s₀/√n, where s₀ is the SD of the first n₀. Because n was chosen from
     * s₀ alone (never from how narrow the interval happened to look), the coverage is the nominal
     * 95 % whatever n the rule chose; with n = n₀ it is the plain t interval. Fewer than two
     * first-stage values: no interval (NaN bounds).
     */
    public static Ratio interval(List<Double> logs, int firstStage) {
        int n = logs.size();
        if (n == 0) {
            return new Ratio(Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : logs) {
            mean += v;
        }
        mean /= n;
        int n0 = Math.min(firstStage, n);
        if (n0 < 2) {
            return new Ratio(Math.exp(mean), Double.NaN, Double.NaN);
        }
        double half = Sample.tQuantile(n0 - 1) * firstStageSd(logs, n0) / Math.sqrt(n);
        return new Ratio(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half));
    }

    /** SD of the first n0 values (n0 ≥ 2). */
    public static double firstStageSd(List<Double> logs, int n0) {
        double m = 0;
        for (int i = 0; i < n0; i++) {
            m += logs.get(i);
        }
        m /= n0;
        double ss = 0;
        for (int i = 0; i < n0; i++) {
            double d = logs.get(i) - m;
            ss += d * d;
        }
        return Math.sqrt(ss / (n0 - 1));
    }

    /**
     * Stein's second stage: how many JVMs in all give a 95 % half-width of at most
     * {@code precision} (relative, e.g. 0.05) on the ratio, from the first n₀ values alone.
     */
    public static int jvmsNeeded(List<Double> firstStage, double precision) {
        int n0 = firstStage.size();
        if (n0 < 2) {
            return n0;
        }
        // A relative half-width p on the ratio is log(1 + p) on the log scale (the upper side, the wider one).
        double d = Math.log1p(precision);
        double s = firstStageSd(firstStage, n0);
        double t = Sample.tQuantile(n0 - 1);
        return Math.max(n0, (int) Math.ceil(Math.pow(t * s / d, 2)));
    }

    /** Reads {@code speedups.json} next to {@code resultFile}, if there is one. */
    public static Optional<List<Entry>> besides(Path resultFile) throws ResultFormatException {
        Optional<Path> f = Beside.file(resultFile, NAME);
        return f.isEmpty() ? Optional.empty() : Optional.of(read(f.get()));
    }

    /** Parses the file; anything but this schema is an error naming the file and the entry. */
    public static List<Entry> read(Path file) throws ResultFormatException {
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ResultFormatException(file, "cannot read paired speedups: " + e.getMessage());
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("speedups")
                || !root.getAsJsonObject().get("speedups").isJsonArray()) {
            throw new ResultFormatException(file, "paired speedups file has no \"speedups\" array");
        }
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonElement e : root.getAsJsonObject().getAsJsonArray("speedups")) {
            String where = "speedups entry " + i++;
            try {
                JsonObject o = e.getAsJsonObject();
                List<Double> logs = new ArrayList<>();
                for (JsonElement v : o.getAsJsonArray("logSpeedups")) {
                    double d = v.getAsDouble();
                    if (!Double.isFinite(d)) {
                        throw new IllegalArgumentException("a log-speedup is not finite");
                    }
                    logs.add(d);
                }
                int n0 = o.get("firstStage").getAsInt();
                if (n0 < 1 || n0 > logs.size()) {
                    throw new IllegalArgumentException("firstStage " + n0 + " outside 1.." + logs.size());
                }
                out.add(new Entry(o.get("benchmark").getAsString(), o.get("mode").getAsString(), params(o, "params"),
                        o.get("baseBenchmark").getAsString(), params(o, "baseParams"), logs, n0,
                        o.has("pinning") ? o.get("pinning").getAsString() : ""));
            } catch (RuntimeException ex) {
                throw new ResultFormatException(file, where + ": " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            }
        }
        return out;
    }

    private static SortedMap<String, String> params(JsonObject o, String name) {
        SortedMap<String, String> p = new TreeMap<>();
        if (o.has(name)) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject(name).entrySet()) {
                p.put(e.getKey(), e.getValue().getAsString());
            }
        }
        return p;
    }

    /** The file's text: the entries and, for a reader, each one's speedup and interval. */
    public static String format(List<Entry> entries, JsonObject design) {
        JsonObject root = new JsonObject();
        root.addProperty("schema", SCHEMA);
        root.add("design", design);
        JsonArray a = new JsonArray();
        for (Entry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("benchmark", e.benchmark());
            o.addProperty("mode", e.mode());
            JsonObject p = new JsonObject();
            e.params().forEach(p::addProperty);
            o.add("params", p);
            o.addProperty("baseBenchmark", e.baseBenchmark());
            JsonObject bp = new JsonObject();
            e.baseParams().forEach(bp::addProperty);
            o.add("baseParams", bp);
            JsonArray logs = new JsonArray();
            e.logSpeedups().forEach(logs::add);
            o.add("logSpeedups", logs);
            o.addProperty("firstStage", e.firstStage());
            o.addProperty("pinning", e.pinning());
            Ratio r = e.speedup();
            // Derived, for a reader of the file: the report recomputes them from logSpeedups.
            o.addProperty("speedup", r.estimate());
            if (r.hasInterval()) {
                o.addProperty("low", r.low());
                o.addProperty("high", r.high());
            }
            a.add(o);
        }
        root.add("speedups", a);
        return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(root) + "\n";
    }

    /** Writes the file atomically: a reader never sees half of it. */
    public static void write(Path file, List<Entry> entries, JsonObject design) throws IOException {
        AtomicFiles.write(file, format(entries, design));
    }
}
