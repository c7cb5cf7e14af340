package parbench.plot;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A realistic fake run of this harness in JMH's JSON layout (avgt, ms/op, forks × 5
 * iterations of raw data), with figures of the order measured on a 2-core AVX2 machine and an
 * environment.json, for looking at the report and for the 10,000-record timing.
 */
public final class FakeRun {

    private final Random rnd;
    private final JsonArray out = new JsonArray();
    private final double noise;
    private final int forks;

    FakeRun(long seed, double noise) {
        this(seed, noise, 2);
    }

    FakeRun(long seed, double noise, int forks) {
        this.rnd = new Random(seed);
        this.noise = noise;
        this.forks = forks;
    }

    /** Adds one record whose true mean is {@code ms} ms/op. */
    FakeRun add(String cls, String method, Map<String, String> params, double ms) {
        JsonObject r = new JsonObject();
        r.addProperty("jmhVersion", "1.37");
        r.addProperty("benchmark", "parbench.bench." + cls + "." + method);
        r.addProperty("mode", "avgt");
        r.addProperty("threads", 1);
        r.addProperty("forks", forks);
        r.addProperty("jdkVersion", "17.0.15");
        r.add("jvmArgs", new JsonArray());
        JsonObject p = new JsonObject();
        params.forEach(p::addProperty);
        if (!params.isEmpty()) {
            r.add("params", p);
        }
        JsonObject pm = new JsonObject();
        JsonArray raw = new JsonArray();
        double sum = 0;
        int n = 0;
        for (int f = 0; f < forks; f++) {
            JsonArray it = new JsonArray();
            for (int i = 0; i < 5; i++) {
                double v = ms * (1 + noise * rnd.nextGaussian());
                it.add(v);
                sum += v;
                n++;
            }
            raw.add(it);
        }
        pm.addProperty("score", sum / n);
        pm.addProperty("scoreError", ms * noise * 2);
        pm.addProperty("scoreUnit", "ms/op");
        pm.add("rawData", raw);
        r.add("primaryMetric", pm);
        r.add("secondaryMetrics", new JsonObject());
        out.add(r);
        return this;
    }

    /** Adds one record with exactly these per-fork iteration values (ms/op). */
    FakeRun addRaw(String cls, String method, Map<String, String> params, double[]... forks) {
        JsonObject r = new JsonObject();
        r.addProperty("jmhVersion", "1.37");
        r.addProperty("benchmark", "parbench.bench." + cls + "." + method);
        r.addProperty("mode", "avgt");
        r.addProperty("threads", 1);
        r.addProperty("forks", forks.length);
        r.addProperty("jdkVersion", "17.0.15");
        r.add("jvmArgs", new JsonArray());
        JsonObject p = new JsonObject();
        params.forEach(p::addProperty);
        if (!params.isEmpty()) {
            r.add("params", p);
        }
        JsonObject pm = new JsonObject();
        JsonArray raw = new JsonArray();
        double sum = 0;
        int n = 0;
        for (double[] f : forks) {
            JsonArray it = new JsonArray();
            for (double v : f) {
                it.add(v);
                sum += v;
                n++;
            }
            raw.add(it);
        }
        pm.addProperty("score", sum / n);
        pm.addProperty("scoreError", "NaN");
        pm.addProperty("scoreUnit", "ms/op");
        pm.add("rawData", raw);
        r.add("primaryMetric", pm);
        r.add("secondaryMetrics", new JsonObject());
        out.add(r);
        return this;
    }

