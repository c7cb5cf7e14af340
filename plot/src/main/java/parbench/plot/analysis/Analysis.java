package parbench.plot.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Environment;
import parbench.plot.model.PairedSpeedups;
import parbench.plot.model.ResultFormatException;
import parbench.plot.stats.AmdahlFit;
import parbench.plot.stats.GustafsonFit;
import parbench.plot.stats.Ratio;
import parbench.plot.analysis.checks.Checks;
import parbench.plot.analysis.checks.Finding;

/**
 * All calculations of a report, computed once from parsed records and the environment:
 * speedup and efficiency rows (with Fieller CIs), scaling series with Amdahl fits, the
 * calibration roofs, targets and what is missing. Writers only format what is here.
 */
public final class Analysis {

    /**
     * Base of a ratio: the serial method of the same class and params, the same backend at one
     * thread, or the fastest single-thread result of the case (the honest base for "how much
     * faster": a slow one-thread run of a threaded backend inflates its speedup against itself).
     */
    public enum BaseKind {
        SERIAL("vs serial"), SELF("vs same backend at 1 thread"), BEST_SINGLE("vs best single-thread backend");

        public final String label;

        BaseKind(String label) {
            this.label = label;
        }
    }

    /**
     * One ratio. {@code efficiency} is null for backends without a {@code threads} param.
     * For weak scaling the self speedup is scaled by size(p)/size(1) (work per time ratio).
     */
    public record Row(Measured x, Measured base, BaseKind kind, Ratio speedup, Ratio efficiency,
                      double karpFlatt, boolean oversubscribed, String scaling) {
    }

    /**
     * One backend's measurements over thread counts, with its Amdahl fit (self-relative) and, for
     * weak scaling, its Gustafson fit (NaN for strong scaling).
     */
    public record Series(String cls, String mode, String method, SortedMap<String, String> fixedParams,
                         boolean weak, List<Measured> points, AmdahlFit fit, List<Integer> excluded,
                         GustafsonFit gustafson) {

        public String label() {
            return Work.simpleName(cls) + "." + method + (fixedParams.isEmpty() ? "" : " " + Format.params(fixedParams))
                    + (weak && !WeakScaling.declared(fixedParams) ? " (weak scaling)" : "") + ("avgt".equals(mode) ? "" : " [" + mode + "]");
        }

        /** Chart/grouping key: the case without the method. */
        public String caseKey() {
            return Work.simpleName(cls) + (fixedParams.isEmpty() ? "" : " " + Format.params(fixedParams))
                    + (weak && !WeakScaling.declared(fixedParams) ? " (weak scaling)" : "") + ("avgt".equals(mode) ? "" : " [" + mode + "]");
        }
    }

    /**
     * Status of a target; SUSPECT: the measurement it rests on failed a check; IMPRECISE: it passed
     * them, but its interval is too wide (or absent) to rest a claim on.
     */
    public enum Status {
        MET("met"), NOT_MET("not met"), SUSPECT("not met"), IMPRECISE("not met"), NO_DATA("no data");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    /**
     * A target. {@code suspect} lists the checks the measurement failed (status SUSPECT), else empty.
     */
    public record Target(String name, String measured, String target, Status status, String detail, String suspect) {

        public Target(String name, String measured, String target, Status status, String detail) {
            this(name, measured, target, status, detail, "");
        }

        /** "met", "not met", "no data", "not met (suspect: …)" or "not met (imprecise: …)". */
        public String statusLabel() {
            return status == Status.SUSPECT ? "not met (suspect: " + suspect + ")"
                    : status == Status.IMPRECISE ? "not met (imprecise: " + suspect + ")" : status.label;
        }
    }

    /** Something the reader should know is not in the report, and why. */
    public record Missing(String what, String reason) {
    }

