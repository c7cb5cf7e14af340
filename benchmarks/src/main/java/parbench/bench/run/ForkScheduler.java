package parbench.bench.run;

import parbench.plot.io.AtomicFiles;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import parbench.plot.model.ScalingParam;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a {@link ForkPlan} one fork at a time, each a JMH run with {@code -f 1} of one combination,
 * and after every fork saves it, rewrites the merged result file and {@code iterations.json}, and
 * updates {@code environment.json}: a Ctrl-C or a crash loses at most the fork in progress.
 * The first Ctrl-C ends the run after writing a partial report; a second one quits at once.
 */
public final class ForkScheduler {

    /**
     * Seconds a fork costs beyond its iterations (JVM start, JMH handshake, the benchmark's setup
     * and verification): the old default sweep, 204 forks of 3.2 s of iterations, took 15.5 min
     * on a quiet 2-core Zen 5 (docs/measurements/2026-11-30-forks.md). A lower bound on a busy machine.
     */
    static final double FORK_OVERHEAD_SECONDS = 1.4;

    private final ForkPlan plan;
    private final Options base;
    private final Path stateDir;
    private final Path resultFile;
    private final ResultFormatType format;
    private final Path envFile;
    private final JsonObject env;
    private final IterationCapture capture;
    private final List<ForkResults.ForkRecord> records = new ArrayList<>();
    private final Object lock = new Object();
    private volatile boolean stopping;
    private boolean finished;

    public ForkScheduler(ForkPlan plan, Options base, Path stateDir, Path resultFile, ResultFormatType format, Path envFile, JsonObject env) {
        this.plan = plan;
        this.base = base;
        this.stateDir = stateDir;
        this.resultFile = resultFile;
        this.format = format;
        this.envFile = envFile;
        this.env = env;
        this.capture = new IterationCapture(OutputFormatFactory.createFormatInstance(console(base), base.verbosity().orElse(VerboseMode.NORMAL)));
    }

