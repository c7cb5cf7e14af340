package parbench.bench.cli;

import parbench.bench.MonteCarloPiBenchmark;
import parbench.bench.run.ForkFlags;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import parbench.plot.io.AtomicFiles;
import parbench.plot.compare.CompareCommand;
import parbench.plot.compare.CompareException;
import parbench.plot.compare.CompareSettings;
import parbench.plot.compare.ComparisonReport;
import parbench.plot.compare.PairedComparer;
import parbench.plot.compare.PairedSamples;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;

/**
 * {@code ab BASE_JAR HEAD_JAR}: compares two builds on one machine in one job, without a stored
 * baseline. For each fork pair and each selected benchmark it runs one JMH fork of the base jar
 * and one of the head jar back to back, in an order drawn from a recorded seed, so drift and load
 * bursts longer than a pair hit both sides. Each fork is a child {@code java -cp JAR
 * org.openjdk.jmh.Main NAME -f 1}: plain JMH of that jar, so the two builds never share a JVM and
 * their harness versions may differ. The verdict comes from paired statistics over the pairs
 * ({@link parbench.plot.compare.PairedStatistics}) and is reported and exited on like compare
 * (0 no regression, 1 regression, 2 bad input, 3 undecided: {@link parbench.plot.compare.GateOutcome}).
 */
final class AbCommand {

    /** Default number of fork pairs when the JMH options give no -f. */
    static final int DEFAULT_PAIRS = 10;

    /**
     * Default minimum effect for ab: 5 %. Pairing removes run-to-run drift, so ab can resolve
     * smaller changes than compare's 10 % (docs/measurements/2026-11-30-gate-power.md).
     */
    static final double DEFAULT_THRESHOLD = 0.05;

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static final String USAGE = String.join("\n",
            "usage: ab BASE_JAR HEAD_JAR [options] -- SELECTION [JMH options]",
            "",
            "Runs the selected benchmarks of both jars as interleaved fork pairs (-f N: N pairs, default "
                    + DEFAULT_PAIRS + ")",
            "and tests head/base with the paired t-test on the pairs' log-ratios.",
            "",
            "options:",
            "  --head-jvm-arg ARG     JVM argument for the head side's forks only (repeatable),",
            "                         e.g. -Dparbench.inject.slowdown=MonteCarloPiBenchmark.serial:0.25",
            "  --base-jvm-arg ARG     JVM argument for the base side's forks only (repeatable)",
            "  --seed N               seed of the pair order (default: from the clock; always recorded)",
            "  --out DIR              keep the forks' JSON, logs and ab.json here (default results/ab/<time>)",
            "  --duet                 run the two forks of a pair at the same time on the two cores, swapping",
            "                         their cores every " + DuetSwapper.SWAP_MILLIS + " ms; only for single-threaded benchmarks (needs python3)",
            "  --threshold F          minimum change that counts (default " + (int) (DEFAULT_THRESHOLD * 100) + " %)",
            "  --alpha A              significance level after correction (default " + CompareSettings.DEFAULT_ALPHA + ")",
            "  --correction C         holm (default), bh or none",
            "  --markdown FILE, --junit FILE, --json FILE   reports, as compare writes them",
            "  --undecided-passes     exit 0 instead of 3 when undecided",
            "  -h, --help             this text",
            "",
            "exit codes: 0 no regression (every benchmark decided unchanged or faster), 1 regression,",
            "2 bad input (missing or non-benchmark jar, benchmarks on one side only, a fork that failed),",
            "3 undecided (none slower, but at least one inconclusive: more pairs, or --duet for",
            "single-threaded benchmarks, decide it)");

    private AbCommand() {
    }

