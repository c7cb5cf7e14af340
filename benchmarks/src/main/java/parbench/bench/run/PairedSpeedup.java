package parbench.bench.run;

import parbench.bench.WorkloadProblem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Backend;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

/**
 * One JVM of the paired speedup design ({@link PairedSpeedups} runs several): the
 * best single-thread kernel (the base) and a parallel kernel on the same problem, timed in
 * alternating blocks, {@code base on CPU a, parallel, base on CPU b, parallel}, CPUs taken in
 * turn. A speedup is a ratio; measured this way both sides see the same seconds of the machine,
 * and the base sees every CPU alike. On a host whose vCPUs each switch between two speeds for
 * seconds at a time, which CPU a one-thread run lands on was the largest part of a speedup's
 * noise (docs/measurements/2026-12-07-decisive.md); forks cannot cancel that, blocks can.
 *
 * <p>The base is moved with {@code taskset -a -p -c CPU PID} (every thread of this JVM, so a
 * one-thread pool's worker too) and the parallel kernel gets all the CPUs back; without taskset
 * the base runs where the scheduler puts it, and the file says so.
 *
 * <p>{@code paired-speedup --class C --params k=v,… --base BACKEND[:THREADS] --parallel BACKEND:THREADS
 * [--cycles N] [--block-ms MS] [--warmup-ms MS] [--no-pin] --out FILE}: writes
 * {@code {"logSpeedup", "logSpeedupMean", "cycles": [{base, parallel, cpus}], "pinning"}}.
 *
 * <p>The JVM's log-speedup is the median over its cycles: another tenant that takes a CPU for a
 * second collapses the parallel blocks of one cycle (a JVM of the README sweep read 1.19× among
 * 1.7–1.9×), and the median keeps such a cycle from moving the JVM's value; the mean is reported
 * beside it.
 */
public final class PairedSpeedup {

    static final int DEFAULT_CYCLES = 4;
    static final int DEFAULT_BLOCK_MS = 250;
    static final int DEFAULT_WARMUP_MS = 1500;

    static final String NAME = "paired-speedup";

    private PairedSpeedup() {
    }

    /** The arguments of one JVM's measurement. */
    record Spec(String benchmarkClass, Map<String, String> params, Backend base, int baseThreads, Backend parallel,
                int threads, int cycles, int blockMs, int warmupMs, boolean pin) {

        /** The child's command-line arguments, before {@code --out FILE}. */
        List<String> args() {
            List<String> a = new ArrayList<>(List.of("--class", benchmarkClass, "--params", join(params),
                    "--base", base.id() + ":" + baseThreads, "--parallel", parallel.id() + ":" + threads,
                    "--cycles", Integer.toString(cycles), "--block-ms", Integer.toString(blockMs),
                    "--warmup-ms", Integer.toString(warmupMs)));
            if (!pin) {
                a.add("--no-pin");
            }
            return a;
        }

        static String join(Map<String, String> params) {
            List<String> kv = new ArrayList<>();
            params.forEach((k, v) -> kv.add(k + "=" + v));
            return String.join(",", kv);
        }
    }

    public static int run(String[] args) {
        Spec spec;
        Path out;
        try {
            int o = List.of(args).indexOf("--out");
            if (o < 0 || o + 1 >= args.length) {
                throw new UsageException("--out FILE is required");
            }
            out = Path.of(args[o + 1]);
            spec = parse(args);
        } catch (UsageException e) {
            return Cli.fail(System.err, NAME, e.getMessage());
        }
        try {
            JsonFiles.write(out, measure(spec));
            return ExitCodes.OK;
        } catch (IOException e) {
            return Cli.fail(System.err, NAME, "cannot write " + out + ": " + e.getMessage());
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable t = e.getCause() != null && e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
            System.err.println(NAME + ": " + t);
            return ExitCodes.FAILED;
        }
    }