    String json() {
        return new GsonBuilder().setPrettyPrinting().create().toJson(out);
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Milliseconds for {@code work} units at {@code perSecond} units per second. */
    private static double ms(double work, double perSecond) {
        return work / perSecond * 1e3;
    }

    /**
     * The harness's five classes at threads 1, 2, 4 on a 2-core machine, 4 forks × 5 iterations;
     * jcuda unavailable. A clean run: the report's checks find nothing in it.
     */
    static String harness(long seed) {
        FakeRun r = new FakeRun(seed, 0.02, 4);
        double flops = 1 << 27;
        double[] fma = {80e9, 158e9, 157e9};
        double[] stream = {14e9, 21e9, 20.5e9};
        int[] threads = {1, 2, 4};
        double[] par = {1.0, 1.96, 1.95};
        for (int i = 0; i < 3; i++) {
            String t = Integer.toString(threads[i]);
            r.add("CalibrationBenchmark", "fma_peak", params("flops", "134217728", "threads", t), ms(flops, fma[i]));
            r.add("CalibrationBenchmark", "stream_add", params("n", "16777216", "threads", t), ms(12.0 * 16777216, stream[i]));
            r.add("CalibrationBenchmark", "stream_copy", params("n", "16777216", "threads", t), ms(8.0 * 16777216, stream[i] * 1.05));
        }
        double mm = 2.0 * 1024 * 1024 * 1024;
        r.add("MatmulBenchmark", "serial", params("n", "1024"), ms(mm, 2.6e9));
        r.add("MatmulBenchmark", "simd", params("n", "1024"), ms(mm, 36e9));
        r.add("MatmulBenchmark", "aparapi_end_to_end", params("n", "1024"), ms(mm, 18e9));
        r.add("MatmulBenchmark", "aparapi_kernel_only", params("n", "1024"), ms(mm, 21e9));
        r.add("MatmulBenchmark", "jocl_end_to_end", params("n", "1024"), ms(mm, 24e9));
        r.add("MatmulBenchmark", "jocl_kernel_only", params("n", "1024"), ms(mm, 27e9));
        double conv = 2044.0 * 2044;
        r.add("Conv2dBenchmark", "serial", params("k", "5", "size", "2048"), ms(conv, 0.31e9));
        r.add("Conv2dBenchmark", "simd", params("k", "5", "size", "2048"), ms(conv, 0.95e9));
        r.add("Conv2dBenchmark", "jocl_end_to_end", params("k", "5", "size", "2048"), ms(conv, 0.7e9));
        r.add("Conv2dBenchmark", "jocl_kernel_only", params("k", "5", "size", "2048"), ms(conv, 1.2e9));
        for (String n : new String[] {"32768", "16777216"}) {
            double bytes = 12.0 * Long.parseLong(n);
            boolean big = n.length() > 5;
            r.add("VectorAddBenchmark", "serial", params("n", n), ms(bytes, big ? 11e9 : 40e9));
            r.add("VectorAddBenchmark", "simd", params("n", n), ms(bytes, big ? 13e9 : 70e9));
        }
        r.add("MonteCarloPiBenchmark", "serial", params("samples", "33554432"), ms(33554432, 0.45e9));
        r.add("MonteCarloPiBenchmark", "simd", params("samples", "33554432"), ms(33554432, 1.6e9));
        for (int i = 0; i < 3; i++) {
            String t = Integer.toString(threads[i]);
            double p = par[i];
            r.add("MatmulBenchmark", "forkjoin", params("n", "1024", "threads", t), ms(mm, 2.5e9 * p));
            r.add("MatmulBenchmark", "streams", params("n", "1024", "threads", t), ms(mm, 2.4e9 * p * 0.97));
            r.add("MatmulBenchmark", "simd_forkjoin", params("n", "1024", "threads", t), ms(mm, 35e9 * p * 0.95));
            r.add("Conv2dBenchmark", "forkjoin", params("k", "5", "size", "2048", "threads", t), ms(conv, 0.3e9 * p));
            r.add("Conv2dBenchmark", "streams", params("k", "5", "size", "2048", "threads", t), ms(conv, 0.29e9 * p));
            r.add("Conv2dBenchmark", "simd_forkjoin", params("k", "5", "size", "2048", "threads", t), ms(conv, 0.92e9 * p));
            for (String n : new String[] {"32768", "16777216"}) {
                double bytes = 12.0 * Long.parseLong(n);
                double bw = n.length() > 5 ? stream[i] * 0.93 : 80e9 * p * 0.8;
                r.add("VectorAddBenchmark", "forkjoin", params("n", n, "threads", t), ms(bytes, bw * 0.9));
                r.add("VectorAddBenchmark", "streams", params("n", n, "threads", t), ms(bytes, bw * 0.85));
                r.add("VectorAddBenchmark", "simd_forkjoin", params("n", n, "threads", t), ms(bytes, bw));
            }
            r.add("MonteCarloPiBenchmark", "forkjoin", params("samples", "33554432", "threads", t), ms(33554432, 0.44e9 * p));
            r.add("MonteCarloPiBenchmark", "streams", params("samples", "33554432", "threads", t), ms(33554432, 0.42e9 * p));
            r.add("MonteCarloPiBenchmark", "simd_forkjoin", params("samples", "33554432", "threads", t), ms(33554432, 1.55e9 * p));
        }
        return r.json();
    }

    static final String ENVIRONMENT = "{ \"schema\": 1, \"machineProfile\": \"amd-epyc-2c-avx2\",\n"
            + " \"cpu\": {\"model\": \"AMD EPYC 7B13\", \"cores\": 2, \"logicalProcessors\": 2, \"flags\": \"avx2 fma\"},\n"
            + " \"simd\": {\"available\": true, \"floatLanes\": 8, \"bits\": 256},\n"
            + " \"memoryBytes\": 25000000000,\n"
            + " \"os\": {\"name\": \"Linux\", \"version\": \"6.1\", \"arch\": \"amd64\"},\n"
            + " \"jdk\": {\"vendor\": \"Debian\", \"version\": \"17.0.15\", \"vmName\": \"OpenJDK 64-Bit Server VM\", \"home\": \"/usr/lib/jvm/java-17\", \"jvmFlags\": [\"--add-modules=jdk.incubator.vector\"]},\n"
            + " \"jmhVersion\": \"1.37\", \"commandLine\": [\"-p\", \"threads=1,2,4\"],\n"
            + " \"git\": {\"commit\": \"abc123\", \"dirty\": false},\n"
            + " \"start\": \"2026-11-22T00:10:00Z\", \"end\": \"2026-11-22T00:20:00Z\",\n"
            + " \"backends\": {\"serial\": {\"available\": true, \"detail\": \"plain Java\"},\n"
            + "   \"aparapi\": {\"available\": true, \"detail\": \"PoCL CPU device\"},\n"
            + "   \"jcuda\": {\"available\": false, \"detail\": \"no NVIDIA driver: libcuda.so not found\"}},\n"
            + " \"opencl\": [{\"platform\": \"Portable Computing Language\", \"devices\": [{\"name\": \"cpu-haswell-AMD EPYC\", \"computeUnits\": 2, \"globalMemBytes\": 1}]}],\n"
            + " \"cuda\": {\"devices\": []} }\n";

    /** Writes jmh.json and environment.json of the harness fake run into {@code dir}. */
    static Path writeHarnessRun(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, harness(42), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("environment.json"), ENVIRONMENT, StandardCharsets.UTF_8);
        return json;
    }

