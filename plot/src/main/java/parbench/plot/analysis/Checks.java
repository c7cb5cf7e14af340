package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parbench.plot.analysis.Analysis.BaseKind;
import parbench.plot.analysis.Analysis.Calibration;
import parbench.plot.analysis.Analysis.Row;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;
import parbench.plot.stats.Ratio;

/**
 * The report checking its own numbers. Each check looks for one way a result can be wrong or
 * misleading and, when it finds one, says which result, the evidence and the likely cause. A
 * result named by a finding is <em>suspect</em>: no target is met by it and charts mark it.
 * Thresholds are constants here and documented in docs/reading-the-report.md.
 */
public final class Checks {

    /** Superlinear: efficiency above this. */
    static final double MAX_EFFICIENCY = 1.10;
    /** Forks disagree: variance of the fork means this many times what the within-fork noise explains… */
    static final double FORK_F = 10;
    /** …and the fork means spread over more than this fraction of the mean. */
    static final double FORK_RANGE = 0.05;
    /** Outlier iteration: more than this many times the median (times), less than 1/this (rates). */
    static final double OUTLIER = 3;
    /** No steady state: the second half of a fork's measurement iterations differs by more than this from the first. */
    static final double TREND = 0.10;
    /** No steady state: coefficient of variation of a fork's measurement iterations above this. */
    static final double SWING = 0.20;
    /** Steady state slower than the fastest warmup iteration by more than this factor. */
    static final double SLOWER_STEADY = 1.30;
    /** A threaded backend at threads=1 slower than its single-threaded counterpart by more than this factor. */
    static final double THREADED_AT_ONE = 1.20;
    /** A result above its calibrated roof by more than this factor. */
    static final double ROOF = 1.05;
    /** Interval half-width above this fraction of the mean. */
    static final double WIDE = 0.10;
    /** Machine drift: start vs end calibration change above this fraction. */
    static final double DRIFT = 0.05;
    /** Vector add sizes at or above this are out of cache and must stay under the stream_add roof. */
    static final long OUT_OF_CACHE_N = Targets.VECTOR_ADD_MIN_N;

    /** The kinds of finding, in the order the Checks section lists them. */
    public enum Check {
        WRONG_OUTPUT("wrong output (lost updates)"),
        DRIFT("machine drift"),
        ABOVE_ROOF("above calibrated roof"),
        SUPERLINEAR("superlinear"),
        THREADED_AT_ONE("threaded backend slow at 1 thread"),
        SLOWER_STEADY_STATE("steady state slower than early iterations"),
        NO_STEADY_STATE("no steady state"),
        FORKS_DISAGREE("forks disagree"),
        OUTLIER("outlier iterations"),
        WIDE_INTERVAL("interval too wide"),
        SINGLE_FORK("one fork: no interval");

        public final String label;

        Check(String label) {
            this.label = label;
        }
    }

    /**
     * One finding.
     *
     * @param check    which check
     * @param subject  benchmark label (class.method), "whole run" or "N results"
     * @param params   params of the result (with threads), or empty
     * @param evidence the numbers that triggered it
     * @param cause    the likely cause and what it affects
     * @param about    the results it makes suspect (every result for a run-wide finding)
     */
    public record Finding(Check check, String subject, String params, String evidence, String cause,
                          List<Measured> about) {
    }

    private final List<Finding> findings;
    private final List<String> notRun;
    private final List<String> info;
    private final Map<Measured, List<Finding>> byMeasured;
    private final Set<String> invalidRoofs;

    private Checks(List<Finding> findings, List<String> notRun, List<String> info, Set<String> invalidRoofs) {
        this.findings = List.copyOf(findings);
        this.notRun = List.copyOf(notRun);
        this.info = List.copyOf(info);
        this.invalidRoofs = Set.copyOf(invalidRoofs);
        Map<Measured, List<Finding>> m = new IdentityHashMap<>();
        for (Finding f : findings) {
            for (Measured x : f.about()) {
                m.computeIfAbsent(x, k -> new ArrayList<>()).add(f);
            }
        }
        this.byMeasured = m;
    }