    static Spec parse(String[] args) throws UsageException {
        String[] text = new String[3]; // class, base, parallel
        Map<String, String> params = new LinkedHashMap<>();
        int[] n = {DEFAULT_CYCLES, DEFAULT_BLOCK_MS, DEFAULT_WARMUP_MS};
        boolean[] pin = {true};
        List<String> stray = new ArrayList<>();
        new OptionScanner().flag("--no-pin")
                .value("--class", "--params", "--base", "--parallel", "--cycles", "--block-ms", "--warmup-ms", "--out")
                .unknown(name -> "unknown option '" + name + "'")
                .scan(args, stray, (a, v) -> {
                    switch (a) {
                        case "--no-pin" -> pin[0] = false;
                        case "--class" -> text[0] = v;
                        case "--params" -> params(v, params);
                        case "--base" -> text[1] = v;
                        case "--parallel" -> text[2] = v;
                        case "--cycles" -> n[0] = positive(a, v);
                        case "--block-ms" -> n[1] = positive(a, v);
                        case "--warmup-ms" -> n[2] = positive(a, v);
                        case "--out" -> {
                        }
                        default -> throw new UsageException("unknown option '" + a + "'");
                    }
                });
        if (!stray.isEmpty()) {
            throw new UsageException("unknown option '" + stray.get(0) + "'");
        }
        if (text[0] == null || text[1] == null || text[2] == null) {
            throw new UsageException("--class, --base and --parallel are required");
        }
        String[] b = text[1].split(":");
        String[] p = text[2].split(":");
        return new Spec(text[0], params, backend(b[0]), b.length > 1 ? positive("--base", b[1]) : 1,
                backend(p[0]), p.length > 1 ? positive("--parallel", p[1]) : 1, n[0], n[1], n[2], pin[0]);
    }

    private static void params(String v, Map<String, String> params) throws UsageException {
        for (String kv : v.split(",")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--params takes k=v,…; got '" + kv + "'");
            }
            params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
    }

