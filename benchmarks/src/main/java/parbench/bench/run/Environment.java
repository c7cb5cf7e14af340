package parbench.bench.run;

import parbench.bench.cli.Main;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.util.Version;

/**
 * What JMH does not record: the machine, the fork JVM, the devices and which backends could run
 * (Hoefler and Belli, rule 9). Written as {@code environment.json} beside every {@code jmh.json}.
 */
public final class Environment {

    private Environment() {
    }

    /**
     * Runs {@link Probe} in a child JVM like the forks': same java, the benchmarks' fork flags and
     * the user's extra JVM arguments. Returns its JSON, or an object with an "error".
     */
    public static JsonObject probeChild(String java, List<String> jvmArgs) {
        return runProbe(childCommand(java, jvmArgs, "probe"));
    }

    /** {@code java <jvmArgs> -cp <this classpath> parbench.bench.cli.Main <subcommand> --out}: a child that writes JSON to the file {@link #runProbe} appends. */
    static List<String> childCommand(String java, List<String> jvmArgs, String subcommand) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.add(subcommand);
        cmd.add("--out");
        return cmd;
    }

    /**
     * Runs {@code command FILE} and reads the JSON the child wrote to FILE. The answer travels in a
     * file because native loaders (Aparapi, JOCL, JCuda) print to the child's stdout and stderr;
     * that chatter is kept as "probeOutput" and added to the detail of the backends it concerns.
     */
    static JsonObject runProbe(List<String> command) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("parbench-probe");
            Path answer = dir.resolve("probe.json");
            List<String> cmd = new ArrayList<>(command);
            cmd.add(answer.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            boolean ended = p.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            List<String> chatter = chatter(new String(out, StandardCharsets.UTF_8));
            if (!Files.exists(answer)) {
                String said = chatter.isEmpty() ? "" : "; it printed: " + String.join(" | ", chatter.subList(Math.max(0, chatter.size() - 3), chatter.size()));
                return error("probe JVM " + (ended ? "exited " + p.exitValue() : "timed out") + " without an answer ("
                        + String.join(" ", command) + ")" + said);
            }
            JsonObject probe = JsonParser.parseString(Files.readString(answer, StandardCharsets.UTF_8)).getAsJsonObject();
            attachChatter(probe, chatter);
            return probe;
        } catch (IOException | RuntimeException e) {
            return error("cannot start the probe JVM " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("interrupted while probing");
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }

    /** The distinct non-blank lines a probe printed, in order. */
    static List<String> chatter(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !lines.contains(t)) {
                lines.add(t);
            }
        }
        return lines;
    }

    /**
     * Keeps the probe's chatter as "probeOutput" and appends the lines that name OpenCL or CUDA to
     * the detail of the unavailable backends using them: the user sees why, once, beside the backend.
     */
    static void attachChatter(JsonObject probe, List<String> chatter) {
        if (chatter.isEmpty()) {
            return;
        }
        JsonArray all = new JsonArray();
        chatter.forEach(all::add);
        probe.add("probeOutput", all);
        JsonObject backends = probe.has("backends") ? probe.getAsJsonObject("backends") : new JsonObject();
        for (String id : backends.keySet()) {
            JsonObject b = backends.getAsJsonObject(id);
            if (b.has("available") && b.get("available").getAsBoolean()) {
                continue;
            }
            String topic = id.equals("jcuda") ? "cuda" : id.equals("aparapi") || id.equals("jocl") ? "opencl" : null;
            List<String> mine = new ArrayList<>();
            for (String line : chatter) {
                if (topic != null && line.toLowerCase(Locale.ROOT).contains(topic)) {
                    mine.add(line);
                }
            }
            if (!mine.isEmpty()) {
                String detail = b.has("detail") ? b.get("detail").getAsString() : "";
                b.addProperty("detail", detail + " (native loader: " + String.join(" | ", mine) + ")");
            }
        }
    }

    private static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("error", message);
        return o;
    }

    /** The machine as seen from this JVM, merged with the fork JVM's probe. */
    public static JsonObject describe(JsonObject probe, List<String> commandLine, Instant start, Instant end) {
        JsonObject env = new JsonObject();
        env.addProperty("schema", 1);
        String model = cpuInfo("model name");
        String flags = cpuInfo("flags");
        int cores = Runtime.getRuntime().availableProcessors();
        env.addProperty("machineProfile", machineProfile(model, cores, flags));
        JsonObject cpu = new JsonObject();
        cpu.addProperty("model", model);
        cpu.addProperty("cores", cores);
        cpu.addProperty("logicalProcessors", cores);
        cpu.addProperty("flags", simdFlags(flags));
        env.add("cpu", cpu);
        env.add("simd", probe.has("simd") ? probe.get("simd") : new JsonObject());
        env.addProperty("memoryBytes", memoryBytes());
        JsonObject os = new JsonObject();
        os.addProperty("name", System.getProperty("os.name"));
        os.addProperty("version", System.getProperty("os.version"));
        os.addProperty("arch", System.getProperty("os.arch"));
        env.add("os", os);
        env.add("jdk", probe.has("jdk") ? probe.get("jdk") : new JsonObject());
        env.addProperty("jmhVersion", Version.getPlainVersion());
        JsonArray cl = new JsonArray();
        commandLine.forEach(cl::add);
        env.add("commandLine", cl);
        env.add("git", git());
        env.addProperty("start", start.toString());
        if (end != null) {
            env.addProperty("end", end.toString());
        }
        for (String key : new String[] {"backends", "opencl", "cuda", "hazelcast", "error", "probeOutput"}) {
            if (probe.has(key)) {
                env.add(key, probe.get(key));
            }
        }
        // The methods a full run has per class, from the registry: the report's coverage check reads them.
        JsonObject benchmarks = new JsonObject();
        Registry.methodsByClass().forEach((cls, methods) -> {
            JsonArray a = new JsonArray();
            methods.forEach(a::add);
            benchmarks.add(cls, a);
        });
        env.add("benchmarks", benchmarks);
        return env;
    }

    /** A short stable name for a kind of machine, e.g. {@code amd-epyc-2c-avx2}: baselines are kept per profile. */
    public static String machineProfile(String model, int cores, String flags) {
        String slug = model.toLowerCase(Locale.ROOT)
                .replaceAll("\\(r\\)|\\(tm\\)|cpu|processor|@.*$", " ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "unknown-cpu";
        }
        String isa = flags.contains("avx512f") ? "avx512" : flags.contains("avx2") ? "avx2" : "sse";
        return slug + "-" + cores + "c-" + isa;
    }

    private static String simdFlags(String flags) {
        List<String> keep = new ArrayList<>();
        for (String f : flags.split("\\s+")) {
            if (f.startsWith("avx") || f.equals("fma") || f.startsWith("sse")) {
                keep.add(f);
            }
        }
        return String.join(" ", keep);
    }

    static String cpuInfo(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return key.equals("model name") ? System.getProperty("os.arch") : "";
    }

    private static long memoryBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().maxMemory();
    }

    private static JsonObject git() {
        JsonObject g = new JsonObject();
        String commit = run("git", "rev-parse", "HEAD");
        if (commit == null) {
            g.addProperty("commit", "");
            return g;
        }
        g.addProperty("commit", commit.trim());
        String status = run("git", "status", "--porcelain", "--untracked-files=no");
        g.addProperty("dirty", status != null && !status.isBlank());
        return g;
    }

    private static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