    /** Every finding, in check order. */
    public List<Finding> findings() {
        return findings;
    }

    /** Checks that could not run, and why (e.g. no iterations.json). */
    public List<String> notRun() {
        return notRun;
    }

    /** Facts about the run worth reading next to the findings (load average, steal). */
    public List<String> info() {
        return info;
    }

    /** Findings naming this result (including run-wide ones). */
    public List<Finding> of(Measured m) {
        return byMeasured.getOrDefault(m, List.of());
    }

    public boolean suspect(Measured m) {
        return byMeasured.containsKey(m);
    }

    /** Short reason list for a suspect result: the distinct check labels. */
    public String reasons(Measured... ms) {
        java.util.LinkedHashSet<String> r = new java.util.LinkedHashSet<>();
        for (Measured m : ms) {
            if (m != null) {
                for (Finding f : of(m)) {
                    r.add(f.check().label);
                }
            }
        }
        return String.join(", ", r);
    }

    /** Roofs shown invalid by a result above them, e.g. "fma_peak t=2", "stream_add t=1". */
    public boolean roofInvalid(String roof) {
        return invalidRoofs.contains(roof);
    }

    public Set<String> invalidRoofs() {
        return invalidRoofs;
    }

    static Checks run(List<Measured> measured, List<Row> rows, Calibration cal, Environment env, int cores,
                      List<IterationsFile.Fork> iterations) {
        List<Finding> out = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        List<String> info = new ArrayList<>();
        Set<String> invalid = new java.util.TreeSet<>();
        wrongOutput(measured, out);
        drift(env, measured, out, notRun, info);
        aboveRoof(measured, cal, cores, out, invalid);
        threadedAtOne(measured, out);
        steadyState(measured, iterations, out, notRun);
        for (Measured m : measured) {
            forksDisagree(m, out);
        }
        // After the checks it names as likely causes.
        superlinear(rows, cores, out);
        for (Measured m : measured) {
            outliers(m, out);
        }
        intervals(measured, out);
        out.sort(java.util.Comparator.comparing(Finding::check));
        return new Checks(out, notRun, info, invalid);
    }

    private static String params(Measured m) {
        return Format.params(m.r().params());
    }

    private static String subject(Measured m) {
        return Work.simpleName(m.cls()) + "." + m.method() + ("avgt".equals(m.mode()) ? "" : " [" + m.mode() + "]");
    }

    private static String unit(Measured m) {
        return m.r().unit();
    }

    /**
     * Wrong output by design (a record with a lostUpdates secondary metric, the racy histogram):
     * its time is not a valid result; the lost fraction is the race made visible.
     */
    private static void wrongOutput(List<Measured> measured, List<Finding> out) {
        for (Measured m : measured) {
            if (!m.wrongOutput()) {
                continue;
            }
            double lost = m.lostFraction();
            Double n = m.r().secondary().get(Measured.LOST_UPDATES);
            String time = "; time " + Format.num(m.nativeSample().mean()) + " " + unit(m);
            // None lost in this run (one thread, or no updates overlapped) is luck, not correctness:
            // say so instead of calling this run's output wrong.
            boolean noneLost = n != null && n == 0;
            out.add(new Finding(Check.WRONG_OUTPUT, subject(m), params(m),
                    (Double.isFinite(lost) ? count(n) + " of " + count(m.r().secondary().get(Measured.UPDATES))
                            + " updates lost (" + Format.percent(lost) + ")" : "lostUpdates recorded, updates unknown")
                            + time + (noneLost ? " is of output that nothing guarantees" : " is of wrong output"),
                    (noneLost ? "unsynchronised updates of shared counters: this run happened to lose none (one thread, "
                            + "or no updates overlapped), but the race can lose increments, so the variant's result "
                            + "is not trusted"
                            : "unsynchronised updates of shared counters: the race loses increments, so the result is wrong")
                            + " and its time is never used in a speedup, ranking, target or summary",
                    List.of(m)));
        }
    }