    /** JMH's console: stdout, or the file of {@code -o FILE}. */
    private static java.io.PrintStream console(Options base) {
        if (base.getOutput().hasValue()) {
            try {
                return new java.io.PrintStream(new java.io.FileOutputStream(base.getOutput().get()), true, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.FileNotFoundException e) {
                System.err.println("# parbench: cannot write -o " + base.getOutput().get() + " (" + e.getMessage() + "): output on stdout");
            }
        }
        return System.out;
    }

    /** Every (benchmark, mode, params) combination JMH would run for these options, in JMH's order. */
    public static List<ForkPlan.Combination> enumerate(Options options) {
        List<String> includes = options.getIncludes().isEmpty() ? List.of(".*") : options.getIncludes();
        SortedSet<BenchmarkListEntry> entries = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), includes, options.getExcludes());
        List<ForkPlan.Combination> out = new ArrayList<>();
        for (BenchmarkListEntry e : entries) {
            Set<Mode> modes = EnumSet.noneOf(Mode.class);
            modes.addAll(options.getBenchModes().isEmpty() ? List.of(e.getMode()) : options.getBenchModes());
            if (modes.remove(Mode.All)) {
                for (Mode m : Mode.values()) {
                    if (m != Mode.All) {
                        modes.add(m);
                    }
                }
            }
            List<Map<String, String>> params = new ArrayList<>();
            params.add(new LinkedHashMap<>());
            Map<String, String[]> declared = e.getParams().orElse(Map.of());
            for (Map.Entry<String, String[]> p : declared.entrySet()) {
                if (p.getKey().equals(ScalingParam.NAME) && !options.getParameter(ScalingParam.NAME).hasValue()) {
                    continue; // scaling=strong, the default, is left out of the plan as it is left out of the results
                }
                Collection<String> values = options.getParameter(p.getKey()).orElse(List.of(p.getValue()));
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> partial : params) {
                    for (String v : values) {
                        Map<String, String> m = new LinkedHashMap<>(partial);
                        m.put(p.getKey(), v);
                        next.add(m);
                    }
                }
                params = next;
            }
            for (Mode m : modes) {
                for (Map<String, String> p : params) {
                    out.add(new ForkPlan.Combination(e.getUsername(), m.shortLabel(), p));
                }
            }
        }
        return out;
    }

    /** The plan in one line, with its estimated duration. */
    public static String describe(ForkPlan plan, Options base) {
        int wi = base.getWarmupIterations().orElse(0);
        int mi = base.getMeasurementIterations().orElse(0);
        double w = seconds(base.getWarmupTime().orElse(TimeValue.seconds(10)));
        double r = seconds(base.getMeasurementTime().orElse(TimeValue.seconds(10)));
        double perFork = wi * w + mi * r + FORK_OVERHEAD_SECONDS;
        int total = plan.combinations.size() * plan.forks;
        return String.format(Locale.ROOT, "# parbench: plan: %d combinations x %d forks = %d forks in rounds (order seed %d), "
                + "each %d warmup + %d measurement iterations; estimated %.1f min", plan.combinations.size(), plan.forks, total,
                plan.seed, wi, mi, total * perFork / 60);
    }

    private static double seconds(TimeValue t) {
        return t.convertTo(TimeUnit.MICROSECONDS) / 1e6;
    }

    /** Runs the missing forks, then writes the final files and the report. Returns the exit code. */
    int run(boolean report, Supplier<JsonObject> calibration) {
        return run(report, calibration, null);
    }

    /**
     * As {@link #run(boolean, Supplier)}, with {@code afterForks} (may be null) run once the forks are
     * done and saved, before the end calibration and the report: the paired speedups read the results
     * file the forks wrote and answer whether to go on ({@code stopping} tells them of a Ctrl-C).
     */
    public int run(boolean report, Supplier<JsonObject> calibration, java.util.function.Consumer<java.util.function.BooleanSupplier> afterForks) {
        try {
            records.addAll(ForkResults.load(stateDir));
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        Set<ForkPlan.Slot> done = new HashSet<>();
        records.forEach(r -> done.add(new ForkPlan.Slot(r.combination(), r.fork())));
        List<ForkPlan.Slot> todo = plan.missing(done);
        if (!done.isEmpty()) {
            System.out.println("# parbench: resuming: " + done.size() + " of " + plan.order.size() + " forks done, " + todo.size() + " to run");
        }
        installInterruptHandling(report);
        try {
            writeState(false);
            boolean haveStart = env.has("drift") && env.getAsJsonObject("drift").has("start");
            if (calibration != null && !todo.isEmpty() && !haveStart) {
                addDrift("start", calibration.get());
            }
            int n = 0;
            for (ForkPlan.Slot s : todo) {
                if (stopping) {
                    break;
                }
                n++;
                ForkPlan.Combination c = plan.combinations.get(s.combination());
                System.out.println();
                System.out.println("# parbench: fork " + s.fork() + " of " + plan.forks + " of " + c.label()
                        + " (" + n + " of " + todo.size() + " to run)");
                ForkResults.ForkRecord r;
                try {
                    r = runFork(s, c);
                } catch (RunnerException | RuntimeException e) {
                    if (stopping) {
                        break;
                    }
                    Throwable t = e;
                    while (t.getCause() != null) {
                        t = t.getCause();
                    }
                    synchronized (lock) {
                        writeState(false);
                        finished = true;
                    }
                    System.err.println("error: the run failed: " + t.getMessage());
                    System.err.println("       (pass -foe false to keep going past a failing benchmark; the finished forks are in "
                            + resultFile + "; java -jar benchmarks.jar --resume " + stateDir + " runs the rest)");
                    return 1;
                }
                synchronized (lock) {
                    if (stopping) {
                        break;
                    }
                    ForkResults.save(stateDir, r);
                    records.add(r);
                    writeState(false);
                }
            }
            if (!stopping && afterForks != null && format == ResultFormatType.JSON && !records.isEmpty()) {
                afterForks.accept(() -> stopping);
            }
            if (!stopping && calibration != null && !todo.isEmpty()) {
                addDrift("end", calibration.get());
            }
        } catch (IOException e) {
            System.err.println("error: cannot write the results in " + stateDir + ": " + e.getMessage());
            return 1;
        }
        synchronized (lock) {
            if (finished) {
                return 130;
            }
            finished = true;
            return finish(report, stopping);
        }
    }

    private ForkResults.ForkRecord runFork(ForkPlan.Slot s, ForkPlan.Combination c) throws RunnerException {
        String exact = Pattern.quote(c.benchmark());
        // JMH unions includes and excludes with the parent's: the exclude keeps only this method.
        ChainedOptionsBuilder b = new OptionsBuilder().parent(base)
                .include("^" + exact + "$")
                .exclude("^(?!" + exact + "$)")
                .mode(Mode.deepValueOf(c.mode()))
                .forks(base.getForkCount().orElse(1) == 0 ? 0 : 1);
        if (base.getResult().hasValue() || base.getResultFormat().hasValue()) {
            // JMH would write each fork over the user's result file: send it to a scratch file instead.
            b.result(stateDir.resolve(".fork-result.json").toString()).resultFormat(ResultFormatType.JSON);
        }
        if (s.fork() > 1) {
            b.warmupForks(0);
        }
        c.params().forEach(b::param);
        capture.reset();
        Collection<RunResult> rs = new Runner(b.build(), capture).run();
        try {
            Files.deleteIfExists(stateDir.resolve(".fork-result.json"));
        } catch (IOException e) {
            // a stale scratch file is harmless
        }
        RunResult result = rs.isEmpty() ? null : rs.iterator().next();
        return new ForkResults.ForkRecord(s.combination(), s.fork(), result, capture.unit(), capture.warmup(), capture.measurement());
    }

    /** Rewrites the merged results, iterations.json and environment.json (each atomically). */
    private void writeState(boolean interrupted) throws IOException {
        AtomicFiles.write(resultFile, ForkResults.format(ForkResults.merge(records), format));
        // Beside the results and environment.json, where readers look for it.
        JsonFiles.write(resultFile.toAbsolutePath().getParent().resolve("iterations.json"), ForkResults.iterations(records, plan));
        JsonObject run = new JsonObject();
        run.addProperty("planned", plan.order.size());
        run.addProperty("completed", records.size());
        run.addProperty("interrupted", interrupted);
        run.addProperty("schedule", "rounds");
        run.addProperty("orderSeed", plan.seed);
        run.addProperty("forks", plan.forks);
        run.addProperty("warmupIterations", base.getWarmupIterations().orElse(0));
        run.addProperty("measurementIterations", base.getMeasurementIterations().orElse(0));
        env.add("run", run);
        env.addProperty("end", Instant.now().toString());
        parbench.plot.model.Environment.write(envFile, env);
    }

    private void addDrift(String end, JsonObject s) throws IOException {
        if (s == null) {
            return;
        }
        synchronized (lock) {
            JsonObject drift = env.has("drift") ? env.getAsJsonObject("drift") : new JsonObject();
            drift.add(end, s);
            env.add("drift", drift);
            parbench.plot.model.Environment.write(envFile, env);
        }
    }

    /** The final lines, the summary table and the report; marked partial when interrupted. */
    private int finish(boolean report, boolean interrupted) {
        try {
            // JMH's scratch result of a fork that was cut short.
            Files.deleteIfExists(stateDir.resolve(".fork-result.json"));
            writeState(interrupted);
        } catch (IOException e) {
            System.err.println("error: cannot write " + envFile + ": " + e.getMessage());
            return 1;
        }
        List<RunResult> merged = ForkResults.merge(records);
        if (!interrupted) {
            capture.summary(merged);
        }
        System.out.println();
        if (interrupted) {
            System.out.println("# parbench: interrupted after " + records.size() + " of " + plan.order.size()
                    + " forks; java -jar benchmarks.jar --resume " + stateDir + " runs the rest");
        }
        System.out.println("# parbench: " + merged.size() + " results in " + resultFile);
        System.out.println("# parbench: environment in " + envFile);
        if (report && format == ResultFormatType.JSON && !merged.isEmpty()) {
            Path outDir = resultFile.toAbsolutePath().getParent();
            int rc = parbench.plot.ReportCommand.render(parbench.plot.ReportCommand.Request.of(resultFile, outDir), System.out, System.err);
            if (rc != 0) {
                return rc;
            }
            System.out.println("# parbench: report in " + outDir.resolve("report.html"));
        }
        return interrupted ? 130 : 0;
    }

    /**
     * Ctrl-C (SIGINT, sent to the whole process group: the running fork dies with it) lets the
     * loop stop and write a partial report; a second one exits at once. SIGTERM and other
     * shutdowns still mark environment.json interrupted.
     */
    private void installInterruptHandling(boolean report) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> {
                if (stopping) {
                    Runtime.getRuntime().halt(130);
                }
                stopping = true;
                System.err.println("# parbench: interrupted: writing what has finished (Ctrl-C again to quit at once)");
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT here (or -Xrs): the shutdown hook below still records the interruption
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            synchronized (lock) {
                if (!finished) {
                    finished = true;
                    finish(report, true);
                }
            }
        }, "parbench-interrupted"));
    }
}
