package parbench.bench.cli;

import parbench.bench.MonteCarloPiBenchmark;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.UsageException;
import parbench.plot.io.AtomicFiles;
import parbench.plot.compare.CompareCommand;
import parbench.plot.compare.CompareException;
import parbench.plot.compare.BenchmarkKey;
import parbench.plot.compare.CompareSettings;
import parbench.plot.compare.Comparison;
import parbench.plot.compare.SequentialRule;
import parbench.plot.compare.Verdict;
import parbench.plot.compare.ComparisonReport;
import parbench.plot.compare.PairedComparer;
import parbench.plot.compare.PairedSamples;
import parbench.plot.model.BenchmarkResult;

/**
 * {@code ab BASE_JAR HEAD_JAR}: compares two builds on one machine in one job, without a stored
 * baseline. For each fork pair and each selected benchmark it runs one JMH fork of the base jar
 * and one of the head jar back to back (or, for single-threaded benchmarks, at once as a duet), in an
 * order drawn from a recorded seed, so drift and load bursts longer than a pair hit both sides. It
 * adds pairs until each benchmark is decided or the budget is spent, by a {@link SequentialRule}. Each fork is a child {@code java -cp JAR
 * org.openjdk.jmh.Main NAME -f 1}: plain JMH of that jar, so the two builds never share a JVM and
 * their harness versions may differ. The verdict comes from paired statistics over the pairs
 * ({@link parbench.plot.compare.PairedStatistics}) and is reported and exited on like compare
 * (0 no regression, 1 regression, 2 bad input, 3 undecided: {@link parbench.plot.compare.GateOutcome}).
 */
final class AbCommand {

    /** Default most fork pairs of a sequential job (-f N instead: exactly N). */
    static final int DEFAULT_MAX_PAIRS = SequentialRule.DEFAULT.max();