    /**
     * {@code records} results of a generic JMH project: 50 classes, each with a serial method and
     * parallel methods over threads 1..8 and several sizes (for the 10,000-record timing).
     */
    static String many(int records, long seed) {
        FakeRun r = new FakeRun(seed, 0.03);
        int count = 0;
        outer:
        for (int c = 0; ; c++) {
            for (int size = 1; size <= 8; size++) {
                String cls = "Class" + c;
                if (count++ >= records) {
                    break outer;
                }
                r.addGeneric(cls, "serial", params("size", Integer.toString(size * 1000)), 10.0 * size);
                for (String m : new String[] {"pool", "stream", "vector"}) {
                    for (int t : new int[] {1, 2, 4, 8}) {
                        if (count++ >= records) {
                            break outer;
                        }
                        r.addGeneric(cls, m, params("size", Integer.toString(size * 1000), "threads", Integer.toString(t)),
                                10.0 * size / Math.min(t, 2) / (m.equals("vector") ? 4 : 1));
                    }
                }
            }
        }
        return r.json();
    }

    private void addGeneric(String cls, String method, Map<String, String> params, double ms) {
        add(cls, method, params, ms);
        JsonObject last = out.get(out.size() - 1).getAsJsonObject();
        last.addProperty("benchmark", "org.example." + cls + "." + method);
    }

    /** Writes a fake harness run to the folder given as the first argument (default: target/fake-run). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/fake-run");
        Path json = writeHarnessRun(dir);
        System.out.println("wrote " + json);
    }
}
