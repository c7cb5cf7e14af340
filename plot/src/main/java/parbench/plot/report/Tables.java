package parbench.plot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleFunction;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.BaseKind;
import parbench.plot.analysis.Missing;
import parbench.plot.analysis.PeakFraction;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Series;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Target;
import parbench.plot.analysis.Work;
import parbench.plot.stats.Ratio;

/**
 * Builds the report's tables from an {@link Analysis}. {@code precise} tables (CSV) carry full
 * precision and empty cells for "not available"; display tables (Markdown, HTML) carry four
 * significant digits and "n/a". Columns are documented in plot/README.md.
 */
public final class Tables {

    private final DoubleFunction<String> num;
    private final boolean precise;
    private final int maxRows;

    private Tables(boolean precise, int maxRows) {
        this.precise = precise;
        this.num = precise ? Tables::full : Format::num;
        this.maxRows = maxRows;
    }

    /** Display tables, all rows. */
    public static Tables display() {
        return new Tables(false, Integer.MAX_VALUE);
    }

    /** Display tables cut to {@code maxRows} rows; the title says so and points to the CSV. */
    public static Tables display(int maxRows) {
        return new Tables(false, maxRows);
    }

    public static Tables precise() {
        return new Tables(true, Integer.MAX_VALUE);
    }

    private Table table(String name, String title, List<String> header, List<List<String>> rows, int total) {
        return new Table(name, total > rows.size()
                ? title + " (first " + rows.size() + " of " + total + " rows; all in " + name + ".csv)" : title,
                header, rows);
    }

