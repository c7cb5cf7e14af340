package parbench.bench.cli;
import parbench.bench.run.ParamCheck;
import parbench.bench.run.Probe;

import parbench.bench.run.DriftCalibration;
import parbench.bench.run.Environment;
import parbench.bench.run.ForkFlags;
import parbench.bench.run.ForkPlan;
import parbench.bench.run.ForkScheduler;
import parbench.bench.run.PairedSpeedupPhase;
import parbench.bench.run.Registry;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import parbench.core.Backend;

/**
 * A benchmark run: JMH with parbench's defaults (see {@link Main}), one fork at a time in rounds
 * across all selected benchmarks ({@link ForkScheduler}).
 */
final class RunCommand {

    /** The lesson workloads' classes: run only when a benchmark pattern names them. */
    static final String LESSONS_PATTERN = "\\.(IrregularBenchmark|HistogramBenchmark|PipelineBenchmark)\\.";


    /*
     * Default forks x iterations when the user passes none of -f/-wi/-i/-w/-r (each applies on its
     * own): chosen from measured within-fork and between-fork variance (Kalibera & Jones 2013),
     * see docs/measurements/2026-11-30-forks.md. Three forks, not five, since the summary's speedups
     * come from the paired phase (PairedSpeedupPhase), which needs the time: the README's sweep on
     * 2 cores must end within 20 minutes (docs/measurements/2026-12-07-paired.md).
     */
    static final int DEFAULT_FORKS = 3;
    static final int DEFAULT_WARMUP_ITERATIONS = 4;
    static final TimeValue DEFAULT_WARMUP_TIME = TimeValue.milliseconds(100);
    static final int DEFAULT_ITERATIONS = 3;
    static final TimeValue DEFAULT_ITERATION_TIME = TimeValue.milliseconds(100);

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RunCommand() {
    }

    /** parbench's own options, taken out before JMH parses the rest. */
    static final class Args {
        final List<String> jmh = new ArrayList<>();
        Set<Backend> selected = EnumSet.allOf(Backend.class);
        boolean report = true;
        boolean calibration = true;
        boolean dryRun;
        Path resume;
        PairedSpeedupPhase.Settings paired = PairedSpeedupPhase.Settings.defaults();

        static Args parse(String[] raw) {
            Args a = new Args();
            for (int i = 0; i < raw.length; i++) {
                String s = raw[i];
                if (s.equals("--no-report")) {
                    a.report = false;
                } else if (s.equals("--no-calibration")) {
                    a.calibration = false;
                } else if (s.equals("--dry-run")) {
                    a.dryRun = true;
                } else if (s.equals("--no-paired")) {
                    a.paired = new PairedSpeedupPhase.Settings(false, a.paired.precision(), a.paired.budgetSeconds());
                } else if (s.equals("--paired-precision") || s.startsWith("--paired-precision=")) {
                    String v = s.equals("--paired-precision") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--paired-precision=".length());
                    a.paired = new PairedSpeedupPhase.Settings(a.paired.enabled(), PairedSpeedupPhase.Settings.precision(v), a.paired.budgetSeconds());
                } else if (s.equals("--paired-budget") || s.startsWith("--paired-budget=")) {
                    String v = s.equals("--paired-budget") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--paired-budget=".length());
                    a.paired = new PairedSpeedupPhase.Settings(a.paired.enabled(), a.paired.precision(), PairedSpeedupPhase.Settings.seconds(v));
                } else if (s.equals("--resume") || s.startsWith("--resume=")) {
                    String dir = s.equals("--resume") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--resume=".length());
                    if (dir == null || dir.isEmpty()) {
                        throw new IllegalArgumentException("--resume needs the run folder of an earlier run (the folder holding plan.json)");
                    }
                    a.resume = Path.of(dir);
                } else if (s.equals("--backends") || s.startsWith("--backends=")) {
                    String list = s.equals("--backends") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--backends=".length());
                    if (list == null) {
                        throw new IllegalArgumentException("--backends needs a comma-separated list; allowed: " + Backend.ids());
                    }
                    a.selected = EnumSet.noneOf(Backend.class);
                    for (String id : list.split(",")) {
                        a.selected.add(Backend.fromId(id.trim()));
                    }
                } else {
                    a.jmh.add(s);
                }
            }
            return a;
        }

        /** "5%" or "0.05": a relative half-width in (0, 1). */
    }