    private static Backend backend(String id) throws UsageException {
        try {
            return Backend.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int positive(String option, String v) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(option + " needs a positive whole number, got '" + v + "'");
    }

    /** Makes the problem and both kernels, checks both outputs, warms both up, then times the cycles. */
    static JsonObject measure(Spec s) throws ReflectiveOperationException {
        WorkloadProblem<AutoCloseable> problem = problem(s.benchmarkClass(), s.params());
        Pinning pinning = s.pin() ? Pinning.detect() : Pinning.off("--no-pin");
        try (AutoCloseable base = Kernels.create(s.base(), problem.workload(), s.baseThreads());
             AutoCloseable par = Kernels.create(s.parallel(), problem.workload(), s.threads())) {
            problem.compute(base);
            problem.check(s.base().id() + " (paired speedup base)");
            problem.compute(par);
            problem.check(s.parallel().id() + " threads=" + s.threads() + " (paired speedup)");
            long block = TimeUnit.MILLISECONDS.toNanos(s.blockMs());
            long warmEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(s.warmupMs());
            while (System.nanoTime() < warmEnd) {
                nanosPerOp(problem, base, block / 2);
                nanosPerOp(problem, par, block / 2);
            }
            JsonArray cycles = new JsonArray();
            double[] logs = new double[s.cycles()];
            List<Integer> cpus = pinning.cpus();
            for (int c = 0; c < s.cycles(); c++) {
                double[] b = new double[2];
                double[] p = new double[2];
                JsonArray on = new JsonArray();
                for (int k = 0; k < 2; k++) {
                    // CPUs in turn, and the order flipped every cycle: neither CPU is always first.
                    int cpu = cpus.isEmpty() ? -1 : cpus.get((2 * c + (c % 2 == 0 ? k : 1 - k)) % cpus.size());
                    pinning.to(cpu);
                    b[k] = nanosPerOp(problem, base, block);
                    pinning.toAll();
                    p[k] = nanosPerOp(problem, par, block);
                    on.add(cpu);
                }
                double logS = Math.log((b[0] + b[1]) / (p[0] + p[1]));
                logs[c] = logS;
                JsonObject cy = new JsonObject();
                cy.add("base", pair(b));
                cy.add("parallel", pair(p));
                cy.add("baseCpus", on);
                cy.addProperty("logSpeedup", logS);
                cycles.add(cy);
            }
            problem.check(s.parallel().id() + " threads=" + s.threads() + " (paired speedup, after timing)");
            JsonObject o = new JsonObject();
            o.addProperty("logSpeedup", median(logs));
            o.addProperty("logSpeedupMean", java.util.Arrays.stream(logs).average().orElse(Double.NaN));
            o.addProperty("pinning", pinning.describe());
            o.add("cycles", cycles);
            return o;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("closing a kernel failed: " + e, e);
        } finally {
            pinning.toAll();
        }
    }

    /** The median; of an even count, the mean of the middle two. */
    static double median(double[] v) {
        double[] x = v.clone();
        java.util.Arrays.sort(x);
        int n = x.length;
        return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }

    private static JsonArray pair(double[] v) {
        JsonArray a = new JsonArray();
        for (double x : v) {
            a.add(x);
        }
        return a;
    }

    /** Calls the kernel until {@code nanos} have passed (at least once); the mean nanoseconds per call. */
    static double nanosPerOp(WorkloadProblem<AutoCloseable> problem, AutoCloseable kernel, long nanos) {
        long t0 = System.nanoTime();
        long end = t0 + nanos;
        long ops = 0;
        long now;
        do {
            problem.compute(kernel);
            ops++;
            now = System.nanoTime();
        } while (now < end);
        return (now - t0) / (double) ops;
    }

    /**
     * The workload class's {@code Problem} state, its {@code @Param} fields set from {@code params}
     * and its trial setup run outside JMH (no BenchmarkParams: strong scaling, the base size).
     */
    @SuppressWarnings("unchecked")
    static WorkloadProblem<AutoCloseable> problem(String benchmarkClass, Map<String, String> params)
            throws ReflectiveOperationException {
        Class<?> cls;
        try {
            cls = Class.forName(WorkloadProblem.class.getPackageName() + "." + benchmarkClass + "$Problem");
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no kernel workload class " + benchmarkClass);
        }
        Object p = cls.getDeclaredConstructor().newInstance();
        for (Map.Entry<String, String> e : params.entrySet()) {
            Field f;
            try {
                f = cls.getField(e.getKey());
            } catch (NoSuchFieldException x) {
                throw new IllegalArgumentException(benchmarkClass + " has no param " + e.getKey());
            }
            if (f.getType() == int.class) {
                f.setInt(p, Integer.parseInt(e.getValue()));
            } else if (f.getType() == long.class) {
                f.setLong(p, Long.parseLong(e.getValue()));
            } else if (f.getType() == String.class) {
                f.set(p, e.getValue());
            } else {
                throw new IllegalArgumentException(benchmarkClass + " param " + e.getKey() + " has type " + f.getType());
            }
        }
        cls.getMethod("create", BenchmarkParams.class).invoke(p, (Object) null);
        return (WorkloadProblem<AutoCloseable>) p;
    }

    /** Moves every thread of this JVM between CPUs with taskset, or does nothing and says why. */
    static final class Pinning {
        private final List<Integer> cpus;
        private final String all;
        private final String off;

        private Pinning(List<Integer> cpus, String all, String off) {
            this.cpus = cpus;
            this.all = all;
            this.off = off;
        }

        static Pinning off(String why) {
            return new Pinning(List.of(), null, why);
        }

        /** The CPUs this JVM may run on (Cpus_allowed_list), if taskset works here. */
        static Pinning detect() {
            String list;
            try {
                list = Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(null);
            } catch (IOException | RuntimeException e) {
                list = null;
            }
            if (list == null) {
                return off("no /proc/self/status (not Linux)");
            }
            List<Integer> cpus = new ArrayList<>();
            for (String part : list.split(",")) {
                String[] r = part.split("-");
                int lo = Integer.parseInt(r[0].trim());
                int hi = r.length > 1 ? Integer.parseInt(r[1].trim()) : lo;
                for (int c = lo; c <= hi; c++) {
                    cpus.add(c);
                }
            }
            if (cpus.size() < 2) {
                return off("one CPU allowed (" + list + ")");
            }
            Pinning p = new Pinning(cpus, list, null);
            String problem = p.taskset(list);
            return problem == null ? p : off(problem);
        }

        List<Integer> cpus() {
            return off == null ? cpus : List.of();
        }

        void to(int cpu) {
            if (off == null && cpu >= 0) {
                taskset(Integer.toString(cpu));
            }
        }

        void toAll() {
            if (off == null) {
                taskset(all);
            }
        }

        String describe() {
            return off == null ? "taskset: the base on CPUs " + all + " in turn" : "not pinned: " + off;
        }

        /** Null when it worked, else why not. */
        private String taskset(String list) {
            try {
                Process p = new ProcessBuilder("taskset", "-a", "-p", "-c", list, Long.toString(ProcessHandle.current().pid()))
                        .redirectErrorStream(true).start();
                p.getOutputStream().close();
                byte[] said = p.getInputStream().readAllBytes();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return "taskset did not finish";
                }
                return p.exitValue() == 0 ? null : "taskset failed: " + new String(said, java.nio.charset.StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                return "no taskset (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }
}
