package parbench.plot.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import parbench.plot.analysis.checks.Checks;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;
import parbench.plot.model.PairedSpeedups;
import parbench.plot.model.ResultFormatException;
import parbench.plot.stats.Ratio;

/**
 * All calculations of a report, computed once from parsed records and the environment:
 * speedup and efficiency rows (with Fieller CIs), scaling series with Amdahl fits, the
 * calibration roofs, targets and what is missing. Writers only format what is here.
 */
public final class Analysis {

    /**
     * One line of the report's first screen: in one case at one thread count, the fastest
     * result, its speedups over serial and over the best single-thread result (null when there
     * is none or it is that result), its efficiency against the best single-thread result, and
     * how many findings name the results involved.
     */
    public record SummaryRow(String caseLabel, String threads, Measured fastest, Row vsSerial, Measured bestSingle,
                             Row vsBest, Ratio efficiency, int findings, String suspect) {
    }

    private final List<Path> inputs;
    private final Environment env;
    private final List<Measured> measured;
    private final List<Row> rows;
    private final List<Series> series;
    private final Calibration calibration;
    private final List<Missing> missing;
    private final List<String> notes;
    private final Checks checks;
    private final List<SummaryRow> summary;
    /** The rows whose speedup vs the best single-thread result came from speedups.json, by their result. */
    private final Map<Measured, PairedSpeedups.Entry> paired;
    private final TimeIntervals times;
    private final List<Target> targets;

    private Analysis(List<Path> inputs, Environment env, List<Measured> measured, List<Row> rows,
                     List<Series> series, Calibration calibration, List<Missing> missing, List<String> notes,
                     Checks checks, List<SummaryRow> summary, Map<Measured, PairedSpeedups.Entry> paired) {
        this.inputs = List.copyOf(inputs);
        this.env = env;
        this.measured = measured;
        this.rows = rows;
        this.series = series;
        this.calibration = calibration;
        this.missing = missing;
        this.notes = notes;
        this.checks = checks;
        this.summary = summary;
        this.paired = paired;
        this.times = TimeIntervals.of(measured, env);
        // Last: the targets read everything above.
        this.targets = isHarnessRun() ? Targets.evaluate(this) : List.of();
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
        String roof;
        Double peak;
        double rate;
        switch (w.workload()) {
            case Work.MATMUL:
            case Work.CONV2D:
                roof = "fma_peak t=" + t;
                peak = calibration.fmaGflops().get(t);
                rate = w.gflops(m.secondsPerOp());
                break;
            case Work.VECTOR_ADD:
                roof = "stream_add t=" + t;
                peak = calibration.streamAddGBs().get(t);
                rate = w.gbytes(m.secondsPerOp());
                break;
            default:
                return Optional.empty();
        }
        // A roof some result exceeded is no roof: no fraction of it is computed.
        return peak == null || checks.roofInvalid(roof) ? Optional.empty()
                : Optional.of(new PeakFraction(rate / peak, roof));
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
                              List<IterationsFile.Fork> iterations) throws ResultFormatException {
        return of(inputs, records, env, iterations, null);
    }

    /**
     * Runs every calculation, scaling over {@code scalingParam} (null: the threads param, or JMH's
     * own thread count where one benchmark ran at several; {@link ScalingAxis}).
     */
    public static Analysis of(List<Path> inputs, List<BenchmarkResult> records, Environment env,
                              List<IterationsFile.Fork> iterations, String scalingParam)
            throws ResultFormatException {
        return of(inputs, records, env, iterations, scalingParam, null);
    }

    /**
     * Runs every calculation; the speedups vs the best single-thread result that {@code paired}
     * (speedups.json, null when none) measured come from it instead of the fork means.
     */
    public static Analysis of(List<Path> inputs, List<BenchmarkResult> records, Environment env,
                              List<IterationsFile.Fork> iterations, String scalingParam,
                              List<PairedSpeedups.Entry> pairedEntries) throws ResultFormatException {
        List<String> notes = new ArrayList<>();
        records = ScalingAxis.apply(records, scalingParam, notes);
        checkUnits(records);
        List<Measured> measured = deduplicated(records, notes);
        int cores = env.cores();
        if (cores <= 0) {
            notes.add("Core count unknown (no environment.json and no --cores): no thread count is marked "
                    + "oversubscribed and the Amdahl fits use every thread count.");
        }

        // Wrong output (the racy histogram) is shown, flagged, but never compared with anything.
        List<Measured> valid = measured.stream().filter(m -> !m.wrongOutput()).collect(Collectors.toList());
        List<Series> series = ScalingSeries.build(valid, cores);
        List<Row> rows = new ArrayList<>();
        for (Series s : series) {
            rows.addAll(SpeedupRows.vsSelf(s, cores));
        }
        rows.addAll(SpeedupRows.vsSerial(valid, cores, series));
        Map<String, Measured> best = SpeedupRows.bestSingle(valid);
        Map<Measured, PairedSpeedups.Entry> paired = new IdentityHashMap<>();
        rows.addAll(SpeedupRows.vsBestSingle(valid, cores, series, best, pairedEntries, paired));
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
        Map<Measured, String> caseLabels = new IdentityHashMap<>();
        for (Measured m : measured) {
            caseLabels.put(m, m.caseLabel());
        }
        rows.sort(Comparator.comparing((Row r) -> caseLabels.get(r.x()), Format.NATURAL).thenComparing(r -> r.kind())
                .thenComparing(r -> r.x().method()).thenComparingInt(r -> r.x().threads()));
        Calibration cal = CalibrationRoofs.of(measured);
        List<Missing> missing = Coverage.missing(measured, env);
        Checks checks = Checks.run(measured, rows, cal, env, cores, iterations);
        List<SummaryRow> summary = Summary.of(valid, rows, best, checks, cores);
        return new Analysis(inputs, env, measured, rows, series, cal, missing, notes, checks, summary, paired);
    }

    /** One result per (benchmark, mode, params): the first file given wins, later ones are noted. */
    private static List<Measured> deduplicated(List<BenchmarkResult> records, List<String> notes) {
        Map<String, Measured> byKey = new LinkedHashMap<>();
        for (BenchmarkResult r : records) {
            String key = IterationsFile.key(r.benchmark(), r.mode(), r.params());
            if (byKey.containsKey(key)) {
                notes.add("Duplicate result " + r.benchmark() + " " + Format.params(r.params()) + " [" + r.mode()
                        + "] in " + r.source() + " ignored; the one from " + byKey.get(key).r().source() + " is used.");
                continue;
            }
            byKey.put(key, Measured.of(r));
        }
        return new ArrayList<>(byKey.values());
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
}
