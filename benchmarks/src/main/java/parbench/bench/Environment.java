package parbench.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
final class Environment {

    private Environment() {
    }

    /**
     * Runs {@link Probe} in a child JVM like the forks': same java, the benchmarks' fork flags and
     * the user's extra JVM arguments. Returns its JSON, or an object with an "error".
     */
    static JsonObject probeChild(String java, List<String> jvmArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.add("probe");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return error("probe JVM failed (" + String.join(" ", cmd) + ")");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            // Native libraries may print to stdout before the JSON: start at the first brace line.
            int start = text.indexOf("\n{");
            text = text.startsWith("{") ? text : (start >= 0 ? text.substring(start + 1) : text);
            return JsonParser.parseString(text).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            return error("cannot start the probe JVM " + java + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("interrupted while probing");
        }
    }

    private static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("error", message);
        return o;
    }

    /** The machine as seen from this JVM, merged with the fork JVM's probe. */
    static JsonObject describe(JsonObject probe, List<String> commandLine, Instant start, Instant end) {
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
        for (String key : new String[] {"backends", "opencl", "cuda", "error"}) {
            if (probe.has(key)) {
                env.add(key, probe.get(key));
            }
        }
        return env;
    }

    /** A short stable name for a kind of machine, e.g. {@code amd-epyc-2c-avx2}: baselines are kept per profile. */
    static String machineProfile(String model, int cores, String flags) {
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

    /** Writes JSON atomically: a temporary file in the same folder, then a rename. */
    static void write(Path file, JsonElement json) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