    /** A counter summed by JMH: exact, not rounded to four digits (473712345, not 473700000). */
    private static String count(double v) {
        return Double.isFinite(v) && Math.abs(v) < 1e15 ? Long.toString(Math.round(v)) : Format.num(v);
    }

    /** Start and end calibrations of the run (environment.json "drift"). */
    private static void drift(Environment env, List<Measured> measured, List<Finding> out, List<String> notRun,
                              List<String> info) {
        Environment.DriftPoint s = env.driftStart();
        Environment.DriftPoint e = env.driftEnd();
        if (s == null || e == null) {
            notRun.add("machine drift: " + (env.source() == null ? "no environment.json beside the results"
                    : "environment.json has no start and end calibration (\"drift\")"));
            return;
        }
        double fma = change(s.fmaPeakGflops(), e.fmaPeakGflops());
        double stream = change(s.streamAddGBps(), e.streamAddGBps());
        String machine = "load average (1 min) " + Format.num(s.loadAverage1m()) + " → " + Format.num(e.loadAverage1m())
                + ", CPU steal " + pct(s.stealPercent()) + " → " + pct(e.stealPercent());
        info.add("Machine during the run (one-thread calibration at start → end): fma_peak "
                + Format.num(s.fmaPeakGflops()) + " → " + Format.num(e.fmaPeakGflops()) + " GFLOP/s ("
                + signedPercent(fma) + "), stream_add " + Format.num(s.streamAddGBps()) + " → "
                + Format.num(e.streamAddGBps()) + " GB/s (" + signedPercent(stream) + "); " + machine + ".");
        boolean fmaDrift = Double.isFinite(fma) && Math.abs(fma) > DRIFT;
        boolean streamDrift = Double.isFinite(stream) && Math.abs(stream) > DRIFT;
        if (fmaDrift || streamDrift) {
            out.add(new Finding(Check.DRIFT, "whole run", "",
                    (fmaDrift ? "fma_peak (1 thread) changed " + signedPercent(fma) + " from start to end" : "")
                            + (fmaDrift && streamDrift ? "; " : "")
                            + (streamDrift ? "stream_add (1 thread) changed " + signedPercent(stream) + " from start to end" : "")
                            + " (over " + Format.percent(DRIFT) + "); " + machine,
                    "the machine's speed changed during the run (other load, CPU steal on a shared host, "
                            + "frequency or thermal limits): results measured at different times are not comparable, "
                            + "so every result is suspect; re-run on a quiet machine",
                    List.copyOf(measured)));
        }
    }

    private static double change(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && a != 0 ? (b - a) / a : Double.NaN;
    }

    private static String pct(double percent) {
        return Double.isFinite(percent) ? String.format(java.util.Locale.ROOT, "%.1f %%", percent) : "unknown";
    }

