package parbench.bench.run;


import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import parbench.core.Availability;
import parbench.core.Backend;
import parbench.core.BackendDescriptor;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

/**
 * Asks every backend whether it can run, in the JVM that will run the benchmarks: the run and
 * {@code doctor} start it as a child JVM with the forks' JVM and flags, because the Vector API is
 * an incubator module that exists only in a JVM started with {@code --add-modules}.
 * Output: one JSON object ({@code probe --json}), read by {@link Environment}.
 */
public final class Probe {

    private Probe() {
    }

    /**
     * {@code probe} prints the JSON; {@code probe --out FILE} writes it to FILE (atomically) instead,
     * because native loaders print to this JVM's stdout and would corrupt an answer sent there.
     */
    public static int run(String[] args) {
        String out;
        try {
            out = onlyOption(args, "--out", "--out FILE");
        } catch (UsageException e) {
            return Cli.fail(System.err, "probe", e.getMessage());
        }
        if (out != null) {
            try {
                JsonFiles.write(java.nio.file.Path.of(out), probe());
                return ExitCodes.OK;
            } catch (java.io.IOException e) {
                return Cli.fail(System.err, "probe", "cannot write " + out + ": " + e.getMessage());
            }
        }
        System.out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(probe()));
        return ExitCodes.OK;
    }

    /**
     * The value of a child command's one optional option {@code name} (null: not given); anything
     * else is "unknown option 'X'; allowed: {@code allowed}".
     */
    static String onlyOption(String[] args, String name, String allowed) throws UsageException {
        String[] value = {null};
        List<String> rest = new java.util.ArrayList<>();
        new OptionScanner().value(name).passUnknown().scan(args, rest, (n, v) -> value[0] = v);
        if (!rest.isEmpty()) {
            throw new UsageException("unknown option '" + rest.get(0) + "'; allowed: " + allowed);
        }
        return value[0];
    }

    /** Availability of every registered backend, asked in this JVM. Never throws. */
    static Map<Backend, Availability> availability() {
        Map<Backend, Availability> m = new EnumMap<>(Backend.class);
        for (BackendDescriptor d : Registry.BACKENDS) {
            m.put(d.backend(), d.availability());
        }
        return m;
    }

    static JsonObject probe() {
        JsonObject o = new JsonObject();
        JsonObject jdk = new JsonObject();
        jdk.addProperty("vendor", System.getProperty("java.vendor"));
        jdk.addProperty("version", System.getProperty("java.version"));
        jdk.addProperty("vmName", System.getProperty("java.vm.name"));
        jdk.addProperty("vmVersion", System.getProperty("java.vm.version"));
        jdk.addProperty("home", System.getProperty("java.home"));
        JsonArray flags = new JsonArray();
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(flags::add);
        jdk.add("jvmFlags", flags);
        // The forks' heap (this JVM has their flags): ParamCheck refuses weak-scaled sizes that cannot fit.
        jdk.addProperty("maxHeapBytes", Runtime.getRuntime().maxMemory());
        o.add("jdk", jdk);

        Map<Backend, Availability> avail = availability();
        JsonObject backends = new JsonObject();
        avail.forEach((b, a) -> {
            JsonObject e = new JsonObject();
            e.addProperty("available", a.available());
            e.addProperty("detail", a.detail());
            backends.add(b.id(), e);
        });
        o.add("backends", backends);

        JsonObject simd = new JsonObject();
        Availability s = avail.get(Backend.SIMD);
        simd.addProperty("available", s.available());
        simd.addProperty("detail", s.detail());
        if (s.available()) {
            simd.addProperty("bits", SimdWidth.bits());
            simd.addProperty("floatLanes", SimdWidth.floatLanes());
        }
        o.add("simd", simd);
        o.add("opencl", DeviceInfo.openCl());
        o.add("cuda", DeviceInfo.cuda());
        o.add("hazelcast", hazelcast(avail.get(Backend.HAZELCAST)));
        return o;
    }

    /**
     * The Hazelcast cluster the hazelcast methods would use (embedded: this JVM; cluster: its members,
     * workers and cores), or why it cannot be reached. In cluster mode the report counts these cores.
     */
    static JsonObject hazelcast(Availability availability) {
        JsonObject o = new JsonObject();
        if (!availability.available()) {
            o.addProperty("error", availability.detail());
            return o;
        }
        try {
            com.google.gson.JsonElement e = new com.google.gson.Gson().toJsonTree(
                    parbench.distributed.HazelcastEngine.describe(parbench.distributed.Settings.fromSystemProperties()).toMap());
            return e.getAsJsonObject();
        } catch (RuntimeException | LinkageError e) {
            o.addProperty("error", "cannot describe the cluster: " + e.getMessage());
            return o;
        }
    }

    /**
     * The launcher's {@code -Dparbench.hazelcast.*} flags, for the probe JVM: JMH forks inherit the
     * launcher's flags, so the probe must see the same cluster setting as the forks will.
     */
    public static java.util.List<String> forwardedProperties() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String name : new java.util.TreeSet<>(System.getProperties().stringPropertyNames())) {
            if (name.startsWith("parbench.hazelcast.")) {
                out.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        return out;
    }

    /** Separate class: it loads the Vector API, which exists only when the module was added. The width is the
     *  one the kernels use ({@code parbench.simd.bits} may narrow or widen it), not only the preferred one. */
    private static final class SimdWidth {
        static int bits() {
            return parbench.core.SimdSpecies.BITS;
        }

        static int floatLanes() {
            return parbench.core.SimdSpecies.FLOAT.length();
        }
    }
}
