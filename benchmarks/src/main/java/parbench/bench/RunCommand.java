package parbench.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import parbench.core.Backend;

/** A benchmark run: JMH with parbench's defaults (see {@link Main}). */
final class RunCommand {

    /** JVM flags every fork needs, whatever the user adds with -jvmArgsAppend. */
    static final List<String> FORK_FLAGS = List.of("--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RunCommand() {
    }

    static int run(String[] rawArgs) {
        // parbench's own options are taken out before JMH parses the rest.
        List<String> jmhArgs = new ArrayList<>();
        Set<Backend> selected = EnumSet.allOf(Backend.class);
        boolean report = true;
        for (int i = 0; i < rawArgs.length; i++) {
            String a = rawArgs[i];
            if (a.equals("--no-report")) {
                report = false;
            } else if (a.equals("--backends") || a.startsWith("--backends=")) {
                String list;
                if (a.equals("--backends")) {
                    if (i + 1 >= rawArgs.length) {
                        return usage("--backends needs a comma-separated list; allowed: " + Backend.ids());
                    }
                    list = rawArgs[++i];
                } else {
                    list = a.substring("--backends=".length());
                }
                selected = EnumSet.noneOf(Backend.class);
                for (String id : list.split(",")) {
                    try {
                        selected.add(Backend.fromId(id.trim()));
                    } catch (IllegalArgumentException e) {
                        return usage(e.getMessage());
                    }
                }
            } else {
                jmhArgs.add(a);
            }
        }
        String[] args = jmhArgs.toArray(new String[0]);
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
        List<String> appended = new ArrayList<>(FORK_FLAGS);
        appended.addAll(cmd.getJvmArgsAppend().orElse(List.of()));
        List<String> probeArgs = new ArrayList<>(cmd.getJvmArgsPrepend().orElse(List.of()));
        probeArgs.addAll(cmd.getJvmArgs().orElse(List.of()));
        probeArgs.addAll(appended);
        JsonObject probe = Environment.probeChild(java, probeArgs);
        if (probe.has("error")) {
            System.err.println("error: " + probe.get("error").getAsString());
            return 2;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd)
                .jvmArgsAppend(appended.toArray(new String[0]))
                .shouldFailOnError(cmd.shouldFailOnError().orElse(true));
        if (cmd.getIncludes().isEmpty()) {
            // The tuning sweeps repeat the fastest backends with other knob values: only when named.
            options.exclude("TuningBenchmark");
        }
        for (Backend b : Backend.values()) {
            JsonObject a = probe.getAsJsonObject("backends").getAsJsonObject(b.id());
            boolean available = a != null && a.get("available").getAsBoolean();
            if (!selected.contains(b)) {
                options.exclude(excludePattern(b));
            } else if (!available) {
                System.out.println("# parbench: skipping " + b.id() + ": unavailable: "
                        + (a == null ? "not probed" : a.get("detail").getAsString()));
                options.exclude(excludePattern(b));
            }
        }

        // Results go to a new run folder unless the user chose a result file or format.
        Path resultFile;
        ResultFormatType format = cmd.getResultFormat().orElse(ResultFormatType.JSON);
        if (cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()) {
            resultFile = Path.of(cmd.getResult().orElse("jmh-result." + format.toString().toLowerCase(Locale.ROOT)));
        } else {
            try {
                resultFile = newRunDir().resolve("jmh.json");
            } catch (IOException e) {
                System.err.println("error: cannot create the run folder under results/runs: " + e.getMessage());
                return 2;
            }
            options.result(resultFile.toString()).resultFormat(ResultFormatType.JSON);
        }
        Path runDir = resultFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(runDir);
        } catch (IOException e) {
            System.err.println("error: cannot create " + runDir + ": " + e.getMessage());
            return 2;
        }

        Instant start = Instant.now();
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            System.err.println("error: the run failed: " + t.getMessage());
            System.err.println("       (pass -foe false to keep going past a failing benchmark)");
            return 1;
        }
        Instant end = Instant.now();
        Path envFile = runDir.resolve("environment.json");
        try {
            Environment.write(envFile, Environment.describe(probe, Arrays.asList(rawArgs), start, end));
        } catch (IOException e) {
            System.err.println("error: cannot write " + envFile + ": " + e.getMessage());
            return 1;
        }
        System.out.println();
        System.out.println("# parbench: " + results.size() + " results in " + resultFile);
        System.out.println("# parbench: environment in " + envFile);
        if (report && format == ResultFormatType.JSON) {
            int rc = parbench.plot.ReportCommand.run(new String[] {resultFile.toString(), "-o", runDir.toString()});
            if (rc != 0) {
                return rc;
            }
            System.out.println("# parbench: report in " + runDir.resolve("report.html"));
        }
        return 0;
    }

    /** Matches every benchmark method of a backend: {@code .jocl_end_to_end}, {@code .jocl_kernel_only}, {@code .serial}. */
    static String excludePattern(Backend b) {
        return "\\." + b.id() + "(" + KernelState.END_TO_END + "|" + KernelState.KERNEL_ONLY + ")?$";
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

    private static int usage(String message) {
        System.err.println("error: " + message);
        System.err.println("(java -jar benchmarks.jar -h lists the options)");
        return 2;
    }
}