    /**
     * Default budget: no new round of pairs starts after 10 minutes, so a job with a handful
     * of benchmarks fits a CI step.
     */
    static final Duration DEFAULT_BUDGET = Duration.ofMinutes(10);

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
            "Runs the selected benchmarks of both jars as fork pairs and tests head/base with the paired",
            "t-test on the pairs' log-ratios. It adds pairs until every benchmark is decided (slower, faster,",
            "or unchanged: interval inside +-threshold), looking at " + SequentialRule.DEFAULT.looks().toString()
                    .replace("[", "").replace("]", "") + " pairs,",
            "each look at alpha / looks, or until --max-pairs or --budget runs out (then: undecided, exit 3).",
            "Single-threaded benchmarks run as duets (both forks at once, cores swapped every " + DuetSwapper.SWAP_MILLIS + " ms;",
            "needs python3 and two cores), the others one fork after the other; a first uncounted pair of",
            "each benchmark tells which is which.",
            "",
            "options:",
            "  --max-pairs N          most fork pairs per benchmark (default " + DEFAULT_MAX_PAIRS + ", at least 3)",
            "  --budget D             no new round of pairs after D (default " + DEFAULT_BUDGET.toMinutes()
                    + "m; e.g. 90s, 10m, 1h)",
            "  -f N (JMH option)      exactly N pairs, one look, no early stop",
            "  --duet                 every benchmark as a duet (single-threaded benchmarks only)",
            "  --no-duet              every pair one fork after the other",
            "  --head-jvm-arg ARG     JVM argument for the head side's forks only (repeatable),",
            "                         e.g. -Dparbench.inject.slowdown=MonteCarloPiBenchmark.serial:0.25",
            "  --base-jvm-arg ARG     JVM argument for the base side's forks only (repeatable)",
            "  --seed N               seed of the pair order (default: from the clock; always recorded)",
            "  --out DIR              keep the forks' JSON, logs and ab.json here (default results/ab/<time>)",
            "  --threshold F          minimum change that counts (default " + (int) (DEFAULT_THRESHOLD * 100) + " %)",
            "  --alpha A              significance level after correction, over all looks (default " + CompareSettings.DEFAULT_ALPHA + ")",
            "  --correction C         holm (default), bh or none",
            "  --markdown FILE, --junit FILE, --json FILE   reports, as compare writes them",
            "  --undecided-passes     exit 0 instead of 3 when undecided",
            "  -h, --help             this text",
            "",
            "exit codes: 0 no regression (every benchmark decided unchanged or faster), 1 regression,",
            "2 bad input (missing or non-benchmark jar, benchmarks on one side only, a fork that failed),",
            "3 undecided (none slower, but at least one still open when the budget ran out)");

    private AbCommand() {
    }

    static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        AbOptions o;
        try {
            o = AbOptions.parse(args);
        } catch (UsageException e) {
            return Cli.fail(err, "ab", e.getMessage());
        }
        if (o.help) {
            out.println(USAGE);
            return ExitCodes.OK;
        }
        try {
            return new AbCommand.Job(o, err).run(out);
        } catch (UsageException e) {
            return Cli.fail(err, "ab", e.getMessage());
        } catch (IOException e) {
            return Cli.fail(err, "ab", "I/O error: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.fail(err, "ab", "interrupted");
        }
    }

    /** One ab invocation. */
    private static final class Job {
        final AbOptions o;
        final PrintStream err;
        final Path out;
        final AbForks forks;

        Job(AbOptions o, PrintStream err) throws IOException {
            this.o = o;
            this.err = err;
            this.forks = new AbForks(o, err);
            this.out = o.outDir != null ? o.outDir : Path.of("results", "ab", RUN_ID.format(Instant.now()));
        }

        int run(PrintStream stdout) throws CompareException, IOException, InterruptedException {
            Set<String> base = forks.list("base", o.baseJar);
            Set<String> head = forks.list("head", o.headJar);
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
            Path forkDir = out.resolve("forks");
            Files.createDirectories(forkDir);
            SequentialRule rule = o.fixedPairs != null ? SequentialRule.fixed(o.fixedPairs) : SequentialRule.upTo(o.maxPairs);
            CompareSettings job = o.gate.settings();
            CompareSettings look = rule.at(job);
            String duetNo = o.duet == AbOptions.Duet.AUTO ? AbOptions.duetImpossible() : null;
            boolean scout = o.duet == AbOptions.Duet.AUTO && duetNo == null;
            Map<String, Boolean> duetOf = new TreeMap<>();
            for (String b : base) {
                duetOf.put(b, o.duet == AbOptions.Duet.ALL);
            }
            err.printf(Locale.ROOT, "ab: %d benchmark(s), %s; seed %d; forks in %s%n", base.size(),
                    o.fixedPairs != null ? o.fixedPairs + " fork pairs each (-f: one look, no early stop)"
                            : "up to " + rule.max() + " fork pairs each until decided (" + rule.describe(job.alpha())
                            + "), budget " + minutes(o.budget),
                    seed, forkDir);
            if (duetNo != null) {
                err.println("ab: no duet on this machine (it " + duetNo + "): every pair runs one fork after the other");
            }
            JsonArray schedule = new JsonArray();
            JsonArray looks = new JsonArray();
            PairedSamples samples = new PairedSamples();
            Map<BenchmarkKey, Comparison> decided = new TreeMap<>();
            Map<BenchmarkKey, String> methodOf = new TreeMap<>();
            List<Comparison> last = List.of();
            List<String> active = new ArrayList<>(base);
            long t0 = System.nanoTime();
            long budgetNanos = o.budget.toNanos();
            String stop = null;
            int counted = 0;
            if (scout) {
                // One uncounted pair per benchmark, one fork after the other: its results say which
                // benchmarks are single-threaded (duets from then on). Not counted for anyone, so that
                // every benchmark is looked at with the same number of pairs; it also takes the cold
                // start of jars and page cache.
                err.println("ab: a first pair of each benchmark, one after the other and not counted, to see which are single-threaded");
                Collections.shuffle(active, rnd);
                for (String bench : active) {
                    List<BenchmarkResult>[] r = forks.pair(0, bench, false, rnd.nextBoolean(), forkDir, schedule);
                    duetOf.put(bench, singleThreaded(r[0]) && singleThreaded(r[1]));
                }
                err.println("ab: duets: " + names(duetOf, true) + "; one after the other: " + names(duetOf, false));
            }
            BenchmarkResult duetMisfit = null;
            while (stop == null) {
                long roundStart = System.nanoTime();
                counted++;
                Collections.shuffle(active, rnd);
                for (String bench : active) {
                    List<BenchmarkResult>[] r = forks.pair(counted, bench, duetOf.get(bench), rnd.nextBoolean(), forkDir, schedule);
                    if (duetOf.get(bench) && duetMisfit == null && !singleThreaded(r[0])) {
                        duetMisfit = r[0].get(0);
                    }
                    samples.add(r[0], r[1]);
                    if (!samples.baseOnly().isEmpty() || !samples.headOnly().isEmpty()) {
                        throw new CompareException("benchmarks on one side only (different @Param defaults? give them with -p): base only "
                                + names(samples.baseOnly()) + ", head only " + names(samples.headOnly()));
                    }
                    for (BenchmarkResult br : r[0]) {
                        methodOf.put(BenchmarkKey.of(br), bench);
                    }
                }
                long now = System.nanoTime();
                boolean lastPossible = counted >= rule.max();
                boolean overBudget = !lastPossible && (now - t0) + (now - roundStart) > budgetNanos;
                if (rule.isLook(counted) || lastPossible || overBudget) {
                    // A look moved forward by the budget is one of the planned looks left unused,
                    // so no more than the planned number of looks is ever taken.
                    last = PairedComparer.judge(samples, look);
                    int newly = 0;
                    for (Comparison c : last) {
                        if (!decided.containsKey(c.key()) && c.verdict() != Verdict.INCONCLUSIVE) {
                            decided.put(c.key(), c);
                            newly++;
                        }
                    }
                    Set<String> open = new TreeSet<>();
                    for (Comparison c : last) {
                        if (!decided.containsKey(c.key())) {
                            open.add(methodOf.get(c.key()));
                        }
                    }
                    active.retainAll(open);
                    JsonObject l = new JsonObject();
                    l.addProperty("pairs", counted);
                    l.addProperty("seconds", Math.round((now - t0) / 1e9));
                    l.addProperty("decided", newly);
                    l.addProperty("open", open.size());
                    looks.add(l);
                    err.printf(Locale.ROOT, "ab: look at %d pairs (%s): %d decided, %d still open%n", counted,
                            minutes(Duration.ofNanos(now - t0)), decided.size(), last.size() - decided.size());
                    if (active.isEmpty()) {
                        stop = "every benchmark decided after " + counted + " pairs";
                    } else if (lastPossible) {
                        stop = "the most pairs (" + rule.max() + ") reached";
                    } else if (overBudget) {
                        stop = "the budget of " + minutes(o.budget) + " spent after " + counted + " pairs";
                    }
                }
            }
            long seconds = Math.round((System.nanoTime() - t0) / 1e9);
            err.printf(Locale.ROOT, "ab: stopped: %s (%d s)%n", stop, seconds);
            List<Comparison> result = new ArrayList<>(decided.values());
            for (Comparison c : last) {
                if (!decided.containsKey(c.key())) {
                    result.add(c.withReason(c.reason() + "; undecided when ab stopped (" + stop + ")"));
                }
            }
            writeRecord(seed, rule, duetOf, counted, stop, seconds, looks, schedule);
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
            ComparisonReport report = PairedComparer.report(result, samples, look,
                    label(o.baseJar, "base"), label(o.headJar, "head"), howRan(rule, job, duetOf, seed, scout, stop),
                    warnings, toDecide(o, duetOf, counted, stop));
            return CompareCommand.finish("ab", report, o.gate, false, stdout, err);
        }


        /** ab.json: what ran, in which order, with which seed, so the job can be audited or redone. */
        void writeRecord(long seed, SequentialRule rule, Map<String, Boolean> duetOf, int pairs, String stop, long seconds,
                         JsonArray looks, JsonArray schedule) throws IOException {
            JsonObject rec = new JsonObject();
            rec.addProperty("schema", 2);
            rec.addProperty("baseJar", o.baseJar.toString());
            rec.addProperty("headJar", o.headJar.toString());
            rec.addProperty("pairs", pairs);
            rec.addProperty("maxPairs", rule.max());
            rec.addProperty("fixed", o.fixedPairs != null);
            rec.addProperty("budgetSeconds", o.budget.toSeconds());
            rec.addProperty("seconds", seconds);
            rec.addProperty("stopped", stop);
            rec.addProperty("seed", seed);
            JsonObject duets = new JsonObject();
            duetOf.forEach(duets::addProperty);
            rec.add("duet", duets);
            rec.add("headJvmArgs", strings(o.headJvmArgs));
            rec.add("baseJvmArgs", strings(o.baseJvmArgs));
            rec.add("jmhOptions", strings(o.jmh));
            rec.add("looks", looks);
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

    /** What would decide an inconclusive benchmark of this job: a bigger budget, and a duet where none ran. */
    static String toDecide(AbOptions o, Map<String, Boolean> duetOf, int pairs, String stop) {
        String more = o.fixedPairs != null
                ? "more fork pairs (ab -f N, more than this job's " + pairs + "), or leave -f out to let ab add pairs until decided"
                : "a larger budget (--budget, now " + minutes(o.budget) + "; --max-pairs, now " + o.maxPairs + "; this job: " + stop + ")";
        boolean anyInterleaved = duetOf.containsValue(false);
        String duet = !anyInterleaved || o.duet == AbOptions.Duet.AUTO && AbOptions.duetImpossible() == null ? ""
                : "; --duet for single-threaded benchmarks (both forks of a pair at once on swapped cores: far less pair noise)";
        return more + duet;
    }

    /** The start of the report's method sentence: how pairs ran, when the job looked and why it stopped. */
    static String howRan(SequentialRule rule, CompareSettings job, Map<String, Boolean> duetOf, long seed, boolean scout, String stop) {
        List<String> parts = new ArrayList<>();
        String duets = names(duetOf, true);
        String seqs = names(duetOf, false);
        if (!duets.equals("none")) {
            parts.add("duet for " + duets + ": both sides at once, cores swapped every " + DuetSwapper.SWAP_MILLIS + " ms");
        }
        if (!seqs.equals("none")) {
            parts.add("one after the other for " + seqs + ", order drawn per pair with seed " + seed);
        }
        String looks = rule.looks().size() == 1 ? rule.max() + " pairs, one look"
                : "sequential, " + rule.describe(job.alpha()) + "; a decided benchmark gets no more pairs; stopped: " + stop;
        return "base and head forks ran in pairs (" + String.join("; ", parts) + (scout
                ? "; a first uncounted pair of each benchmark, one after the other, chose between the two" : "")
                + "); " + looks;
    }

    private static String names(Map<String, Boolean> duetOf, boolean duet) {
        List<String> n = new ArrayList<>();
        duetOf.forEach((b, d) -> {
            if (d == duet) {
                n.add(shortName(b));
            }
        });
        return n.isEmpty() ? "none" : String.join(", ", n);
    }

    /** One JVM thread and no parbench {@code threads} param above 1: a duet twin keeps to its core. */
    static boolean singleThreaded(List<BenchmarkResult> results) {
        return results.stream().allMatch(r -> r.threads() <= 1 && r.params().getOrDefault("threads", "1").equals("1"));
    }

    static String minutes(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : String.format(Locale.ROOT, "%.1f min", s / 60.0);
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