    static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        AbOptions o;
        try {
            o = AbOptions.parse(args);
        } catch (CompareException e) {
            err.println("ab: " + e.getMessage());
            return CompareCommand.BAD_INPUT;
        }
        if (o.help) {
            out.println(USAGE);
            return CompareCommand.OK;
        }
        try {
            return new AbCommand.Job(o, err).run(out);
        } catch (CompareException e) {
            err.println("ab: " + e.getMessage());
            return CompareCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println("ab: I/O error: " + e.getMessage());
            return CompareCommand.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("ab: interrupted");
            return CompareCommand.BAD_INPUT;
        }
    }

    /** One ab invocation. */
    private static final class Job {
        final AbOptions o;
        final PrintStream err;
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        final Path out;

        Job(AbOptions o, PrintStream err) throws IOException {
            this.o = o;
            this.err = err;
            this.out = o.outDir != null ? o.outDir : Path.of("results", "ab", RUN_ID.format(Instant.now()));
        }

        int run(PrintStream stdout) throws CompareException, IOException, InterruptedException {
            Set<String> base = list("base", o.baseJar);
            Set<String> head = list("head", o.headJar);
            Set<String> baseOnly = new TreeSet<>(base);
            baseOnly.removeAll(head);
            Set<String> headOnly = new TreeSet<>(head);
            headOnly.removeAll(base);
            if (!baseOnly.isEmpty() || !headOnly.isEmpty()) {
                throw new CompareException("benchmarks on one side only: base only " + baseOnly + ", head only " + headOnly
                        + " (narrow the selection to benchmarks both builds have)");
            }
            if (base.isEmpty()) {
                throw new CompareException("the selection " + o.includes + " matches no benchmark in either jar");
            }
            long seed = o.seed != null ? o.seed : System.nanoTime();
            Random rnd = new Random(seed);
            List<String> benchmarks = new ArrayList<>(base);
            Path forks = out.resolve("forks");
            Files.createDirectories(forks);
            PairedSamples samples = new PairedSamples();
            BenchmarkResult duetMisfit = null;
            JsonArray schedule = new JsonArray();
            err.printf(Locale.ROOT, "ab: %d benchmark(s) x %d fork pairs, seed %d%s, forks in %s%n", benchmarks.size(),
                    o.pairs, seed, o.duet ? ", duet" : "", forks);
            for (int pair = 1; pair <= o.pairs; pair++) {
                // A new benchmark order every pair, and a coin per pair for which side goes first.
                Collections.shuffle(benchmarks, rnd);
                for (String bench : benchmarks) {
                    boolean headFirst = rnd.nextBoolean();
                    String tag = String.format(Locale.ROOT, "p%02d-%s", pair, shortName(bench));
                    Path bj = forks.resolve(tag + "-base.json");
                    Path hj = forks.resolve(tag + "-head.json");
                    err.printf(Locale.ROOT, "ab: pair %d/%d %s: %s%n", pair, o.pairs, shortName(bench),
                            o.duet ? "both at once" : headFirst ? "head, base" : "base, head");
                    if (o.duet) {
                        // Both at once; the coin still decides which starts first and takes the first core.
                        Process ph = headFirst ? start(o.headJar, o.headJvmArgs, bench, hj) : null;
                        Process pb = start(o.baseJar, o.baseJvmArgs, bench, bj);
                        ph = headFirst ? ph : start(o.headJar, o.headJvmArgs, bench, hj);
                        int baseCore = headFirst ? 1 : 0;
                        Path swapLog = forks.resolve(tag + "-duet.log");
                        Process swapper = DuetSwapper.start(pb.toHandle(), ph.toHandle(), baseCore, swapLog);
                        try {
                            finish(pb, "base", bench, bj);
                            finish(ph, "head", bench, hj);
                            DuetSwapper.check(swapper, swapLog);
                        } finally {
                            swapper.destroy();
                        }
                    } else if (headFirst) {
                        finish(start(o.headJar, o.headJvmArgs, bench, hj), "head", bench, hj);
                        finish(start(o.baseJar, o.baseJvmArgs, bench, bj), "base", bench, bj);
                    } else {
                        finish(start(o.baseJar, o.baseJvmArgs, bench, bj), "base", bench, bj);
                        finish(start(o.headJar, o.headJvmArgs, bench, hj), "head", bench, hj);
                    }
                    List<BenchmarkResult> baseResults = read(bj);
                    if (o.duet && duetMisfit == null) {
                        duetMisfit = baseResults.stream().filter(r -> r.threads() > 1
                                || !r.params().getOrDefault("threads", "1").equals("1")).findFirst().orElse(null);
                    }
                    samples.add(baseResults, read(hj));
                    if (!samples.baseOnly().isEmpty() || !samples.headOnly().isEmpty()) {
                        throw new CompareException("benchmarks on one side only (different @Param defaults? give them with -p): base only "
                                + names(samples.baseOnly()) + ", head only " + names(samples.headOnly()));
                    }
                    JsonObject s = new JsonObject();
                    s.addProperty("pair", pair);
                    s.addProperty("benchmark", bench);
                    s.addProperty("order", o.duet ? "duet" : headFirst ? "head,base" : "base,head");
                    s.addProperty("base", forks.relativize(bj).toString());
                    s.addProperty("head", forks.relativize(hj).toString());
                    schedule.add(s);
                }
            }
            writeRecord(seed, schedule);
            String orderNote = o.pairs + " pairs, " + (o.duet ? "duet: both sides at once, cores swapped every " + DuetSwapper.SWAP_MILLIS + " ms"
                    : "one after the other, order drawn per pair with seed " + seed);
            List<String> warnings = new ArrayList<>();
            if (!o.headJvmArgs.isEmpty()) {
                warnings.add("head forks ran with extra JVM arguments " + o.headJvmArgs);
            }
            if (duetMisfit != null) {
                warnings.add("--duet with a multi-threaded benchmark (" + shortName(duetMisfit.benchmark())
                        + "): the twins fought over the same two cores, so its ratio says little");
            }
            if (!o.baseJvmArgs.isEmpty()) {
                warnings.add("base forks ran with extra JVM arguments " + o.baseJvmArgs);
            }
            ComparisonReport report = PairedComparer.compare(samples,
                    o.gate.settings(),
                    label(o.baseJar, "base"), label(o.headJar, "head"), orderNote, warnings, toDecide(o));
            return CompareCommand.finish("ab", report, o.gate, false, stdout, err);
        }

        /** The selected benchmark names of a jar, by plain JMH's -l (applies the includes and excludes). */
        Set<String> list(String side, Path jar) throws CompareException, IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(ForkFlags.ALL);
            cmd.addAll(List.of("-cp", jar.toString(), "org.openjdk.jmh.Main", "-l"));
            for (String e : o.excludes) {
                cmd.add("-e");
                cmd.add(e);
            }
            cmd.addAll(o.includes);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            }
            if (p.waitFor() != 0) {
                throw new CompareException(side + " jar " + jar + ": listing its benchmarks failed: "
                        + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
            }
            Set<String> names = new LinkedHashSet<>();
            boolean in = false;
            for (String line : lines) {
                if (line.startsWith("Benchmarks:")) {
                    in = true;
                } else if (in && !line.isBlank()) {
                    names.add(line.trim());
                }
            }
            return new TreeSet<>(names);
        }

        /** Starts one fork: plain JMH of the jar, one benchmark, one fork. */
        Process start(Path jar, List<String> sideArgs, String bench, Path json) throws IOException {
            List<String> cmd = new ArrayList<>();
            cmd.add(java);
            // JMH gives its forks the host JVM's arguments, so these reach the measured fork.
            cmd.addAll(ForkFlags.ALL);
            // JMH's machine-wide /tmp/jmh.lock makes a child fail at once if any other JMH runs
            // (a duet twin, or another job on a shared machine) and would throw the job away
            // mid-way; ab schedules its own forks, and other load is what the pairing cancels.
            cmd.add("-Djmh.ignoreLock=true");
            cmd.addAll(sideArgs);
            cmd.addAll(List.of("-cp", jar.toString(), "org.openjdk.jmh.Main", "^" + Pattern.quote(bench) + "$"));
            cmd.addAll(o.childJmh);
            cmd.addAll(List.of("-f", "1", "-rf", "json", "-rff", json.toString()));
            Path log = json.resolveSibling(json.getFileName().toString().replace(".json", ".log"));
            Files.deleteIfExists(json);
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }

        void finish(Process p, String side, String bench, Path json) throws CompareException, InterruptedException {
            if (!p.waitFor(6, TimeUnit.HOURS)) {
                p.destroyForcibly();
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(json)) {
                throw new CompareException("the " + side + " fork of " + bench + " failed (exit " + p.exitValue()
                        + "); see " + json.resolveSibling(json.getFileName().toString().replace(".json", ".log")));
            }
        }

        List<BenchmarkResult> read(Path json) throws CompareException {
            try {
                List<BenchmarkResult> r = JmhJsonReader.read(json);
                if (r.isEmpty()) {
                    throw new CompareException(json + ": the fork produced no result");
                }
                return r;
            } catch (ResultFormatException e) {
                throw new CompareException(e.getMessage());
            }
        }

        /** ab.json: what ran, in which order, with which seed, so the job can be audited or redone. */
        void writeRecord(long seed, JsonArray schedule) throws IOException {
            JsonObject rec = new JsonObject();
            rec.addProperty("schema", 1);
            rec.addProperty("baseJar", o.baseJar.toString());
            rec.addProperty("headJar", o.headJar.toString());
            rec.addProperty("pairs", o.pairs);
            rec.addProperty("seed", seed);
            rec.addProperty("duet", o.duet);
            rec.add("headJvmArgs", strings(o.headJvmArgs));
            rec.add("baseJvmArgs", strings(o.baseJvmArgs));
            rec.add("jmhOptions", strings(o.jmh));
            rec.add("schedule", schedule);
            AtomicFiles.write(out.resolve("ab.json"),
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(rec) + "\n");
        }
    }

    private static JsonArray strings(List<String> l) {
        JsonArray a = new JsonArray();
        l.forEach(a::add);
        return a;
    }

    private static String names(Set<parbench.plot.compare.BenchmarkKey> keys) {
        List<String> n = new ArrayList<>();
        keys.forEach(k -> n.add(k.display()));
        return n.toString();
    }

    /** What would decide an inconclusive benchmark of this job: more pairs, and a duet if it was not one. */
    static String toDecide(AbOptions o) {
        return "more fork pairs (ab -f N, more than this job's " + o.pairs + ")" + (o.duet ? ""
                : "; --duet for single-threaded benchmarks (both forks of a pair at once on swapped cores: far less pair noise)");
    }

    /** {@code MonteCarloPiBenchmark.serial}. */
    static String shortName(String bench) {
        int m = bench.lastIndexOf('.');
        int c = m < 0 ? -1 : bench.lastIndexOf('.', m - 1);
        return bench.substring(c + 1);
    }

    /** A side's name in reports: the jar's file name, or its folder when both jars share one name. */
    private static String label(Path jar, String side) {
        Path abs = jar.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        return side + " " + (parent != null && parent.getFileName() != null
                ? parent.getFileName() + "/" + abs.getFileName() : abs.getFileName().toString());
    }
}
