package parbench.plot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;
import parbench.plot.analysis.Analysis;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;
import parbench.plot.model.PairedSpeedups;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;
import parbench.plot.io.AtomicFiles;
import parbench.plot.report.ReportWriter;

/**
 * {@code report <json...> [-o DIR] [--cores N] [--no-charts] [--scaling-param NAME]}: regenerates the report (HTML,
 * Markdown, CSV, charts) from saved JMH JSON results. Exit codes: 0 written, 2 bad input or
 * usage, 1 the report could not be written.
 */
public final class ReportCommand {

    static final String USAGE = "usage: report <jmh.json>... [-o DIR] [--cores N] [--no-charts] [--scaling-param NAME]\n"
            + "  -o DIR      output folder (default: the folder of the first JSON file)\n"
            + "  --cores N   physical core count, when no environment.json is beside the results\n"
            + "  --no-charts tables and HTML only\n"
            + "  --scaling-param NAME  the param that holds the thread count (default: the param 'threads', or\n"
            + "              JMH's own thread count, -t, where one benchmark ran at several)\n"
            + "Beside a JSON file, environment.json (hardware, drift, partial runs) and iterations.json (warmup\n"
            + "and measurement iterations per fork) are read when present, and speedups.json (speedups measured\n"
            + "by the paired design) beside the first; the report's Checks say what they\n"
            + "could not check without them. See docs/reading-the-report.md.";

    private ReportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        Request parsed;
        try {
            parsed = parse(args);
        } catch (UsageException e) {
            return Cli.fail(err, "report", e.getMessage(), USAGE);
        }
        if (parsed == null) {
            out.println(USAGE);
            return ExitCodes.OK;
        }
        for (Path p : parsed.inputs()) {
            if (!Files.isRegularFile(p)) {
                return Cli.fail(err, "report", p + ": no such file");
            }
        }
        return render(parsed, out, err);
    }

    /** The command line as a {@link Request} (null: help asked for); the output folder defaults to the first input's. */
    static Request parse(String[] args) throws UsageException {
        List<String> positional = new ArrayList<>();
        Path[] outDir = {null};
        Integer[] cores = {null};
        boolean[] charts = {true};
        String[] scalingParam = {null};
        boolean[] help = {false};
        new OptionScanner().flag("--no-charts")
                .valueOr("--output", "-o needs a folder").alias("-o", "--output")
                .valueOr("--cores", "--cores needs a number")
                .valueOr("--scaling-param", "--scaling-param needs the name of a param")
                .unknown(name -> "unknown option '" + name + "'")
                .scan(args, positional, (name, value) -> {
                    switch (name) {
                        case "--help" -> help[0] = true;
                        case "--no-charts" -> charts[0] = false;
                        case "--output" -> outDir[0] = Path.of(value);
                        case "--cores" -> cores[0] = cores(value);
                        default -> {
                            if (value.startsWith("-")) {
                                throw new UsageException("--scaling-param needs the name of a param");
                            }
                            scalingParam[0] = value;
                        }
                    }
                });
        if (help[0]) {
            return null;
        }
        if (positional.isEmpty()) {
            throw new UsageException("no JMH JSON file given");
        }
        List<Path> inputs = positional.stream().map(Path::of).toList();
        Path dir = outDir[0];
        if (dir == null) {
            Path parent = inputs.get(0).toAbsolutePath().getParent();
            dir = parent == null ? Path.of(".") : parent;
        }
        return new Request(inputs, dir, cores[0], charts[0], scalingParam[0]);
    }

    private static int cores(String value) throws UsageException {
        int cores;
        try {
            cores = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--cores '" + value + "' is not a whole number");
        }
        if (cores <= 0) {
            throw new UsageException("--cores must be at least 1, got " + cores);
        }
        return cores;
    }

    /**
     * What one report is made of: the JMH JSON files, the folder it goes to, the core count when no
     * environment.json gives one (null: from there), whether to draw charts, the scaling param (or null).
     */
    public record Request(List<Path> inputs, Path outDir, Integer cores, boolean charts, String scalingParam) {
        public Request {
            inputs = List.copyOf(inputs);
        }

        /** The harness's report of one run: its results file into {@code outDir}, charts drawn. */
        public static Request of(Path resultFile, Path outDir) {
            return new Request(List.of(resultFile), outDir, null, true, null);
        }
    }

    /** Renders one report; the inputs must exist. Exit code as the command's: 0, 1 (write failed), 2 (bad input). */
    public static int render(Request request, PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        List<Path> inputs = request.inputs();
        Path outDir = request.outDir();
        Integer cores = request.cores();
        boolean charts = request.charts();
        String scalingParam = request.scalingParam();
        Analysis analysis;
        try {
            List<BenchmarkResult> records = new ArrayList<>();
            Environment env = null;
            // iterations.json (warmup + measurement per fork) is optional: null = none beside any input.
            List<IterationsFile.Fork> iterations = null;
            // iterations.json is as large as jmh.json: parse it on a second thread meanwhile.
            List<java.util.concurrent.Future<Optional<List<IterationsFile.Fork>>>> pending = new ArrayList<>();
            java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "iterations.json reader");
                t.setDaemon(true);
                return t;
            });
            try {
                for (Path p : inputs) {
                    pending.add(reader.submit(() -> IterationsFile.besides(p)));
                }
            } finally {
                reader.shutdown();
            }
            for (int k = 0; k < inputs.size(); k++) {
                Path p = inputs.get(k);
                records.addAll(JmhJsonReader.read(p));
                if (env == null) {
                    Optional<Environment> e = Environment.besides(p);
                    env = e.orElse(null);
                }
                Optional<List<IterationsFile.Fork>> it = await(pending.get(k));
                if (it.isPresent()) {
                    if (iterations == null) {
                        iterations = new ArrayList<>();
                    }
                    iterations.addAll(it.get());
                }
            }
            if (env == null) {
                env = Environment.unknown(0);
            }
            if (cores != null) {
                env = env.withCores(cores);
            }
            // speedups.json (the paired design) beside the first input, when the run measured one.
            List<PairedSpeedups.Entry> paired = PairedSpeedups.besides(inputs.get(0)).orElse(null);
            analysis = Analysis.of(inputs, records, env, iterations, scalingParam, paired);
        } catch (ResultFormatException e) {
            return Cli.fail(err, "report", e.getMessage());
        }
        Map<String, byte[]> files;
        try {
            files = ReportWriter.render(analysis, charts);
            AtomicFiles.writeAll(outDir, files);
            removeStaleCharts(outDir, files);
        } catch (IOException | RuntimeException e) {
            err.println("report: could not write the report to " + outDir + ": " + e);
            return 1;
        }
        out.println("report: " + analysis.measured().size() + " results, " + analysis.rows().size()
                + " ratios, " + analysis.checks().findings().size() + " findings, " + analysis.missing().size()
                + " missing items" + analysis.partial().map(p -> " (" + p + ")").orElse("") + " → "
                + outDir.resolve("report.html"));
        return 0;
    }

    /** The result of a background read; its {@link ResultFormatException} is thrown here. */
    private static <T> T await(java.util.concurrent.Future<T> f) throws ResultFormatException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading iterations.json", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ResultFormatException) {
                throw (ResultFormatException) e.getCause();
            }
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Charts of an earlier report in the same folder that this report did not draw would mislead. */
    private static void removeStaleCharts(Path outDir, Map<String, byte[]> files) throws IOException {
        Path charts = outDir.resolve("charts");
        if (!Files.isDirectory(charts)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.list(charts)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if ((name.endsWith(".png") || name.endsWith(".svg")) && !files.containsKey("charts/" + name)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

}