    static int run(String[] rawArgs) {
        Args a;
        ForkPlan resumed = null;
        try {
            a = Args.parse(rawArgs);
            if (a.resume != null) {
                if (!a.jmh.isEmpty()) {
                    throw new IllegalArgumentException("--resume takes no JMH options (the run's own are in its plan.json): "
                            + String.join(" ", a.jmh));
                }
                resumed = ForkPlan.read(a.resume);
                Args original = Args.parse(resumed.args.toArray(new String[0]));
                original.report = a.report && original.report;
                original.calibration = a.calibration && original.calibration;
                original.dryRun = a.dryRun;
                if (!a.paired.enabled()) {
                    original.paired = a.paired;
                }
                original.resume = a.resume;
                a = original;
            }
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        String[] args = a.jmh.toArray(new String[0]);
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            return usage(e.getMessage());
        }
        try {
            if (cmd.shouldHelp()) {
                System.out.println(Main.USAGE);
                System.out.println();
                cmd.showHelp();
                return 0;
            }
            if (cmd.shouldListProfilers()) {
                cmd.listProfilers();
                return 0;
            }
            if (cmd.shouldListResultFormats()) {
                cmd.listResultFormats();
                return 0;
            }
            if (cmd.shouldList() || cmd.shouldListWithParams()) {
                Runner lister = new Runner(cmd);
                if (cmd.shouldListWithParams()) {
                    lister.listWithParams(cmd);
                } else {
                    lister.list();
                }
                return 0;
            }
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        String problem = ParamCheck.check(args, cmd.getIncludes());
        if (problem != null) {
            return usage(problem);
        }

        // Ask the backends in a JVM like the forks' (same java, same flags): skip those that cannot run.
        String java = cmd.getJvm().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> appended = new ArrayList<>(ForkFlags.ALL);
        appended.addAll(cmd.getJvmArgsAppend().orElse(List.of()));
        // The launcher's -Dparbench.hazelcast.* first: forks inherit them, and explicit -jvmArgs* come later and win.
        List<String> forkJvmArgs = new ArrayList<>(Probe.forwardedProperties());
        forkJvmArgs.addAll(cmd.getJvmArgsPrepend().orElse(List.of()));
        forkJvmArgs.addAll(cmd.getJvmArgs().orElse(List.of()));
        forkJvmArgs.addAll(appended);
        JsonObject probe = Environment.probeChild(java, forkJvmArgs);
        if (probe.has("error")) {
            System.err.println("error: " + probe.get("error").getAsString());
            return 2;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd)
                .jvmArgsAppend(appended.toArray(new String[0]))
                .shouldFailOnError(cmd.shouldFailOnError().orElse(true));
        applyDefaults(options, cmd);
        if (cmd.getIncludes().isEmpty()) {
            // The tuning sweeps repeat the fastest backends with other knob values: only when named.
            options.exclude("TuningBenchmark");
            // The lessons (docs/lessons.md) are their own sweep: with them the default sweep would take
            // ~32 min instead of ~21 on 2 cores (--dry-run estimates); they run when a pattern names them.
            options.exclude(LESSONS_PATTERN);
        }
        for (Backend b : Backend.values()) {
            JsonObject av = probe.getAsJsonObject("backends").getAsJsonObject(b.id());
            boolean available = av != null && av.get("available").getAsBoolean();
            if (!a.selected.contains(b)) {
                options.exclude(Registry.excludePattern(b));
            } else if (!available) {
                System.out.println("# parbench: skipping " + b.id() + ": unavailable: "
                        + (av == null ? "not probed" : av.get("detail").getAsString()));
                options.exclude(Registry.excludePattern(b));
            }
        }
        Options base = options.build();

        // Results go to a new run folder unless the user chose a result file or format; the fork
        // files and the plan then go to a folder beside that file.
        Path resultFile;
        ResultFormatType format;
        Path stateDir;
        if (resumed != null) {
            resultFile = Path.of(resumed.resultFile);
            format = ResultFormatType.valueOf(resumed.resultFormat);
            stateDir = a.resume;
        } else if (cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()) {
            format = cmd.getResultFormat().orElse(ResultFormatType.JSON);
            resultFile = Path.of(cmd.getResult().orElse("jmh-result." + format.toString().toLowerCase(Locale.ROOT))).toAbsolutePath();
            stateDir = resultFile.resolveSibling(resultFile.getFileName() + ".parbench");
        } else {
            format = ResultFormatType.JSON;
            resultFile = null;
            stateDir = null;
        }

        ForkPlan plan;
        if (resumed != null) {
            plan = resumed;
        } else {
            List<ForkPlan.Combination> combinations = ForkScheduler.enumerate(base);
            if (combinations.isEmpty()) {
                System.err.println("error: no benchmarks match " + (cmd.getIncludes().isEmpty() ? "" : cmd.getIncludes() + " ")
                        + "among the available backends (java -jar benchmarks.jar -l lists them)");
                return 1;
            }
            JsonObject jdk = probe.has("jdk") ? probe.getAsJsonObject("jdk") : new JsonObject();
            String tooLarge = ParamCheck.checkScaled(combinations, jdk.has("maxHeapBytes") ? jdk.get("maxHeapBytes").getAsLong() : 0);
            if (tooLarge != null) {
                return usage(tooLarge);
            }
            plan = new ForkPlan(List.of(rawArgs), combinations, Math.max(1, base.getForkCount().orElse(1)),
                    new java.util.Random().nextLong(), resultFile == null ? "" : resultFile.toString(), format.name());
        }
        System.out.println(ForkScheduler.describe(plan, base));
        if (a.dryRun) {
            return 0;
        }
        try {
            if (stateDir == null) {
                stateDir = newRunDir().toAbsolutePath();
                resultFile = stateDir.resolve("jmh.json");
                plan = new ForkPlan(plan.args, plan.combinations, plan.forks, plan.seed, resultFile.toString(), format.name());
            }
            Files.createDirectories(stateDir);
            if (resumed == null) {
                plan.write(stateDir);
            }
        } catch (IOException e) {
            System.err.println("error: cannot create the run folder " + (stateDir == null ? "under results/runs" : stateDir) + ": " + e.getMessage());
            return 2;
        }

        Path envFile = resultFile.toAbsolutePath().getParent().resolve(parbench.plot.model.Environment.NAME);
        JsonObject env = Environment.describe(probe, List.of(rawArgs), Instant.now(), null);
        JsonObject memory = new JsonObject();
        memory.addProperty("transparentHugePages", transparentHugePages());
        JsonArray flags = new JsonArray();
        appended.forEach(flags::add);
        memory.add("forkFlags", flags);
        env.add("memory", memory);
        if (resumed != null) {
            carryOver(envFile, env);
        }
        ForkScheduler scheduler = new ForkScheduler(plan, base, stateDir, resultFile, format, envFile, env);
        PairedSpeedupPhase.Settings paired = a.paired;
        Path results = resultFile;
        return scheduler.run(a.report, a.calibration ? () -> DriftCalibration.measure(java, forkJvmArgs) : null,
                paired.enabled() && paired.budgetSeconds() > 0 && base.getForkCount().orElse(1) > 0
                        ? stopping -> PairedSpeedupPhase.run(results, java, forkJvmArgs, paired, stopping) : null);
    }

    /** parbench's default forks and iterations, each only where the user gave none. */
    static void applyDefaults(ChainedOptionsBuilder options, Options cmd) {
        if (!cmd.getForkCount().hasValue()) {
            options.forks(DEFAULT_FORKS);
        }
        if (!cmd.getWarmupIterations().hasValue()) {
            options.warmupIterations(DEFAULT_WARMUP_ITERATIONS);
        }
        if (!cmd.getWarmupTime().hasValue()) {
            options.warmupTime(DEFAULT_WARMUP_TIME);
        }
        if (!cmd.getMeasurementIterations().hasValue()) {
            options.measurementIterations(DEFAULT_ITERATIONS);
        }
        if (!cmd.getMeasurementTime().hasValue()) {
            options.measurementTime(DEFAULT_ITERATION_TIME);
        }
    }

    /** A resumed run keeps its first start time and its start calibration. */
    private static void carryOver(Path envFile, JsonObject env) {
        try {
            JsonObject old = parbench.plot.model.Environment.readJson(envFile);
            if (old.has("start")) {
                env.add("start", old.get("start"));
            }
            if (old.has("drift") && old.getAsJsonObject("drift").has("start")) {
                JsonObject d = new JsonObject();
                d.add("start", old.getAsJsonObject("drift").get("start"));
                env.add("drift", d);
            }
        } catch (parbench.plot.model.ResultFormatException | RuntimeException e) {
            // no readable earlier environment: this one starts afresh
        }
    }

    static String transparentHugePages() {
        try {
            return Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Path newRunDir() throws IOException {
        Path runs = Path.of("results", "runs");
        Files.createDirectories(runs);
        String id = RUN_ID.format(Instant.now());
        Path dir = runs.resolve(id);
        for (int i = 2; Files.exists(dir); i++) {
            dir = runs.resolve(id + "-" + i);
        }
        return Files.createDirectory(dir);
    }

    static int usage(String message) {
        System.err.println("error: " + message);
        System.err.println("(java -jar benchmarks.jar -h lists the options)");
        return 2;
    }
}