    /** Calibrated roofs per thread count: best fma_peak GFLOP/s, best stream_add GB/s (largest n). */
    /**
     * The calibrated roofs per thread count, and the relative 95 % half-width of each (a roof is a
     * measurement too: a result is above it only beyond both intervals).
     */
    public record Calibration(SortedMap<Integer, Double> fmaGflops, SortedMap<Integer, Double> streamAddGBs,
                              SortedMap<Integer, Double> fmaRelativeHalfWidth,
                              SortedMap<Integer, Double> streamAddRelativeHalfWidth) {
        public boolean present() {
            return !fmaGflops.isEmpty() || !streamAddGBs.isEmpty();
        }
    }

    private final List<Path> inputs;
    private final Environment env;
    private final List<Measured> measured;
    private final List<Row> rows;
    private final List<Series> series;
    private final Calibration calibration;
    private final List<Target> targets;
    private final List<Missing> missing;
    private final List<String> notes;
    private final Checks checks;
    private final TimeIntervals times;
    private final List<SummaryRow> summary;
    /** The rows whose speedup vs the best single-thread result came from speedups.json, by their result. */
    private final Map<Measured, PairedSpeedups.Entry> paired;

    /**
     * One line of the report's first screen: in one case at one thread count, the fastest
     * result, its speedups over serial and over the best single-thread result (null when there
     * is none or it is that result), its efficiency against the best single-thread result, and
     * how many findings name the results involved.
     */
    public record SummaryRow(String caseLabel, String threads, Measured fastest, Row vsSerial, Measured bestSingle,
                             Row vsBest, Ratio efficiency, int findings, String suspect) {
    }

    private Analysis(List<Path> inputs, Environment env, List<Measured> measured, List<Row> rows,
                     List<Series> series, Calibration calibration, List<Target> targets,
                     List<Missing> missing, List<String> notes, Checks checks, List<SummaryRow> summary,
                     Map<Measured, PairedSpeedups.Entry> paired) {
        this.paired = paired;
        this.times = TimeIntervals.of(measured, env);
        this.checks = checks;
        this.summary = summary;
        this.inputs = inputs;
        this.env = env;
        this.measured = measured;
        this.rows = rows;
        this.series = series;
        this.calibration = calibration;
        this.targets = targets;
        this.missing = missing;
        this.notes = notes;
    }

    public List<Path> inputs() {
        return inputs;
    }

    public Environment environment() {
        return env;
    }

    /** The 95 % half-width of a result's time that a re-run would see ({@link TimeIntervals}); NaN for one fork. */
    public double timeHalfWidth(Measured m) {
        return times.halfWidth(m);
    }

