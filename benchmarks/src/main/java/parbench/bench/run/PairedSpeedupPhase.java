package parbench.bench.run;


import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import parbench.core.Backend;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Measured;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.PairedSpeedups;
import parbench.plot.model.ResultFormatException;
import parbench.plot.model.ScalingParam;

/**
 * After the forks: the summary's speedups, measured again by the paired design ({@link PairedSpeedup})
 * to a precision, within a time budget, into {@code speedups.json} (which the report's speedups and
 * efficiencies then come from). Which pairs: for every kernel case, the fastest result at each thread
 * count from 2 to the core count against the case's best single-thread result, as the report's summary
 * picks them from the forks just run.
 *
 * <p>Sequential sampling that keeps coverage: Stein's two-stage rule. Every pair first
 * gets {@code firstStage} JVMs, in rounds (each round every pair once, in a shuffled order: minutes of
 * machine drift fall on every pair alike); their spread alone fixes how many JVMs the pair needs for
 * the precision ({@link PairedSpeedups#jvmsNeeded}), and the interval is Stein's, so a pair whose
 * interval happens to look narrow early is not stopped for it. A pair stops at its number, at
 * {@code maxJvms}, or when the budget is spent (its interval is then wider than asked, and says so).
 *
 * <p>The second stage spends the budget where it buys a decided answer: each round takes the pairs
 * that the remaining budget can finish, fewest JVMs still needed first; a pair whose first stage
 * asks for more than {@code maxJvms} (it cannot reach the precision at all) gets what is left last.
 * The order depends on the first stage only, so Stein's interval keeps its coverage.
 */
public final class PairedSpeedupPhase {

    /** Relative 95 % half-width a speedup is measured to (±5 %: a speedup a reader can quote). */
    static final double DEFAULT_PRECISION = 0.05;
    /** Seconds the phase may take; each JVM costs ~7 s (JVM start, the problem's serial reference, warmup, cycles). */
    static final int DEFAULT_BUDGET_SECONDS = 270;
    /**
     * Stein's n₀. Five, not four: t(4) = 2.78 against t(3) = 3.18 makes a pair with sd(log S) 0.05 need 8
     * JVMs instead of 11, and one stray JVM in the first stage inflates the spread less (simulated for
     * the README sweep's five pairs: 3.6 of them within ±5 % in the budget, against 3.3 with four).
     */
    static final int FIRST_STAGE = 5;
    static final int MAX_JVMS = 12;

    /** The phase's settings (RunCommand's --paired-* options). */
    public record Settings(boolean enabled, double precision, int budgetSeconds) {
        public static Settings defaults() {
            return new Settings(true, DEFAULT_PRECISION, DEFAULT_BUDGET_SECONDS);
        }

