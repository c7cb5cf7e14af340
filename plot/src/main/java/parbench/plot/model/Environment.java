package parbench.plot.model;

import com.google.gson.GsonBuilder;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.plot.io.AtomicFiles;

/**
 * The harness's {@code environment.json} (written beside {@code jmh.json}): its one reader and
 * its one writer. Read leniently: every field is optional, because JMH itself records none of
 * the hardware and other projects have no such file at all. The harness builds the file's
 * {@link JsonObject} and writes it with {@link #write}; everything else reads it here.
 *
 * @param source         the file it came from
 * @param cores          physical cores ({@code cpu.cores}), or 0 when unknown
 * @param summary        human-readable facts in display order (CPU, SIMD, memory, OS, JDK, ...)
 * @param backends       backend id → availability detail, for every backend the run looked at
 * @param unavailable    backend id → reason, for the ones reported unavailable
 * @param driftStart     the short calibration at the start of the run ({@code drift.start}), or null
 * @param driftEnd       the same at the end ({@code drift.end}), or null
 * @param run            how the run was scheduled and how far it got ({@code run}), or null
 * @param machineProfile the kind of machine ({@code machineProfile}), or null
 * @param gitCommit      the commit the run was built from ({@code git.commit}), or null
 * @param start          when the run started, ISO-8601 as written ({@code start}), or null
 * @param end            when it ended ({@code end}), or null
 * @param benchmarks     class → methods a full run has ({@code benchmarks}, from the harness's
 *                       registry), or null when the file lacks it or it is not such a map
 */