    public List<Measured> measured() {
        return measured;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Series> series() {
        return series;
    }

    public Calibration calibration() {
        return calibration;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<Missing> missing() {
        return missing;
    }

    public List<String> notes() {
        return notes;
    }

    /** What the report found wrong with its own numbers. */
    public Checks checks() {
        return checks;
    }

    /**
     * The paired measurement (speedups.json) that {@code x}'s speedup vs the best single-thread
     * result comes from, if it does; otherwise that speedup is the ratio of the fork means.
     */
    public Optional<PairedSpeedups.Entry> paired(Measured x) {
        return Optional.ofNullable(paired.get(x));
    }

    /** The first screen: fastest result per case and thread count. */
    public List<SummaryRow> summary() {
        return summary;
    }

    /** "partial: interrupted after N of M forks" when environment.json says the run did not finish. */
    public Optional<String> partial() {
        Environment.RunInfo r = env.run();
        if (r == null || !r.partial()) {
            return Optional.empty();
        }
        return Optional.of("partial: interrupted after " + (r.completed() >= 0 ? r.completed() : "?") + " of "
                + (r.planned() >= 0 ? r.planned() : "?") + " forks");
    }

    /** A measured rate as a fraction of the calibrated roof at the same thread count. */
    public record PeakFraction(double fraction, String roof) {
    }

    /**
     * Fraction of measured peak for matmul/conv2d (GFLOP/s over fma_peak) and vector add (GB/s
     * over stream_add), at the record's effective thread count; empty when not applicable.
     */
    public Optional<PeakFraction> peakFraction(Measured m) {
        if (m.work().isEmpty() || !Double.isFinite(m.secondsPerOp())) {
            return Optional.empty();
        }
        Work w = m.work().get();
        int t = m.effectiveThreads(cores());
        switch (w.workload()) {
            case Work.MATMUL:
            case Work.CONV2D: {
                // A roof some result exceeded is no roof: no fraction of it is computed.
                Double peak = checks != null && checks.roofInvalid("fma_peak t=" + t) ? null : calibration.fmaGflops().get(t);
                return peak == null ? Optional.empty()
                        : Optional.of(new PeakFraction(w.gflops(m.secondsPerOp()) / peak, "fma_peak t=" + t));
            }
            case Work.VECTOR_ADD: {
                Double peak = checks != null && checks.roofInvalid("stream_add t=" + t) ? null : calibration.streamAddGBs().get(t);
                return peak == null ? Optional.empty()
                        : Optional.of(new PeakFraction(w.gbytes(m.secondsPerOp()) / peak, "stream_add t=" + t));
            }
            default:
                return Optional.empty();
        }
    }

    /** Core count, 0 when unknown. */
    public int cores() {
        return env.cores();
    }

    /** True when the input holds this harness's benchmarks (targets and missing-backend lists apply). */
    public boolean isHarnessRun() {
        return measured.stream().anyMatch(m -> !Work.workloadOf(m.cls()).isEmpty());
    }

    /**
     * Runs every calculation.
     *
     * @throws ResultFormatException mixed units for one benchmark, or no base to compare against
     */
    public static Analysis of(List<Path> inputs, List<BenchmarkResult> records, Environment env)
            throws ResultFormatException {
        return of(inputs, records, env, null);
    }

    /**
     * Runs every calculation, with the warmup and measurement iterations of iterations.json
     * ({@code iterations} null when there is none: the steady-state check then does not run).
     */
    public static Analysis of(List<Path> inputs, List<BenchmarkResult> records, Environment env,
                              List<parbench.plot.model.IterationsFile.Fork> iterations) throws ResultFormatException {
        return of(inputs, records, env, iterations, null);
    }

    /**
     * Runs every calculation, scaling over {@code scalingParam} (null: the threads param, or JMH's
     * own thread count where one benchmark ran at several; {@link ScalingAxis}).
     */
    public static Analysis of(List<Path> inputs, List<BenchmarkResult> records, Environment env,
                              List<parbench.plot.model.IterationsFile.Fork> iterations, String scalingParam)
            throws ResultFormatException {
        return of(inputs, records, env, iterations, scalingParam, null);
    }

    /**
     * Runs every calculation; the speedups vs the best single-thread result that {@code paired}
     * (speedups.json, null when none) measured come from it instead of the fork means.
     */
    public static Analysis of(List<Path> inputs, List<BenchmarkResult> records, Environment env,
                              List<parbench.plot.model.IterationsFile.Fork> iterations, String scalingParam,
                              List<PairedSpeedups.Entry> pairedEntries) throws ResultFormatException {
        List<String> notes = new ArrayList<>();
        records = ScalingAxis.apply(records, scalingParam, notes);
        checkUnits(records);
        // Deduplicate (benchmark, mode, params): the first file given wins, later ones are noted.
        Map<String, Measured> byKey = new LinkedHashMap<>();
        for (BenchmarkResult r : records) {
            String key = parbench.plot.model.IterationsFile.key(r.benchmark(), r.mode(), r.params());
            if (byKey.containsKey(key)) {
                notes.add("Duplicate result " + r.benchmark() + " " + Format.params(r.params()) + " [" + r.mode()
                        + "] in " + r.source() + " ignored; the one from " + byKey.get(key).r().source() + " is used.");
                continue;
            }
            byKey.put(key, Measured.of(r));
        }
        List<Measured> measured = new ArrayList<>(byKey.values());
        int cores = env.cores();
        if (cores <= 0) {
            notes.add("Core count unknown (no environment.json and no --cores): no thread count is marked "
                    + "oversubscribed and the Amdahl fits use every thread count.");
        }

        // Wrong output (the racy histogram) is shown, flagged, but never compared with anything.
        List<Measured> valid = measured.stream().filter(m -> !m.wrongOutput()).collect(java.util.stream.Collectors.toList());
        List<Series> series = ScalingSeries.build(valid, cores);
        List<Row> rows = new ArrayList<>();
        for (Series s : series) {
            rows.addAll(selfRows(s, cores));
        }
        rows.addAll(serialRows(valid, cores, series));
        Map<String, Measured> best = bestSingle(valid, cores);
        Map<Measured, PairedSpeedups.Entry> paired = new java.util.IdentityHashMap<>();
        rows.addAll(bestSingleRows(valid, cores, series, best, pairedEntries, paired));
        if (pairedEntries != null && paired.size() < pairedEntries.size()) {
            notes.add((pairedEntries.size() - paired.size()) + " of " + pairedEntries.size() + " paired speedups in "
                    + PairedSpeedups.NAME + " match no result and its best single-thread result here; "
                    + "those speedups are the ratios of the fork means.");
        }
        if (!measured.isEmpty() && rows.isEmpty()) {
            // e.g. a tuning sweep at one thread count: times and rates are still worth a report.
            notes.add("No base to compare against: there is no 'serial' method and no result with param "
                    + "threads=1, so no speedup or efficiency is computed; times and rates are reported.");
        }
        Map<Measured, String> caseLabels = new java.util.IdentityHashMap<>();
        for (Measured m : measured) {
            caseLabels.put(m, m.caseLabel());
        }
        rows.sort(Comparator.comparing((Row r) -> caseLabels.get(r.x()), Format.NATURAL).thenComparing(r -> r.kind())
                .thenComparing(r -> r.x().method()).thenComparingInt(r -> r.x().threads()));
        Calibration cal = CalibrationRoofs.of(measured);
        List<Missing> missing = Coverage.missing(measured, env);
        Checks checks = Checks.run(measured, rows, cal, env, cores, iterations);
        List<SummaryRow> summary = summary(valid, rows, best, checks, cores);
        Analysis a = new Analysis(List.copyOf(inputs), env, measured, rows, series, cal, List.of(), missing, notes,
                checks, summary, paired);
        List<Target> targets = a.isHarnessRun() ? Targets.evaluate(a) : List.of();
        return new Analysis(List.copyOf(inputs), env, measured, rows, series, cal, targets, missing, notes, checks,
                summary, paired);
    }

    private static String key(Measured m) {
        return parbench.plot.model.IterationsFile.key(m.r().benchmark(), m.mode(), m.r().params());
    }

    private static String caseKey(Measured m) {
        return m.cls() + "|" + m.mode() + "|" + m.caseParams();
    }

    /**
     * A result that runs on one thread: threads=1, or (this harness's classes) a method without
     * a threads param that is not a device backend, or a method named serial. Other projects'
     * methods without a threads param may parallelise inside, so they are not counted.
     */
    static boolean singleThread(Measured m) {
        if (m.threads() == 1 || (m.threads() == 0 && m.method().equals("serial"))) {
            return true;
        }
        return m.threads() == 0 && !m.isDevice() && !Work.workloadOf(m.cls()).isEmpty();
    }

    /** Case key → the fastest single-thread result of the case (kernel-only timings left out). */
    private static Map<String, Measured> bestSingle(List<Measured> measured, int cores) {
        Map<String, Measured> best = new HashMap<>();
        for (Measured m : measured) {
            if (!singleThread(m) || m.method().endsWith("_kernel_only") || !Double.isFinite(m.sample().mean())) {
                continue;
            }
            best.merge(caseKey(m), m, (a, b) -> faster(b, a) ? b : a);
        }
        return best;
    }

    /** True when x is faster than y (both in one case, so one direction). */
    static boolean faster(Measured x, Measured y) {
        return x.higherBetter() ? x.sample().mean() > y.sample().mean() : x.sample().mean() < y.sample().mean();
    }

    private static List<Row> bestSingleRows(List<Measured> measured, int cores, List<Series> series,
                                            Map<String, Measured> best, List<PairedSpeedups.Entry> pairedEntries,
                                            Map<Measured, PairedSpeedups.Entry> used) {
        Map<String, PairedSpeedups.Entry> byKey = new HashMap<>();
        if (pairedEntries != null) {
            pairedEntries.forEach(e -> byKey.put(e.key(), e));
        }
        Map<Measured, String> scaling = new java.util.IdentityHashMap<>();
        for (Series s : series) {
            for (Measured p : s.points()) {
                scaling.put(p, s.weak() ? "weak" : "strong");
            }
        }
        List<Row> out = new ArrayList<>();
        for (Measured m : measured) {
            Measured base = best.get(caseKey(m));
            if (base == null || base == m || !comparable(m, base)) {
                continue;
            }
            Ratio sp = speedup(m, base);
            PairedSpeedups.Entry pe = byKey.get(key(m));
            if (pe != null && pe.baseKey().equals(key(base))) {
                sp = pe.speedup(); // both sides in one JVM, the base on every CPU: the machine's swings cancel
                used.put(m, pe);
            } else if (WeakScaling.declared(m.caseParams())) {
                sp = sp.times(ScalingSeries.sizeRatio(m, base)); // scaled: work per time against the base's
            }
            boolean threaded = m.threads() > 0;
            // No Karp–Flatt here: against another algorithm a "serial fraction" means nothing.
            out.add(new Row(m, base, BaseKind.BEST_SINGLE, sp, threaded ? sp.times(1.0 / m.threads()) : null,
                    Double.NaN,
                    threaded && cores > 0 && m.threads() > cores, scaling.getOrDefault(m, "-")));
        }
        return out;
    }

    /** Summary: per case (harness workloads first), per thread count, the fastest result. */
    private static List<SummaryRow> summary(List<Measured> measured, List<Row> rows, Map<String, Measured> best,
                                            Checks checks, int cores) {
        Map<Measured, Row> vsSerial = new java.util.IdentityHashMap<>();
        Map<Measured, Row> vsBest = new java.util.IdentityHashMap<>();
        for (Row r : rows) {
            if (r.kind() == BaseKind.SERIAL) {
                vsSerial.put(r.x(), r);
            } else if (r.kind() == BaseKind.BEST_SINGLE) {
                vsBest.put(r.x(), r);
            }
        }
        // case label → thread key → fastest
        Map<String, TreeMap<Integer, Measured>> fastest = new TreeMap<>(Format.NATURAL);
        for (Measured m : measured) {
            String w = Work.workloadOf(m.cls());
            if (w.equals("calibration") || m.method().endsWith("_kernel_only") || !Double.isFinite(m.sample().mean())) {
                continue;
            }
            int t = m.isDevice() ? Integer.MAX_VALUE : Math.max(1, m.threads());
            String key = Work.rank(w) + " " + m.caseLabel(); // one digit and a space: cut off below
            fastest.computeIfAbsent(key, k -> new TreeMap<>()).merge(t, m, (a, b) -> faster(b, a) ? b : a);
        }
        List<SummaryRow> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, Measured>> c : fastest.entrySet()) {
            for (Map.Entry<Integer, Measured> e : c.getValue().entrySet()) {
                Measured m = e.getValue();
                int t = e.getKey();
                String threads = t == Integer.MAX_VALUE ? "device" : t + (cores > 0 && t > cores ? " (oversubscribed)" : "");
                Row s = vsSerial.get(m);
                Measured b = best.get(caseKey(m));
                Row vb = vsBest.get(m);
                Ratio eff = null;
                if (b == m) {
                    eff = new Ratio(1, Double.NaN, Double.NaN);
                } else if (vb != null && t != Integer.MAX_VALUE) {
                    eff = vb.speedup().times(1.0 / t);
                }
                java.util.Set<Finding> fs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                fs.addAll(checks.of(m));
                if (s != null) {
                    fs.addAll(checks.of(s.base()));
                }
                if (b != null) {
                    fs.addAll(checks.of(b));
                }
                out.add(new SummaryRow(c.getKey().substring(2), threads, m, s, b, vb, eff, fs.size(),
                        checks.caveats(m, s == null ? null : s.base(), b)));
            }
        }
        return out;
    }

    /** One benchmark in one mode must have one unit: otherwise ratios would silently mix scales. */
    private static void checkUnits(List<BenchmarkResult> records) throws ResultFormatException {
        Map<String, BenchmarkResult> first = new HashMap<>();
        for (BenchmarkResult r : records) {
            BenchmarkResult f = first.putIfAbsent(r.benchmark() + "|" + r.mode(), r);
            if (f != null && !f.unit().equals(r.unit())) {
                throw new ResultFormatException(Path.of(r.source()), "mixed units for one benchmark: "
                        + r.benchmark() + " [" + r.mode() + "] is in '" + r.unit() + "' here but in '" + f.unit()
                        + "' in " + f.source() + "; re-run with one -tu or report the files separately");
            }
        }
    }

    private static List<Row> selfRows(Series s, int cores) {
        List<Row> out = new ArrayList<>();
        Optional<Measured> one = s.points().stream().filter(p -> p.threads() == 1).findFirst();
        if (one.isEmpty()) {
            return out;
        }
        Measured base = one.get();
        for (Measured p : s.points()) {
            if (!comparable(p, base)) {
                continue;
            }
            Ratio sp = speedup(p, base);
            if (s.weak()) {
                sp = sp.times(ScalingSeries.sizeRatio(p, base));
            }
            out.add(new Row(p, base, BaseKind.SELF, sp, sp.times(1.0 / p.threads()),
                    AmdahlFit.karpFlatt(sp.estimate(), p.threads()), cores > 0 && p.threads() > cores,
                    s.weak() ? "weak" : "strong"));
        }
        return out;
    }

    private static List<Row> serialRows(List<Measured> measured, int cores, List<Series> series) {
        Map<String, Measured> serial = new HashMap<>();
        for (Measured m : measured) {
            if (m.method().equals("serial")) {
                serial.put(m.cls() + "|" + m.mode() + "|" + m.caseParams(), m);
            }
        }
        Map<Measured, String> scaling = new java.util.IdentityHashMap<>();
        for (Series s : series) {
            for (Measured p : s.points()) {
                scaling.put(p, s.weak() ? "weak" : "strong");
            }
        }
        List<Row> out = new ArrayList<>();
        for (Measured m : measured) {
            Measured base = serial.get(m.cls() + "|" + m.mode() + "|" + m.caseParams());
            if (base == null || base == m || !comparable(m, base)) {
                continue;
            }
            Ratio sp = speedup(m, base);
            boolean threaded = m.threads() > 0;
            out.add(new Row(m, base, BaseKind.SERIAL, sp, threaded ? sp.times(1.0 / m.threads()) : null,
                    threaded ? AmdahlFit.karpFlatt(sp.estimate(), m.threads()) : Double.NaN,
                    threaded && cores > 0 && m.threads() > cores, scaling.getOrDefault(m, "-")));
        }
        return out;
    }

    /** Same kind of canonical unit (both times or both rates or the same custom unit). */
    private static boolean comparable(Measured a, Measured b) {
        return parbench.plot.model.Units.canonicalUnit(a.r().unit())
                .equals(parbench.plot.model.Units.canonicalUnit(b.r().unit()));
    }

    /**
     * S = T_base/T for times, R/R_base for rates: a ratio of means with Fieller's CI. A result
     * against itself (the 1-thread point of a speedup-vs-itself series) is exactly 1: Fieller's
     * interval assumes two independent samples and would draw a spread that is not there.
     */
    static Ratio speedup(Measured x, Measured base) {
        if (x == base) {
            return new Ratio(1, 1, 1);
        }
        return x.higherBetter() ? Ratio.fieller(x.sample(), base.sample()) : Ratio.fieller(base.sample(), x.sample());
    }
}