        /** A {@code --paired-precision} value: 5% or 0.05. */
        public static double precision(String v) {
            String t = v == null ? "" : v.trim();
            try {
                double p = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
                if (p > 0 && p < 1) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException("--paired-precision needs a relative half-width such as 5% or 0.05, got '" + v + "'");
        }

        /** A {@code --paired-budget} value in whole seconds. */
        public static int seconds(String v) {
            try {
                int s = Integer.parseInt(v == null ? "" : v.trim());
                if (s >= 0) {
                    return s;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException("--paired-budget needs whole seconds (0 or more), got '" + v + "'");
        }
    }

    /** One pair to measure: the child's spec and the keys of the two results it speaks for. */
    record Pair(PairedSpeedup.Spec spec, Measured parallel, Measured base) {
        String label() {
            return parallel.caseLabel() + ": " + parallel.method() + " t=" + parallel.threads() + " vs " + base.label();
        }
    }

    private PairedSpeedupPhase() {
    }

    /**
     * The pairs of the summary that the paired design can measure: kernel workloads of this harness,
     * strong scaling, 2 ≤ threads ≤ cores, both sides CPU backends.
     */
    static List<Pair> pairs(Path resultFile) throws ResultFormatException {
        List<BenchmarkResult> records = JmhJsonReader.read(resultFile);
        parbench.plot.model.Environment env = parbench.plot.model.Environment.besides(resultFile)
                .orElse(parbench.plot.model.Environment.unknown(0));
        Analysis a = Analysis.of(List.of(resultFile), records, env);
        int cores = a.cores() > 0 ? a.cores() : Runtime.getRuntime().availableProcessors();
        List<Pair> out = new ArrayList<>();
        for (Analysis.SummaryRow s : a.summary()) {
            Measured m = s.fastest();
            Measured b = s.bestSingle();
            if (s.vsBest() == null || b == null || m.threads() < 2 || m.threads() > cores || m.isDevice()
                    || b.isDevice() || !m.mode().equals(b.mode())) {
                continue;
            }
            if (ScalingParam.WEAK.equals(m.r().params().get(ScalingParam.NAME))) {
                continue; // a weak-scaling "speedup" is a different ratio (work per time): left to the forks
            }
            String cls = simpleName(m.cls());
            if (!cls.equals(simpleName(b.cls())) || Registry.WORKLOADS.values().stream().noneMatch(c -> c.getSimpleName().equals(cls))) {
                continue;
            }
            Backend pb = backend(m.method());
            Backend bb = backend(b.method());
            if (pb == null || bb == null) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>(m.caseParams());
            params.remove(ScalingParam.NAME);
            PairedSpeedup.Spec spec = new PairedSpeedup.Spec(cls, params, bb, Math.max(1, b.threads()), pb, m.threads(),
                    PairedSpeedup.DEFAULT_CYCLES, PairedSpeedup.DEFAULT_BLOCK_MS, PairedSpeedup.DEFAULT_WARMUP_MS, true);
            out.add(new Pair(spec, m, b));
        }
        return out;
    }

    private static String simpleName(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static Backend backend(String method) {
        try {
            Backend b = Backend.fromId(method);
            return b.kind() == parbench.core.BackendKind.DISTRIBUTED ? null : b;
        } catch (IllegalArgumentException e) {
            return null; // a device method (jocl_end_to_end) or not a backend
        }
    }

    /**
     * Runs the phase and writes {@code speedups.json} beside the results; returns false (after saying
     * why once) when it could not: the report then keeps the forks' ratios.
     */
    public static boolean run(Path resultFile, String java, List<String> jvmArgs, Settings settings, BooleanSupplier stopping) {
        List<Pair> pairs;
        try {
            pairs = pairs(resultFile);
        } catch (ResultFormatException | RuntimeException e) {
            System.err.println("# parbench: paired speedups skipped: cannot read " + resultFile + ": " + e.getMessage());
            return false;
        }
        if (pairs.isEmpty()) {
            System.out.println("# parbench: paired speedups: no summary row at 2 or more threads to measure");
            return false;
        }
        System.out.printf(Locale.ROOT, "%n# parbench: paired speedups: %d pairs, %d JVMs each first (Stein's first stage), "
                + "then as many as ±%.0f %% needs (at most %d), within %d s%n", pairs.size(), FIRST_STAGE,
                100 * settings.precision(), MAX_JVMS, settings.budgetSeconds());
        long start = System.nanoTime();
        Map<Pair, List<Double>> logs = new LinkedHashMap<>();
        Map<Pair, String> pinning = new LinkedHashMap<>();
        Map<Pair, Integer> needed = new LinkedHashMap<>();
        pairs.forEach(p -> {
            logs.put(p, new ArrayList<>());
            needed.put(p, FIRST_STAGE);
        });
        Random random = new Random(resultFile.toString().hashCode());
        String stoppedBy = "every pair reached its number of JVMs";
        double perJvm = 7.0;
        int jvms = 0;
        boolean secondStage = false;
        Map<Pair, Boolean> reachable = new LinkedHashMap<>();
        outer:
        while (true) {
            List<Pair> round = new ArrayList<>();
            for (Pair p : pairs) {
                if (logs.get(p).size() < needed.get(p)) {
                    round.add(p);
                }
            }
            if (round.isEmpty()) {
                if (secondStage) {
                    break;
                }
                // End of the first stage: each pair's n from its first-stage spread alone.
                secondStage = true;
                for (Pair p : pairs) {
                    List<Double> l = logs.get(p);
                    int n = l.size() < FIRST_STAGE ? l.size() : PairedSpeedups.jvmsNeeded(l, settings.precision());
                    reachable.put(p, n <= MAX_JVMS);
                    needed.put(p, Math.min(MAX_JVMS, n));
                }
                continue;
            }
            if (secondStage) {
                double left = settings.budgetSeconds() - (System.nanoTime() - start) / 1e9;
                round = affordable(round, p -> needed.get(p) - logs.get(p).size(), reachable::get, left / perJvm);
            }
            Collections.shuffle(round, random);
            for (Pair p : round) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (stopping.getAsBoolean()) {
                    stoppedBy = "interrupted";
                    break outer;
                }
                if (elapsed + perJvm > settings.budgetSeconds()) {
                    stoppedBy = String.format(Locale.ROOT, "the budget of %d s", settings.budgetSeconds());
                    break outer;
                }
                long t0 = System.nanoTime();
                JsonObject r = runJvm(java, jvmArgs, p.spec());
                jvms++;
                double took = (System.nanoTime() - t0) / 1e9;
                perJvm = jvms == 1 ? took : 0.7 * perJvm + 0.3 * took;
                if (r.has("error")) {
                    System.err.println("# parbench: paired speedup of " + p.label() + " failed: " + r.get("error").getAsString());
                    needed.put(p, logs.get(p).size()); // no more tries for this pair
                    continue;
                }
                double l = r.get("logSpeedup").getAsDouble();
                logs.get(p).add(l);
                pinning.put(p, r.get("pinning").getAsString());
                double mean = r.has("logSpeedupMean") ? r.get("logSpeedupMean").getAsDouble() : l;
                System.out.printf(Locale.ROOT, "# parbench: paired speedup %s: JVM %d: %.3f× (median of its cycles; mean %.3f×, %.1f s)%n",
                        p.label(), logs.get(p).size(), Math.exp(l), Math.exp(mean), took);
            }
        }
        List<PairedSpeedups.Entry> entries = new ArrayList<>();
        for (Pair p : pairs) {
            List<Double> l = logs.get(p);
            if (l.isEmpty()) {
                continue;
            }
            entries.add(new PairedSpeedups.Entry(p.parallel().r().benchmark(), p.parallel().mode(), p.parallel().r().params(),
                    p.base().r().benchmark(), p.base().r().params(), l, Math.min(FIRST_STAGE, l.size()),
                    pinning.getOrDefault(p, "")));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        JsonObject design = new JsonObject();
        design.addProperty("what", "base and parallel kernel in alternating blocks inside one JVM, the base on each CPU in turn; "
                + "one log-speedup per JVM (the median of its cycles); Stein's two-stage interval over the JVMs");
        design.addProperty("blockMs", PairedSpeedup.DEFAULT_BLOCK_MS);
        design.addProperty("cycles", PairedSpeedup.DEFAULT_CYCLES);
        design.addProperty("warmupMs", PairedSpeedup.DEFAULT_WARMUP_MS);
        design.addProperty("precision", settings.precision());
        design.addProperty("firstStage", FIRST_STAGE);
        design.addProperty("maxJvms", MAX_JVMS);
        design.addProperty("budgetSeconds", settings.budgetSeconds());
        design.addProperty("elapsedSeconds", Math.round(elapsed * 10) / 10.0);
        design.addProperty("stoppedBy", stoppedBy);
        Path file = resultFile.toAbsolutePath().getParent().resolve(PairedSpeedups.NAME);
        try {
            PairedSpeedups.write(file, entries, design);
        } catch (IOException e) {
            System.err.println("# parbench: paired speedups not written: " + file + ": " + e.getMessage());
            return false;
        }
        System.out.printf(Locale.ROOT, "# parbench: paired speedups: %d JVMs in %.0f s (stopped by %s) → %s%n", jvms, elapsed,
                stoppedBy, file);
        return true;
    }

    /**
     * The pairs of one second-stage round: those the remaining budget ({@code jvmsLeft} JVMs) can
     * finish, reachable ones first and fewest JVMs still to go first; at least the first of them, so
     * the budget is spent to its end.
     */
    static <P> List<P> affordable(List<P> open, java.util.function.ToIntFunction<P> toGo,
                                  java.util.function.Predicate<P> reachable, double jvmsLeft) {
        List<P> order = new ArrayList<>(open);
        order.sort(java.util.Comparator.<P, Boolean>comparing(p -> !reachable.test(p)).thenComparingInt(toGo));
        List<P> out = new ArrayList<>();
        double sum = 0;
        for (P p : order) {
            sum += toGo.applyAsInt(p);
            if (!out.isEmpty() && sum > jvmsLeft) {
                break;
            }
            out.add(p);
        }
        return out;
    }

    /** One child JVM: its JSON answer, or {"error": …}. */
    static JsonObject runJvm(String java, List<String> jvmArgs, PairedSpeedup.Spec spec) {
        List<String> cmd = new ArrayList<>(Environment.childCommand(java, jvmArgs, "paired-speedup"));
        // childCommand ends with "--out"; the spec's arguments go before it.
        cmd.addAll(cmd.size() - 1, spec.args());
        return Environment.runProbe(cmd);
    }
}
