package parbench.bench.cli;
import parbench.bench.run.DeviceInfo;
import parbench.bench.run.Probe;

import parbench.bench.run.Environment;
import parbench.bench.run.ForkFlags;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parbench.core.cli.Cli;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

/**
 * {@code doctor}: every backend, available or not and why, the devices, the Vector API width —
 * asked in a JVM started like the benchmark forks ({@code -jvm PATH} picks another JDK).
 */
final class Doctor {

    /** Programs parbench uses when present, and what is lost without each. */
    private static final String[][] OPTIONAL_TOOLS = {
        {"git", "environment.json records no commit"},
        {"perf", "benchmarks/scripts/perf-check.sh cannot count cycles"},
        {"gcc", "benchmarks/scripts/perf-check.sh skips its C reference"},
        {"nvcc", "the build ships no CUDA PTX (jcuda needs it and a GPU)"},
    };

    private Doctor() {
    }

    /** The first executable {@code name} on PATH, or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (java.nio.file.Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static int run(String[] args) {
        String[] jvm = {Path.of(System.getProperty("java.home"), "bin", "java").toString()};
        try {
            List<String> positional = new ArrayList<>();
            new OptionScanner().value("-jvm").passUnknown().scan(args, positional, (name, value) -> jvm[0] = value);
            if (!positional.isEmpty()) {
                throw new UsageException("unknown option '" + positional.get(0) + "'; allowed: -jvm PATH");
            }
        } catch (UsageException e) {
            return Cli.fail(System.err, "doctor", e.getMessage());
        }
        String java = jvm[0];
        List<String> flags = new ArrayList<>(Probe.forwardedProperties());
        flags.addAll(ForkFlags.ALL);
        JsonObject probe = Environment.probeChild(java, flags);
        if (probe.has("error")) {
            return Cli.fail(System.err, "doctor", probe.get("error").getAsString());
        }
        JsonObject env = Environment.describe(probe, List.of("doctor"), Instant.now(), null);
        JsonObject cpu = env.getAsJsonObject("cpu");
        JsonObject jdk = env.getAsJsonObject("jdk");
        System.out.println("machine:   " + cpu.get("model").getAsString() + ", " + cpu.get("cores").getAsInt()
                + " processors, " + (env.get("memoryBytes").getAsLong() >> 20) + " MiB; profile " + env.get("machineProfile").getAsString());
        System.out.println("cpu flags: " + cpu.get("flags").getAsString());
        System.out.println("fork JVM:  " + jdk.get("vendor").getAsString() + " " + jdk.get("version").getAsString()
                + " (" + jdk.get("home").getAsString() + ")");
        JsonObject simd = env.getAsJsonObject("simd");
        System.out.println("vector:    " + (simd.has("bits")
                ? simd.get("bits").getAsInt() + "-bit species, " + simd.get("floatLanes").getAsInt() + " floats per vector"
                : simd.get("detail").getAsString()));
        System.out.println();
        System.out.println("backends:");
        for (Map.Entry<String, JsonElement> e : env.getAsJsonObject("backends").entrySet()) {
            JsonObject a = e.getValue().getAsJsonObject();
            System.out.printf("  %-14s %s: %s%n", e.getKey(), a.get("available").getAsBoolean() ? "available  " : "UNAVAILABLE",
                    a.get("detail").getAsString());
        }
        System.out.println();
        System.out.println("OpenCL platforms:");
        DeviceInfo.printOpenCl(env.get("opencl"));
        System.out.println("CUDA devices:");
        DeviceInfo.printCuda(env.get("cuda"));
        System.out.println("Hazelcast cluster:");
        printHazelcast(env.get("hazelcast"));
        // What the probe JVM printed and no backend line shows already (each problem named once).
        List<String> notes = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        env.getAsJsonObject("backends").entrySet().forEach(e -> details.append(e.getValue().getAsJsonObject().get("detail").getAsString()));
        if (env.has("probeOutput")) {
            env.getAsJsonArray("probeOutput").forEach(l -> {
                String line = l.getAsString();
                if (!line.contains("Using incubator modules") && details.indexOf(line) < 0) {
                    notes.add(line);
                }
            });
        }
        if (!notes.isEmpty()) {
            System.out.println();
            System.out.println("printed by the probe JVM (not fatal):");
            notes.forEach(l -> System.out.println("  " + l));
        }
        System.out.println();
        System.out.println("optional tools:");
        for (String[] tool : OPTIONAL_TOOLS) {
            Path found = onPath(tool[0]);
            System.out.printf("  %-14s %s%n", tool[0], found != null ? "found      : " + found : "MISSING    : " + tool[1]);
        }
        return 0;
    }

    /** The cluster the hazelcast methods use: members with workers and cores, or why it cannot be reached. */
    static void printHazelcast(JsonElement h) {
        if (h == null || !h.isJsonObject()) {
            System.out.println("  (not probed)");
            return;
        }
        JsonObject o = h.getAsJsonObject();
        if (o.has("error")) {
            System.out.println("  UNREACHABLE: " + o.get("error").getAsString());
            return;
        }
        System.out.printf("  %s, %s, cluster '%s': %d workers, %d cores%n", o.get("mode").getAsString(), o.get("engine").getAsString(),
                o.get("clusterName").getAsString(), o.get("workers").getAsInt(), o.get("cores").getAsInt());
        o.getAsJsonArray("members").forEach(m -> {
            JsonObject mo = m.getAsJsonObject();
            System.out.printf("    member %-22s %d workers, %d cores%n", mo.get("address").getAsString(),
                    mo.get("workers").getAsInt(), mo.get("cores").getAsInt());
        });
    }
}