public record Environment(Path source, int cores, Map<String, String> summary,
                          Map<String, String> backends, Map<String, String> unavailable,
                          DriftPoint driftStart, DriftPoint driftEnd, RunInfo run,
                          String machineProfile, String gitCommit, String start, String end,
                          Map<String, List<String>> benchmarks) {

    /** The file's name beside {@code jmh.json}. */
    public static final String NAME = "environment.json";

    /**
     * One end of the run's drift measurement: one-thread fma_peak and stream_add, load average
     * and CPU steal; NaN for a figure that was not recorded.
     */
    public record DriftPoint(String time, double fmaPeakGflops, double streamAddGBps, double loadAverage1m,
                             double stealPercent) {
    }

    /**
     * The run's schedule: forks planned and completed (of (benchmark, params) pairs), whether it
     * was interrupted, and the per-fork settings; -1 for a number that was not recorded.
     */
    public record RunInfo(int planned, int completed, boolean interrupted, String schedule, int forks,
                          int warmupIterations, int measurementIterations) {

        /** Interrupted, or fewer forks completed than planned. */
        public boolean partial() {
            return interrupted || (planned >= 0 && completed >= 0 && completed < planned);
        }
    }

    public Environment(Path source, int cores, Map<String, String> summary, Map<String, String> backends,
                       Map<String, String> unavailable) {
        this(source, cores, summary, backends, unavailable, null, null, null, null, null, null, null, null);
    }

    /** An environment with nothing known except, possibly, the core count given by the user. */
    public static Environment unknown(int cores) {
        return new Environment(null, cores, Map.of(), Map.of(), Map.of());
    }

    /** The environment with the core count replaced (for {@code --cores N}). */
    public Environment withCores(int newCores) {
        return new Environment(source, newCores, summary, backends, unavailable, driftStart, driftEnd, run,
                machineProfile, gitCommit, start, end, benchmarks);
    }

    /** The environment with drift and run information replaced (tests build partial or drifting runs). */
    public Environment withRun(DriftPoint newStart, DriftPoint newEnd, RunInfo newRun) {
        return new Environment(source, cores, summary, backends, unavailable, newStart, newEnd, newRun,
                machineProfile, gitCommit, start, end, benchmarks);
    }

    /** Reads {@code environment.json} next to {@code resultFile}, if there is one. */
    public static Optional<Environment> besides(Path resultFile) throws ResultFormatException {
        Optional<Path> f = Beside.file(resultFile, NAME);
        return f.isEmpty() ? Optional.empty() : Optional.of(read(f.get()));
    }

    /** Parses an environment file; malformed JSON is an error naming the file. */
    public static Environment read(Path file) throws ResultFormatException {
        JsonObject root = readJson(file);
        try {
            return fromJson(file, root);
        } catch (IllegalStateException | UnsupportedOperationException | ClassCastException | NumberFormatException e) {
            throw new ResultFormatException(file, "environment file has a field of the wrong type: " + e.getMessage());
        }
    }

    /**
     * The file's JSON object as written, for a harness that carries fields of an earlier run's file
     * over into a new one; unreadable, malformed or not an object is an error naming the file.
     */
    public static JsonObject readJson(Path file) throws ResultFormatException {
        JsonElement root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(in);
        } catch (IOException e) {
            throw new ResultFormatException(file, "cannot read: " + e.getMessage());
        } catch (JsonParseException e) {
            throw new ResultFormatException(file, "malformed JSON in environment file: " + e.getMessage());
        }
        if (!root.isJsonObject()) {
            throw new ResultFormatException(file, "environment file is not a JSON object");
        }
        return root.getAsJsonObject();
    }

    /** The file's text: {@code json} pretty-printed, HTML characters as they are, and a final newline. */
    public static String format(JsonObject json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
    }

    /** Writes {@link #format}{@code (json)} to {@code file} atomically: a reader never sees half of it. */
    public static void write(Path file, JsonObject json) throws IOException {
        AtomicFiles.write(file, format(json));
    }

    private static Environment fromJson(Path file, JsonObject o) {
        Map<String, String> s = new LinkedHashMap<>();
        JsonObject cpu = obj(o, "cpu");
        int cores = 0;
        if (cpu != null) {
            cores = cpu.has("cores") ? cpu.get("cores").getAsInt() : 0;
            s.put("CPU", str(cpu, "model") + " (" + str(cpu, "cores") + " cores, "
                    + str(cpu, "logicalProcessors") + " logical)");
        }
        put(s, "Machine profile", str(o, "machineProfile"));
        JsonObject simd = obj(o, "simd");
        if (simd != null) {
            s.put("SIMD (Vector API)", "available=" + str(simd, "available") + ", " + str(simd, "bits")
                    + " bits, " + str(simd, "floatLanes") + " float lanes");
        }
        if (o.has("memoryBytes")) {
            s.put("Memory", String.format(java.util.Locale.ROOT, "%.1f GiB",
                    o.get("memoryBytes").getAsDouble() / (1L << 30)));
        }
        JsonObject os = obj(o, "os");
        if (os != null) {
            s.put("OS", str(os, "name") + " " + str(os, "version") + " " + str(os, "arch"));
        }
        JsonObject jdk = obj(o, "jdk");
        if (jdk != null) {
            s.put("JDK", str(jdk, "vendor") + " " + str(jdk, "version") + " (" + str(jdk, "vmName") + ")");
            put(s, "JVM flags", list(jdk, "jvmFlags"));
        }
        put(s, "JMH", str(o, "jmhVersion"));
        put(s, "Command line", list(o, "commandLine"));
        JsonObject git = obj(o, "git");
        if (git != null) {
            s.put("Git", str(git, "commit") + ("true".equals(str(git, "dirty")) ? " (dirty)" : ""));
        }
        put(s, "Start", str(o, "start"));
        put(s, "End", str(o, "end"));
        if (o.has("opencl") && o.get("opencl").isJsonArray()) {
            List<String> devs = new ArrayList<>();
            for (JsonElement p : o.getAsJsonArray("opencl")) {
                JsonObject po = p.getAsJsonObject();
                if (po.has("devices") && po.get("devices").isJsonArray()) {
                    for (JsonElement d : po.getAsJsonArray("devices")) {
                        devs.add(str(po, "platform") + ": " + str(d.getAsJsonObject(), "name")
                                + " (" + str(d.getAsJsonObject(), "computeUnits") + " CU)");
                    }
                }
            }
            s.put("OpenCL devices", devs.isEmpty() ? "none" : String.join("; ", devs));
        }
        JsonObject cuda = obj(o, "cuda");
        if (cuda != null && cuda.has("devices") && cuda.get("devices").isJsonArray()) {
            List<String> devs = new ArrayList<>();
            for (JsonElement d : cuda.getAsJsonArray("devices")) {
                devs.add(d.isJsonObject() ? str(d.getAsJsonObject(), "name") : d.getAsString());
            }
            s.put("CUDA devices", devs.isEmpty() ? "none" : String.join("; ", devs));
        }
        Map<String, String> backends = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        JsonObject b = obj(o, "backends");
        if (b != null) {
            for (Map.Entry<String, JsonElement> e : b.entrySet()) {
                JsonObject bo = e.getValue().getAsJsonObject();
                boolean available = bo.has("available") && bo.get("available").getAsBoolean();
                String detail = str(bo, "detail");
                backends.put(e.getKey(), (available ? "available" : "unavailable") + (detail.isEmpty() ? "" : ": " + detail));
                if (!available) {
                    unavailable.put(e.getKey(), detail.isEmpty() ? "reported unavailable" : detail);
                }
            }
        }
        JsonObject memory = obj(o, "memory");
        if (memory != null) {
            put(s, "Transparent huge pages", str(memory, "transparentHugePages").trim());
            put(s, "Fork JVM flags (memory)", list(memory, "forkFlags"));
        }
        JsonObject drift = obj(o, "drift");
        DriftPoint start = drift == null ? null : driftPoint(obj(drift, "start"));
        DriftPoint end = drift == null ? null : driftPoint(obj(drift, "end"));
        JsonObject r = obj(o, "run");
        RunInfo run = null;
        if (r != null) {
            run = new RunInfo(integer(r, "planned"), integer(r, "completed"),
                    r.has("interrupted") && r.get("interrupted").getAsBoolean(), str(r, "schedule"),
                    integer(r, "forks"), integer(r, "warmupIterations"), integer(r, "measurementIterations"));
            put(s, "Schedule", run.schedule().isEmpty() ? "" : run.schedule() + (run.forks() > 0
                    ? ", " + run.forks() + " forks × " + run.warmupIterations() + " warmup + "
                    + run.measurementIterations() + " measurement iterations" : ""));
        }
        return new Environment(file, cores, s, backends, unavailable, start, end, run, optional(o, "machineProfile"),
                git == null ? null : optional(git, "commit"), optional(o, "start"), optional(o, "end"),
                benchmarks(o));
    }

    /** {@code "benchmarks"} as class → methods; null when absent or anything but an object of string arrays. */
    private static Map<String, List<String>> benchmarks(JsonObject o) {
        JsonObject b = obj(o, "benchmarks");
        if (b == null) {
            return null;
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : b.entrySet()) {
            if (!e.getValue().isJsonArray()) {
                return null;
            }
            List<String> methods = new ArrayList<>();
            for (JsonElement x : e.getValue().getAsJsonArray()) {
                if (!x.isJsonPrimitive()) {
                    return null;
                }
                methods.add(x.getAsString());
            }
            m.put(e.getKey(), List.copyOf(methods));
        }
        return Collections.unmodifiableMap(m);
    }

    private static DriftPoint driftPoint(JsonObject p) {
        if (p == null) {
            return null;
        }
        return new DriftPoint(str(p, "time"), dbl(p, "fmaPeakGflops"), dbl(p, "streamAddGBps"),
                dbl(p, "loadAverage1m"), dbl(p, "stealPercent"));
    }

    private static double dbl(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsDouble() : Double.NaN;
    }

    private static int integer(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsInt() : -1;
    }

    private static JsonObject obj(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonObject() ? o.getAsJsonObject(key) : null;
    }

    /** The field as a string, null when absent or JSON null. */
    private static String optional(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? str(o, key) : null;
    }

    private static String str(JsonObject o, String key) {
        if (!o.has(key) || o.get(key).isJsonNull()) {
            return "";
        }
        JsonElement e = o.get(key);
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static String list(JsonObject o, String key) {
        if (!o.has(key) || !o.get(key).isJsonArray()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray(key)) {
            out.add(e.isJsonPrimitive() ? e.getAsString() : e.toString());
        }
        return String.join(" ", out);
    }

    private static void put(Map<String, String> s, String key, String value) {
        if (!value.isEmpty()) {
            s.put(key, value);
        }
    }
}