    private static String signedPercent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        return (fraction >= 0 ? "+" : "") + Format.percent(fraction);
    }

    /**
     * GFLOP/s above fma_peak (matmul, conv2d: no data placement beats the FMA units), and
     * out-of-cache vector add GB/s above stream_add, at the same thread count. Device backends
     * are left out: a GPU's roof is not the CPU's.
     */
    private static void aboveRoof(List<Measured> measured, Calibration cal, int cores, List<Finding> out,
                                  Set<String> invalid) {
        for (Measured m : measured) {
            if (m.work().isEmpty() || m.isDevice() || !Double.isFinite(m.secondsPerOp())) {
                continue;
            }
            Work w = m.work().get();
            int t = m.effectiveThreads(cores);
            String roofName;
            Double roof;
            double value;
            String unit;
            if (w.workload().equals(Work.MATMUL) || w.workload().equals(Work.CONV2D)) {
                roofName = "fma_peak t=" + t;
                roof = cal.fmaGflops().get(t);
                value = w.gflops(m.secondsPerOp());
                unit = "GFLOP/s";
            } else if (w.workload().equals(Work.VECTOR_ADD) && sizeN(m) >= OUT_OF_CACHE_N) {
                roofName = "stream_add t=" + t;
                roof = cal.streamAddGBs().get(t);
                value = w.gbytes(m.secondsPerOp());
                unit = "GB/s";
            } else {
                continue;
            }
            if (roof == null || roof <= 0 || value <= roof * ROOF) {
                continue;
            }
            invalid.add(roofName);
            out.add(new Finding(Check.ABOVE_ROOF, subject(m), params(m),
                    Format.num(value) + " " + unit + " = " + Format.percent(value / roof) + " of the calibrated "
                            + roofName + " (" + Format.num(roof) + " " + unit + ")",
                    "the calibration of this run is invalid at " + t + " thread" + (t == 1 ? "" : "s")
                            + " (too slow: e.g. it ran in an unlucky memory placement, or the JVM launch was slow), "
                            + "or this result is too fast to be true; no \"% of peak\" is computed from " + roofName,
                    List.of(m)));
        }
    }

    private static double sizeN(Measured m) {
        try {
            return Double.parseDouble(m.caseParams().get("n"));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Speedup above the usable thread count beyond its interval, or efficiency above 110 %. */
    private static void superlinear(List<Row> rows, int cores, List<Finding> out) {
        Map<Measured, List<String>> evidence = new LinkedHashMap<>();
        Map<Measured, List<Row>> bases = new IdentityHashMap<>();
        for (Row r : rows) {
            int p = r.x().threads();
            if (p < 2 || r.kind() == BaseKind.SERIAL || (r.kind() == BaseKind.BEST_SINGLE
                    && !sameAlgorithm(r.x().method(), r.base().method()))) {
                // Against a different algorithm (serial vs SIMD, blocking) more than p is no contradiction.
                continue;
            }
            int usable = cores > 0 ? Math.min(p, cores) : p;
            Ratio s = r.speedup();
            double eff = s.estimate() / p;
            boolean beyond = s.hasInterval() ? s.low() > usable : s.estimate() > usable * MAX_EFFICIENCY;
            if (beyond || eff > MAX_EFFICIENCY) {
                bases.computeIfAbsent(r.x(), k -> new ArrayList<>()).add(r);
                evidence.computeIfAbsent(r.x(), k -> new ArrayList<>()).add("speedup " + r.kind().label + " ("
                        + r.base().label() + ") " + Format.withCi(s.estimate(), s.low(), s.high()) + " at " + p
                        + " thread" + (p == 1 ? "" : "s") + (usable < p ? " on " + usable + " cores" : "")
                        + ", efficiency " + Format.percent(eff));
            }
        }
        for (Map.Entry<Measured, List<String>> e : evidence.entrySet()) {
            Measured m = e.getKey();
            // Name the findings already made on this result and on its bases: they are the usual cause.
            java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
            for (Row r : bases.getOrDefault(m, List.of())) {
                for (Finding f : out) {
                    if (f.check() != Check.WIDE_INTERVAL && f.check() != Check.SINGLE_FORK && f.check() != Check.SUPERLINEAR
                            && (f.about().contains(r.x()) || f.about().contains(r.base()))) {
                        seen.add(f.check().label + " (" + (f.about().contains(r.base()) && r.base() != m
                                ? r.base().label() : m.label()) + ")");
                    }
                }
            }
            String cause = seen.isEmpty()
                    ? "more speedup than threads: a slow or noisy base, or (rarely) a working set that fits the "
                            + "caches of more cores; the speedup and efficiency overstate the scaling"
                    : "more speedup than threads, explained by " + String.join(", ", seen)
                            + "; the speedup and efficiency overstate the scaling";
            out.add(new Finding(Check.SUPERLINEAR, subject(m), params(m), String.join("; ", e.getValue()), cause,
                    List.of(m)));
        }
    }

    /** The same backend, or a threaded backend and its single-threaded counterpart. */
    static boolean sameAlgorithm(String method, String base) {
        return method.equals(base) || base.equals(COUNTERPART.get(method));
    }

    /** The threaded backend whose one-thread run should match a single-threaded method. */
    static final Map<String, String> COUNTERPART = Map.of("simd_forkjoin", "simd", "forkjoin", "serial",
            "streams", "serial");

    private static void threadedAtOne(List<Measured> measured, List<Finding> out) {
        Map<String, Measured> single = new HashMap<>();
        for (Measured m : measured) {
            if (m.threads() == 0 && COUNTERPART.containsValue(m.method())) {
                single.put(m.cls() + "|" + m.mode() + "|" + m.caseParams() + "|" + m.method(), m);
            }
        }
        for (Measured m : measured) {
            String c = COUNTERPART.get(m.method());
            if (c == null || m.threads() != 1) {
                continue;
            }
            Measured base = single.get(m.cls() + "|" + m.mode() + "|" + m.caseParams() + "|" + c);
            if (base == null || !Double.isFinite(m.secondsPerOp()) || !Double.isFinite(base.secondsPerOp())) {
                continue;
            }
            double slower = m.secondsPerOp() / base.secondsPerOp();
            if (slower > THREADED_AT_ONE) {
                out.add(new Finding(Check.THREADED_AT_ONE, subject(m), params(m),
                        m.label() + " " + Format.plusMinus(m.nativeSample().mean(), m.nativeSample().halfWidth(), unit(m))
                                + " vs " + base.method() + " " + Format.plusMinus(base.nativeSample().mean(),
                                base.nativeSample().halfWidth(), unit(base)) + ": " + Format.num(slower) + "× slower",
                        "the threaded code path runs slower than " + base.method() + " on one thread (worse JIT "
                                + "code for the parallel kernel, or per-task overhead): every speedup of " + m.method()
                                + " against itself at 1 thread is inflated by up to " + Format.num(slower) + "×",
                        List.of(m)));
            }
        }
    }

    /** From iterations.json: warmup + measurement iterations of each fork. */
    private static void steadyState(List<Measured> measured, List<IterationsFile.Fork> iterations, List<Finding> out,
                                    List<String> notRun) {
        if (iterations == null) {
            notRun.add("steady state: no iterations.json beside the results (plain JMH JSON keeps no warmup "
                    + "iterations), so warmup and measurement iterations could not be compared");
            return;
        }
        Map<String, List<IterationsFile.Fork>> byKey = new HashMap<>();
        for (IterationsFile.Fork f : iterations) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        int without = 0;
        for (Measured m : measured) {
            List<IterationsFile.Fork> forks = byKey.get(IterationsFile.key(m.r().benchmark(), m.mode(), m.r().params()));
            if (forks == null) {
                without++;
                continue;
            }
            // Rates (higher is better) are compared as times: 1/rate.
            boolean rate = m.higherBetter();
            List<String> slower = new ArrayList<>();
            double worstSlower = 0;
            List<String> unsteady = new ArrayList<>();
            for (IterationsFile.Fork f : forks) {
                double[] meas = asTimes(f.measurement(), rate);
                double[] warm = asTimes(f.warmup(), rate);
                if (meas.length == 0) {
                    continue;
                }
                double mean = Arrays.stream(meas).average().getAsDouble();
                if (warm.length > 0) {
                    int fastest = 0;
                    for (int i = 1; i < warm.length; i++) {
                        if (warm[i] < warm[fastest]) {
                            fastest = i;
                        }
                    }
                    double factor = mean / warm[fastest];
                    if (factor > SLOWER_STEADY) {
                        worstSlower = Math.max(worstSlower, factor);
                        slower.add("fork " + f.fork() + ": warmup iteration " + (fastest + 1) + " "
                                + Format.num(f.warmup()[fastest]) + " " + unit(m) + ", measurement mean "
                                + Format.num(rate ? 1 / mean : mean) + " " + unit(m) + " (" + Format.num(factor) + "× slower)");
                    }
                }
                if (meas.length >= 2) {
                    int h = meas.length / 2;
                    double first = Arrays.stream(meas, 0, h).average().getAsDouble();
                    double second = Arrays.stream(meas, meas.length - h, meas.length).average().getAsDouble();
                    double trend = (second - first) / mean;
                    double cv = Math.sqrt(Arrays.stream(meas).map(v -> (v - mean) * (v - mean)).sum()
                            / (meas.length - 1)) / mean;
                    if (Math.abs(trend) > TREND || cv > SWING) {
                        unsteady.add("fork " + f.fork() + ": measurement iterations " + list(f.measurement())
                                + " " + unit(m) + (Math.abs(trend) > TREND ? " (second half " + signedPercent(trend)
                                + " " + (trend > 0 ? "slower" : "faster") + " than the first)" : "")
                                + (cv > SWING ? " (coefficient of variation " + Format.percent(cv) + ")" : ""));
                    }
                }
            }
            if (!slower.isEmpty()) {
                out.add(new Finding(Check.SLOWER_STEADY_STATE, subject(m), params(m),
                        "in " + slower.size() + " of " + forks.size() + " forks: " + String.join("; ", first(slower, 3)),
                        "early iterations ran up to " + Format.num(worstSlower) + "× faster than the steady state: the "
                                + "JIT replaced good code with worse code (look for deoptimisation and recompilation "
                                + "with -XX:+PrintCompilation); the result measures the worse code",
                        List.of(m)));
            }
            if (!unsteady.isEmpty()) {
                out.add(new Finding(Check.NO_STEADY_STATE, subject(m), params(m),
                        "in " + unsteady.size() + " of " + forks.size() + " forks: " + String.join("; ", first(unsteady, 3)),
                        "the measurement iterations had not settled (JIT still compiling, GC, frequency changes or "
                                + "other load): more warmup iterations, or a quieter machine",
                        List.of(m)));
            }
        }
        if (without > 0) {
            notRun.add("steady state: iterations.json has no entry for " + without + " of " + measured.size()
                    + " results (they were not checked)");
        }
    }

    private static double[] asTimes(double[] v, boolean rate) {
        return Arrays.stream(v).filter(x -> Double.isFinite(x) && x > 0).map(x -> rate ? 1 / x : x).toArray();
    }

    private static List<String> first(List<String> l, int n) {
        if (l.size() <= n) {
            return l;
        }
        List<String> r = new ArrayList<>(l.subList(0, n));
        r.add("…");
        return r;
    }

    private static String list(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (i >= 8) {
                sb.append("…");
                break;
            }
            sb.append(Format.num(v[i]));
        }
        return sb.append(']').toString();
    }

    /**
     * Between-fork spread far above within-fork spread: the one-way ANOVA ratio
     * F = var(fork means) / (within-fork variance / iterations per fork) above {@link #FORK_F},
     * with the fork means spread over more than {@link #FORK_RANGE} of the mean.
     */
    private static void forksDisagree(Measured m, List<Finding> out) {
        var s = m.nativeSample();
        if (s.n() < 2) {
            return;
        }
        double[] fm = s.forkMeans();
        double min = Arrays.stream(fm).min().getAsDouble();
        double max = Arrays.stream(fm).max().getAsDouble();
        double range = (max - min) / Math.abs(s.mean());
        double within = s.withinForkVariance();
        double perFork = (double) s.iterations() / s.n();
        double f = within > 0 ? s.variance() / (within / perFork) : Double.POSITIVE_INFINITY;
        if (range > FORK_RANGE && f > FORK_F && Double.isFinite(s.variance()) && !Double.isNaN(within)) {
            out.add(new Finding(Check.FORKS_DISAGREE, subject(m), params(m),
                    "fork means " + list(fm) + " " + unit(m) + " (spread " + Format.percent(range) + " of the mean); "
                            + "within-fork SD " + Format.num(Math.sqrt(within)) + " " + unit(m) + "; between/within ratio F = "
                            + (Double.isFinite(f) ? Format.num(f) : "∞"),
                    "each JVM launch settled in a different state (JIT decisions, memory placement, huge pages, "
                            + "other load at that minute): the result is bimodal, its mean describes no single run; "
                            + "more forks show how often each state occurs",
                    List.of(m)));
        }
    }

    /** Iterations more than 3× the median (times) or under a third of it (rates). */
    private static void outliers(Measured m, List<Finding> out) {
        double[] all = m.nativeSample().iterationValues();
        if (all.length < 3) {
            return;
        }
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        if (!(median > 0)) {
            return;
        }
        List<String> hits = new ArrayList<>();
        for (int f = 0; f < m.nativeSample().n(); f++) {
            double[] it = m.nativeSample().fork(f);
            for (int i = 0; i < it.length; i++) {
                boolean bad = m.higherBetter() ? it[i] < median / OUTLIER : it[i] > median * OUTLIER;
                if (bad) {
                    hits.add("fork " + (f + 1) + " iteration " + (i + 1) + ": " + Format.num(it[i]));
                }
            }
        }
        if (!hits.isEmpty()) {
            out.add(new Finding(Check.OUTLIER, subject(m), params(m),
                    String.join("; ", first(hits, 4)) + " " + unit(m) + " vs median " + Format.num(median) + " " + unit(m)
                            + " (" + (m.higherBetter() ? "under 1/" : "over ") + Format.num(OUTLIER) + "×)",
                    "a pause inside the iteration (GC, JIT deoptimisation, another process, a page-fault storm): "
                            + "it shifts the mean and widens the interval",
                    List.of(m)));
        }
    }

    /** Half-width above 10 % of the mean; results with a single fork have no interval at all. */
    private static void intervals(List<Measured> measured, List<Finding> out) {
        List<Measured> single = new ArrayList<>();
        for (Measured m : measured) {
            var s = m.nativeSample();
            if (s.n() < 2) {
                single.add(m);
                continue;
            }
            double rel = s.halfWidth() / Math.abs(s.mean());
            if (rel > WIDE) {
                out.add(new Finding(Check.WIDE_INTERVAL, subject(m), params(m),
                        Format.plusMinus(s.mean(), s.halfWidth(), unit(m)) + " (95 % CI over " + s.n()
                                + " fork means): half-width " + Format.percent(rel) + " of the mean",
                        "too few forks for the fork-to-fork variation (t(" + (s.n() - 1) + ") = "
                                + Format.num(parbench.plot.stats.Sample.tQuantile(s.n() - 1))
                                + "): the result supports no claim finer than ±" + Format.percent(rel) + "; run more forks",
                        List.of(m)));
            }
        }
        if (!single.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Measured m : single.subList(0, Math.min(6, single.size()))) {
                names.add(subject(m) + (m.r().params().isEmpty() ? "" : " " + params(m)));
            }
            out.add(new Finding(Check.SINGLE_FORK, single.size() == 1 ? subject(single.get(0)) : single.size() + " results",
                    single.size() == 1 ? params(single.get(0)) : "",
                    (single.size() == 1 ? "" : String.join("; ", names) + (single.size() > names.size() ? "; …" : "") + ": ")
                            + "one fork each, so no interval and no speedup interval",
                    "iterations inside one JVM are not independent samples; only several forks (-f) give an "
                            + "interval that means what it says",
                    Collections.unmodifiableList(single)));
        }
    }
}