    /** Shortest round-trip representation, Locale-independent; empty for NaN/∞. */
    static String full(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private String na() {
        return precise ? "" : "n/a";
    }

    public Table results(Analysis a) {
        List<String> h = List.of("benchmark", "method", "mode", "params", "threads", "iterations", "mean", "ci95_half",
                "unit", "jmh_score", "jmh_error_99_9", "seconds_per_op", "rate", "rate_unit", "gflops",
                "gbytes_per_s", "intensity_flop_per_byte", "fraction_of_peak", "peak", "forks", "checks");
        List<List<String>> rows = new ArrayList<>();
        for (Measured m : byParamsInNumericOrder(a.measured())) {
            if (rows.size() >= maxRows) {
                break;
            }
            double s = m.secondsPerOp();
            Optional<Work> w = m.work();
            Optional<PeakFraction> pf = a.peakFraction(m);
            rows.add(List.of(m.cls(), m.method(), m.mode(), Format.params(m.caseParams()),
                    m.threads() > 0 ? Integer.toString(m.threads()) : na(),
                    Integer.toString(m.nativeSample().iterations()), num.apply(m.nativeSample().mean()),
                    cell(a.timeHalfWidth(m)), m.r().unit(), num.apply(m.r().score()),
                    cell(m.r().scoreError()), cell(s),
                    w.map(x -> cell(x.primaryRate(s))).orElse(na()), w.map(Work::primaryRateUnit).orElse(na()),
                    w.filter(x -> x.flop() > 0).map(x -> cell(x.gflops(s))).orElse(na()),
                    w.filter(x -> x.bytes() > 0).map(x -> cell(x.gbytes(s))).orElse(na()),
                    w.filter(x -> x.flop() > 0 && x.bytes() > 0).map(x -> cell(x.intensity())).orElse(na()),
                    pf.map(p -> precise ? full(p.fraction()) : Format.percent(p.fraction())).orElse(na()),
                    pf.map(PeakFraction::roof).orElse(na()),
                    Integer.toString(m.nativeSample().n()), checksCell(a, m)));
        }
        return table("results", "Results (absolute; mean of fork means, 95 % CI over forks)", h, rows,
                a.measured().size());
    }

    /** The check labels; for wrong output also the lost fraction (the race made visible). */
    private static String checksCell(Analysis a, Measured m) {
        String r = a.checks().caveats(m);
        return m.wrongOutput() && Double.isFinite(m.lostFraction())
                ? r + ": " + Format.percent(m.lostFraction()) + " of updates lost" : r;
    }

    /**
     * The results of each benchmark and mode in the order they first appear, and within one
     * benchmark and mode by params with numbers compared as numbers (5, 25, 50, 150, 1000).
     */
    static List<Measured> byParamsInNumericOrder(List<Measured> measured) {
        java.util.Map<String, List<Measured>> groups = new java.util.LinkedHashMap<>();
        for (Measured m : measured) {
            groups.computeIfAbsent(m.r().benchmark() + "|" + m.mode(), k -> new ArrayList<>()).add(m);
        }
        List<Measured> out = new ArrayList<>(measured.size());
        // Each record's params text once, not twice per comparison (10,000 records: 300,000 comparisons).
        java.util.Map<Measured, String> key = new java.util.IdentityHashMap<>();
        for (Measured m : measured) {
            key.put(m, Format.params(m.r().params()));
        }
        for (List<Measured> g : groups.values()) {
            g.sort(java.util.Comparator.comparing(key::get, Format.NATURAL));
            out.addAll(g);
        }
        return out;
    }

    /** Secondary metrics (profilers such as {@code -prof gc}, @AuxCounters), the sample-mode percentiles left out. */
    public Table secondary(Analysis a) {
        List<String> h = List.of("benchmark", "mode", "params", "metric", "score", "error", "unit");
        List<List<String>> rows = new ArrayList<>();
        int total = 0;
        // Only the records that have some are sorted (most inputs have none).
        for (Measured m : byParamsInNumericOrder(a.measured().stream().filter(m -> !m.r().secondaryDetail().isEmpty()).toList())) {
            for (java.util.Map.Entry<String, parbench.plot.model.BenchmarkResult.Metric> e : m.r().secondaryDetail().entrySet()) {
                if (Percentiles.isPercentile(e.getKey())) {
                    continue;
                }
                total++;
                if (rows.size() >= maxRows) {
                    continue;
                }
                var v = e.getValue();
                String name = Percentiles.metricName(e.getKey());
                rows.add(precise
                        ? List.of(m.r().benchmark(), m.mode(), Format.params(m.r().params()), name, full(v.score()),
                                full(v.error()), v.unit())
                        : List.of(m.label(), m.mode(), Format.params(m.caseParams()), name, num.apply(v.score()),
                                Double.isFinite(v.error()) ? "± " + num.apply(v.error()) : na(), v.unit()));
            }
        }
        return table("secondary", "Secondary metrics (profilers, counters)", h, rows, total);
    }

    /** Sample mode: JMH's percentiles of the time per operation. */
    public Table percentiles(Analysis a) {
        List<String> h = new ArrayList<>(List.of("benchmark", "params", "unit"));
        for (double p : Percentiles.SHOWN) {
            h.add(Percentiles.column(p));
        }
        List<List<String>> rows = new ArrayList<>();
        int total = 0;
        for (Measured m : byParamsInNumericOrder(a.measured().stream().filter(m -> "sample".equals(m.mode())).toList())) {
            java.util.SortedMap<Double, Double> p = Percentiles.of(m.r());
            if (!"sample".equals(m.mode()) || p.isEmpty()) {
                continue;
            }
            total++;
            if (rows.size() >= maxRows) {
                continue;
            }
            List<String> r = new ArrayList<>(List.of(precise ? m.r().benchmark() : m.label(),
                    Format.params(precise ? m.r().params() : m.caseParams()), m.r().unit()));
            for (double q : Percentiles.SHOWN) {
                Double v = p.get(q);
                r.add(v == null ? na() : num.apply(v));
            }
            rows.add(r);
        }
        return table("percentiles", "Percentiles of the time per operation (sample mode)", h, rows, total);
    }

    public Table speedup(Analysis a) {
        List<String> h = List.of("case", "method", "threads", "base", "base_method", "base_threads", "time",
                "time_ci95_half", "base_time", "base_time_ci95_half", "unit", "rate", "speedup", "speedup_ci_low",
                "speedup_ci_high", "efficiency", "efficiency_ci_low", "efficiency_ci_high", "karp_flatt",
                "oversubscribed", "scaling");
        List<List<String>> rows = new ArrayList<>();
        for (Row r : a.rows()) {
            if (rows.size() >= maxRows) {
                break;
            }
            Measured x = r.x();
            Measured b = r.base();
            double s = x.secondsPerOp();
            Ratio e = r.efficiency();
            rows.add(List.of(x.caseLabel(), x.method(), x.threads() > 0 ? Integer.toString(x.threads()) : na(),
                    baseName(r.kind()), b.method(),
                    b.threads() > 0 ? Integer.toString(b.threads()) : na(),
                    num.apply(x.nativeSample().mean()), cell(a.timeHalfWidth(x)),
                    num.apply(b.nativeSample().mean()), cell(a.timeHalfWidth(b)),
                    x.r().unit().equals(b.r().unit()) ? x.r().unit() : x.r().unit() + " vs " + b.r().unit(),
                    x.work().map(w -> cell(w.primaryRate(s)) + (precise ? "" : " " + w.primaryRateUnit())).orElse(na()),
                    num.apply(r.speedup().estimate()), cell(r.speedup().low()), cell(r.speedup().high()),
                    e == null ? na() : num.apply(e.estimate()), e == null ? na() : cell(e.low()),
                    e == null ? na() : cell(e.high()), cell(r.karpFlatt()),
                    x.threads() > 0 ? Boolean.toString(r.oversubscribed()) : na(), r.scaling()));
        }
        return table("speedup", "Speedup and efficiency (95 % CI, Fieller over fork means)", h, rows,
                a.rows().size());
    }

    /** The speedup table's base column: serial, self_1_thread, best_1_thread. */
    static String baseName(BaseKind k) {
        switch (k) {
            case SERIAL: return "serial";
            case SELF: return "self_1_thread";
            default: return "best_1_thread";
        }
    }

    /**
     * The first screen: per case and thread count the fastest result, its speedup over serial
     * and over the best single-thread result (with intervals), efficiency and findings.
     */
    public Table summary(Analysis a) {
        List<String> h = List.of("case", "threads", "fastest", "time", "time_ci95_half", "unit", "vs_serial",
                "vs_serial_ci_low", "vs_serial_ci_high", "best_1_thread", "vs_best_1_thread", "vs_best_1_thread_ci_low",
                "vs_best_1_thread_ci_high", "efficiency", "efficiency_ci_low", "efficiency_ci_high", "findings", "suspect",
                "vs_best_1_thread_design");
        List<List<String>> rows = new ArrayList<>();
        for (Analysis.SummaryRow s : a.summary()) {
            if (rows.size() >= maxRows) {
                break;
            }
            Measured m = s.fastest();
            Ratio vs = s.vsSerial() == null ? null : s.vsSerial().speedup();
            Ratio vb = s.vsBest() == null ? null : s.vsBest().speedup();
            boolean isSerial = m.method().equals("serial") && m.threads() == 0;
            boolean isBest = s.bestSingle() == m;
            Ratio e = s.efficiency();
            if (precise) {
                rows.add(List.of(s.caseLabel(), s.threads(), m.label(), full(m.nativeSample().mean()),
                        cell(a.timeHalfWidth(m)), m.r().unit(),
                        isSerial ? "1" : vs == null ? "" : full(vs.estimate()), vs == null ? "" : cell(vs.low()),
                        vs == null ? "" : cell(vs.high()), s.bestSingle() == null ? "" : s.bestSingle().label(),
                        isBest ? "1" : vb == null ? "" : full(vb.estimate()), vb == null ? "" : cell(vb.low()),
                        vb == null ? "" : cell(vb.high()), e == null ? "" : full(e.estimate()),
                        e == null ? "" : cell(e.low()), e == null ? "" : cell(e.high()), Integer.toString(s.findings()),
                        s.suspect(), vb == null ? "" : design(a, m)));
                continue;
            }
            // Display: the interval beside the value, so the first screen stays narrow.
            rows.add(List.of(s.caseLabel(), s.threads(), m.label(),
                    Format.plusMinus(m.nativeSample().mean(), a.timeHalfWidth(m), m.r().unit()),
                    isSerial ? "1 (is serial)" : vs == null ? "n/a" : Format.withCi(vs.estimate(), vs.low(), vs.high()),
                    s.bestSingle() == null ? "n/a" : isBest ? "1 (is the best 1-thread)"
                            : vb == null ? "n/a" : Format.withCi(vb.estimate(), vb.low(), vb.high()) + " (vs "
                            + s.bestSingle().label() + a.paired(m).map(p -> "; paired, " + p.jvms() + " JVMs").orElse("") + ")",
                    e == null ? "n/a" : e.hasInterval() ? Format.percent(e.estimate()) + " [" + Format.percent(e.low())
                            + ", " + Format.percent(e.high()) + "]" : Format.percent(e.estimate()),
                    s.findings() == 0 ? "0" : s.findings() + " (" + s.suspect() + ")"));
        }
        List<String> dh = List.of("case", "threads", "fastest", "time (95 % CI)", "speedup vs serial",
                "speedup vs best 1-thread", "efficiency vs best 1-thread", "findings");
        return table("summary", "Summary: the fastest result per case and thread count", precise ? h : dh, rows,
                a.summary().size());
    }

    /** Where a speedup vs the best single-thread result comes from: "paired:N" (JVMs, speedups.json) or "forks". */
    private static String design(Analysis a, Measured m) {
        return a.paired(m).map(p -> "paired:" + p.jvms()).orElse("forks");
    }

    /** Every finding of the checks: what, which result, evidence, likely cause. */
    public Table checks(Analysis a) {
        List<String> h = List.of("check", "benchmark", "params", "evidence", "likely_cause");
        List<List<String>> rows = new ArrayList<>();
        for (parbench.plot.analysis.checks.Finding f : a.checks().findings()) {
            if (rows.size() >= maxRows) {
                break;
            }
            rows.add(List.of(f.check().label, f.subject(), f.params(), f.evidence(), f.cause()));
        }
        return table("checks", "Checks", h, rows, a.checks().findings().size());
    }

    public Table amdahl(Analysis a) {
        List<String> h = List.of("benchmark", "method", "params", "mode", "scaling", "serial_fraction", "ci_low",
                "ci_high", "points", "thread_counts", "excluded_oversubscribed");
        List<List<String>> rows = new ArrayList<>();
        for (Series s : a.series()) {
            if (rows.size() >= maxRows) {
                break;
            }
            rows.add(List.of(s.cls(), s.method(), Format.params(s.fixedParams()), s.mode(),
                    s.weak() ? "weak" : "strong", cell(s.fit().serialFraction()), cell(s.fit().low()),
                    cell(s.fit().high()), Integer.toString(s.fit().points()),
                    Integer.toString(s.fit().threadCounts()),
                    s.excluded().isEmpty() ? (precise ? "" : "-")
                            : s.excluded().stream().map(String::valueOf).reduce((x, y) -> x + " " + y).get()));
        }
        return table("amdahl", "Amdahl fit: serial fraction f (1/S = f + (1 − f)/p)", h, rows, a.series().size());
    }

    /** Gustafson fits of the weak-scaling series (scaled speedup S = p − f(p − 1)). */
    public Table gustafson(Analysis a) {
        List<String> h = List.of("benchmark", "method", "params", "mode", "serial_fraction", "ci_low", "ci_high",
                "points");
        List<List<String>> rows = new ArrayList<>();
        List<Series> weak = a.series().stream().filter(Series::weak).collect(java.util.stream.Collectors.toList());
        for (Series s : weak) {
            if (rows.size() >= maxRows) {
                break;
            }
            rows.add(List.of(s.cls(), s.method(), Format.params(s.fixedParams()), s.mode(),
                    cell(s.gustafson().serialFraction()), cell(s.gustafson().low()), cell(s.gustafson().high()),
                    Integer.toString(s.gustafson().points())));
        }
        return table("gustafson", "Gustafson fit of weak scaling: serial fraction f (S = p − f(p − 1))", h, rows,
                weak.size());
    }

    public Table targets(Analysis a) {
        List<String> h = List.of("target", "measured", "goal", "status", "detail");
        List<List<String>> rows = new ArrayList<>();
        for (Target t : a.targets()) {
            rows.add(List.of(t.name(), t.measured(), t.target(), t.statusLabel(), t.detail()));
        }
        return new Table("targets", "Targets", h, rows);
    }

    public Table missing(Analysis a) {
        List<String> h = List.of("what", "reason");
        List<List<String>> rows = new ArrayList<>();
        for (Missing m : a.missing()) {
            rows.add(List.of(m.what(), m.reason()));
        }
        return new Table("missing", "Missing", h, rows);
    }

    public Table calibration(Analysis a) {
        List<String> h = List.of("threads", "fma_peak_gflops", "stream_add_gbytes_per_s");
        List<List<String>> rows = new ArrayList<>();
        java.util.SortedSet<Integer> ts = new java.util.TreeSet<>(a.calibration().fmaGflops().keySet());
        ts.addAll(a.calibration().streamAddGBs().keySet());
        for (int t : ts) {
            Double f = a.calibration().fmaGflops().get(t);
            Double b = a.calibration().streamAddGBs().get(t);
            rows.add(List.of(Integer.toString(t), f == null ? na() : num.apply(f), b == null ? na() : num.apply(b)));
        }
        return new Table("calibration", "Calibrated roofs", h, rows);
    }

    private String cell(double v) {
        return Double.isFinite(v) ? num.apply(v) : na();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
