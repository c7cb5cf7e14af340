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
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import parbench.core.Backend;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.UsageException;

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

    /** A step that ends the command early, with its exit code (its message already printed). */
    private static final class Exit extends Exception {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    /** The JVM the forks run in and their flags: the probe, the drift calibration and the paired phase use the same. */
    private record ForkJvm(String java, List<String> appended, List<String> args) {
    }

    /** Where the results go: a file and format the user chose, a resumed run's, or (null) a new run folder's. */
    private record Output(Path resultFile, ResultFormatType format, Path stateDir) {
    }

    static int run(String[] rawArgs) {
        try {
            ForkPlan[] resumed = new ForkPlan[1];
            RunArgs a = parse(rawArgs, resumed);
            CommandLineOptions cmd = jmhOptions(a);
            if (answeredQuery(cmd)) {
                return ExitCodes.OK;
            }
            String problem = ParamCheck.check(a.jmh.toArray(new String[0]), cmd.getIncludes());
            if (problem != null) {
                return usage(problem);
            }
            ForkJvm jvm = forkJvm(cmd);
            JsonObject probe = probe(jvm);
            Options base = selectBackends(cmd, a, probe, jvm);
            Output output = output(resumed[0], a, cmd);
            ForkPlan plan = resumed[0] != null ? resumed[0] : plan(rawArgs, base, cmd, probe, output);
            System.out.println(ForkScheduler.describe(plan, base));
            if (a.dryRun) {
                return ExitCodes.OK;
            }
            if (output.stateDir() == null) {
                Path dir = newRunDirOrExit();
                output = new Output(dir.resolve("jmh.json"), output.format(), dir);
                plan = new ForkPlan(plan.args, plan.combinations, plan.forks, plan.seed, output.resultFile().toString(),
                        output.format().name());
            }
            writePlan(output.stateDir(), resumed[0] == null ? plan : null);
            Path envFile = output.resultFile().toAbsolutePath().getParent().resolve(parbench.plot.model.Environment.NAME);
            JsonObject env = environment(probe, rawArgs, jvm, envFile, resumed[0] != null);
            return schedule(a, base, plan, output, envFile, env, jvm);
        } catch (Exit e) {
            return e.code;
        }
    }

    /** The command line; on --resume, the run's own from its plan.json, with this call's few overrides. */
    private static RunArgs parse(String[] rawArgs, ForkPlan[] resumed) throws Exit {
        try {
            RunArgs a = RunArgs.parse(rawArgs);
            if (a.resume == null) {
                return a;
            }
            if (!a.jmh.isEmpty()) {
                throw new UsageException("--resume takes no JMH options (the run's own are in its plan.json): "
                        + String.join(" ", a.jmh));
            }
            resumed[0] = ForkPlan.read(a.resume);
            RunArgs original = RunArgs.parse(resumed[0].args.toArray(new String[0]));
            original.report = a.report && original.report;
            original.calibration = a.calibration && original.calibration;
            original.dryRun = a.dryRun;
            if (!a.paired.enabled()) {
                original.paired = a.paired;
            }
            original.resume = a.resume;
            return original;
        } catch (UsageException | IllegalArgumentException e) {
            throw new Exit(usage(e.getMessage()));
        }
    }

    /** The JMH options, through JMH's own parser. */
    private static CommandLineOptions jmhOptions(RunArgs a) throws Exit {
        try {
            return new CommandLineOptions(a.jmh.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            throw new Exit(usage(e.getMessage()));
        }
    }

    /** JMH's help and lists, answered as plain JMH would; true when one was asked for. */
    private static boolean answeredQuery(CommandLineOptions cmd) throws Exit {
        try {
            if (cmd.shouldHelp()) {
                System.out.println(Main.USAGE);
                System.out.println();
                cmd.showHelp();
            } else if (cmd.shouldListProfilers()) {
                cmd.listProfilers();
            } else if (cmd.shouldListResultFormats()) {
                cmd.listResultFormats();
            } else if (cmd.shouldList() || cmd.shouldListWithParams()) {
                Runner lister = new Runner(cmd);
                if (cmd.shouldListWithParams()) {
                    lister.listWithParams(cmd);
                } else {
                    lister.list();
                }
            } else {
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new Exit(Cli.fail(System.err, NAME, e.getMessage()));
        }
    }

    private static ForkJvm forkJvm(CommandLineOptions cmd) {
        String java = cmd.getJvm().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> appended = new ArrayList<>(ForkFlags.ALL);
        appended.addAll(cmd.getJvmArgsAppend().orElse(List.of()));
        // The launcher's -Dparbench.hazelcast.* first: forks inherit them, and explicit -jvmArgs* come later and win.
        List<String> forkJvmArgs = new ArrayList<>(Probe.forwardedProperties());
        forkJvmArgs.addAll(cmd.getJvmArgsPrepend().orElse(List.of()));
        forkJvmArgs.addAll(cmd.getJvmArgs().orElse(List.of()));
        forkJvmArgs.addAll(appended);
        return new ForkJvm(java, appended, forkJvmArgs);
    }

    /** Asks the backends in a JVM like the forks' (same java, same flags), so that those that cannot run are skipped. */
    private static JsonObject probe(ForkJvm jvm) throws Exit {
        JsonObject probe = Environment.probeChild(jvm.java(), jvm.args());
        if (probe.has("error")) {
            throw new Exit(Cli.fail(System.err, NAME, probe.get("error").getAsString()));
        }
        return probe;
    }

    /** JMH's options with the run's defaults, the sweeps that run only when named, and the unselected or unavailable backends excluded. */
    private static Options selectBackends(CommandLineOptions cmd, RunArgs a, JsonObject probe, ForkJvm jvm) {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd)
                .jvmArgsAppend(jvm.appended().toArray(new String[0]))
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
        return options.build();
    }

    /**
     * Results go to a new run folder unless the user chose a result file or format; the fork files
     * and the plan then go to a folder beside that file.
     */
    private static Output output(ForkPlan resumed, RunArgs a, CommandLineOptions cmd) {
        if (resumed != null) {
            return new Output(Path.of(resumed.resultFile), ResultFormatType.valueOf(resumed.resultFormat), a.resume);
        }
        if (cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()) {
            ResultFormatType format = cmd.getResultFormat().orElse(ResultFormatType.JSON);
            Path resultFile = Path.of(cmd.getResult().orElse("jmh-result." + format.toString().toLowerCase(Locale.ROOT))).toAbsolutePath();
            return new Output(resultFile, format, resultFile.resolveSibling(resultFile.getFileName() + ".parbench"));
        }
        return new Output(null, ResultFormatType.JSON, null);
    }

    /** A new run's plan: every combination JMH would run, checked against the fork's heap. */
    private static ForkPlan plan(String[] rawArgs, Options base, CommandLineOptions cmd, JsonObject probe, Output output) throws Exit {
        List<ForkPlan.Combination> combinations = ForkScheduler.enumerate(base);
        if (combinations.isEmpty()) {
            System.err.println(NAME + ": no benchmarks match " + (cmd.getIncludes().isEmpty() ? "" : cmd.getIncludes() + " ")
                    + "among the available backends (java -jar benchmarks.jar -l lists them)");
            throw new Exit(ExitCodes.FAILED);
        }
        JsonObject jdk = probe.has("jdk") ? probe.getAsJsonObject("jdk") : new JsonObject();
        String tooLarge = ParamCheck.checkScaled(combinations, jdk.has("maxHeapBytes") ? jdk.get("maxHeapBytes").getAsLong() : 0);
        if (tooLarge != null) {
            throw new Exit(usage(tooLarge));
        }
        return new ForkPlan(List.of(rawArgs), combinations, Math.max(1, base.getForkCount().orElse(1)),
                new java.util.Random().nextLong(), output.resultFile() == null ? "" : output.resultFile().toString(),
                output.format().name());
    }

    private static Path newRunDirOrExit() throws Exit {
        try {
            return newRunDir().toAbsolutePath();
        } catch (IOException e) {
            throw new Exit(Cli.fail(System.err, NAME, "cannot create the run folder under results/runs: " + e.getMessage()));
        }
    }

    /** Creates the state folder and writes a new run's plan.json there (null: a resumed run keeps its own). */
    private static void writePlan(Path stateDir, ForkPlan plan) throws Exit {
        try {
            Files.createDirectories(stateDir);
            if (plan != null) {
                plan.write(stateDir);
            }
        } catch (IOException e) {
            throw new Exit(Cli.fail(System.err, NAME, "cannot create the run folder " + stateDir + ": " + e.getMessage()));
        }
    }

    /** environment.json's content at the start: the probe, the command line, memory settings; a resumed run keeps its start. */
    private static JsonObject environment(JsonObject probe, String[] rawArgs, ForkJvm jvm, Path envFile, boolean resumed) {
        JsonObject env = Environment.describe(probe, List.of(rawArgs), Instant.now(), null);
        JsonObject memory = new JsonObject();
        memory.addProperty("transparentHugePages", transparentHugePages());
        JsonArray flags = new JsonArray();
        jvm.appended().forEach(flags::add);
        memory.add("forkFlags", flags);
        env.add("memory", memory);
        if (resumed) {
            carryOver(envFile, env);
        }
        return env;
    }

    /** Runs the forks, then the drift calibration and the paired phase where they apply, then the report. */
    private static int schedule(RunArgs a, Options base, ForkPlan plan, Output output, Path envFile, JsonObject env, ForkJvm jvm) {
        ForkScheduler scheduler = new ForkScheduler(plan, base, output.stateDir(), output.resultFile(), output.format(), envFile, env);
        PairedSpeedupPhase.Settings paired = a.paired;
        Path results = output.resultFile();
        return scheduler.run(a.report, a.calibration ? () -> DriftCalibration.measure(jvm.java(), jvm.args()) : null,
                paired.enabled() && paired.budgetSeconds() > 0 && base.getForkCount().orElse(1) > 0
                        ? stopping -> PairedSpeedupPhase.run(results, jvm.java(), jvm.args(), paired, stopping) : null);
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

    /** The run has no command word: its lines begin "error:" (README's troubleshooting table). */
    static final String NAME = "error";

    static int usage(String message) {
        return Cli.fail(System.err, NAME, message, "(java -jar benchmarks.jar -h lists the options)");
    }
}
