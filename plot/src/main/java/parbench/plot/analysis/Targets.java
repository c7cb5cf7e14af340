package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The harness's performance targets (see PERFORMANCE.md), each evaluated on the best backend
 * measured in the same run. Device backends count with their end-to-end time only; "Java
 * backends" are the ones without a device suffix. A target is met only by a measurement that
 * passes the report's checks ({@link parbench.plot.analysis.checks.Checks}): rate targets use the best result that passes
 * them (naming a faster suspect one they skipped); ratio targets (efficiency, OpenCL) are
 * "not met (suspect: …)" when any result they rest on is suspect; "% of peak" targets are never
 * computed from a roof some result exceeded.
 */
final class Targets {

    static final long VECTOR_ADD_MIN_N = Work.VECTOR_ADD_OUT_OF_CACHE_N;

    private Targets() {
    }

    static List<Target> evaluate(Analysis a) {
        List<Target> out = new ArrayList<>();
        int cores = a.cores();
        for (int t : new int[] {1, 2}) {
            out.add(peakFraction(a, Work.MATMUL, t, a.calibration().fmaGflops().get(t), 0.60,
                    "matmul best backend, fraction of fma_peak", "GFLOP/s", Long.MIN_VALUE));
        }
        for (int t : new int[] {1, 2}) {
            out.add(peakFraction(a, Work.VECTOR_ADD, t, a.calibration().streamAddGBs().get(t), 0.95,
                    "vector add (n ≥ 16M) best backend, fraction of stream_add", "GB/s", VECTOR_ADD_MIN_N));
        }
        // conv2d: its FLOP rate against the calibrated FMA peak (2 k² FLOP per pixel), a goal that holds
        // at every vector width and clock; the absolute pixel rate below depends on both.
        out.add(peakFraction(a, Work.CONV2D, 1, a.calibration().fmaGflops().get(1), 0.45,
                "conv2d best backend, fraction of fma_peak", "GFLOP/s", Long.MIN_VALUE));
        // conv2d: output pixels per second on one thread.
        Pick conv = pick(a, Work.CONV2D, m -> !m.isDevice() && m.effectiveThreads(cores) == 1, Long.MIN_VALUE,
                m -> m.work().get().primaryRate(m.secondsPerOp()));
        out.add(conv.map(a, m -> {
            double v = m.work().get().primaryRate(m.secondsPerOp());
            return new Target("conv2d best backend at 1 thread", Format.num(v) + " G px/s (" + m.label() + ")",
                    "≥ 1.0 G px/s", v >= 1.0 ? Status.MET : Status.NOT_MET, "");
        }, m -> slowRate(a, m, m.work().get().primaryRate(m.secondsPerOp())) >= 1.0).orElse(noData("conv2d best backend at 1 thread", "≥ 1.0 G px/s", "no conv2d result at 1 thread")));
        // Monte Carlo: samples per second per core actually used (device backends use every core).
        Pick mc = pick(a, Work.MONTE_CARLO,
                m -> m.effectiveThreads(cores) > 0 && (cores <= 0 || m.effectiveThreads(cores) <= cores), Long.MIN_VALUE,
                m -> m.work().get().primaryRate(m.secondsPerOp()) / m.effectiveThreads(cores));
        out.add(mc.map(a, m -> {
            double v = m.work().get().primaryRate(m.secondsPerOp()) / m.effectiveThreads(cores);
            return new Target("Monte Carlo pi, samples/s per core", Format.num(v) + " G samples/s/core (" + m.label()
                    + ", " + m.effectiveThreads(cores) + " threads)", "≥ 2 G samples/s per core",
                    v >= 2.0 ? Status.MET : Status.NOT_MET, "");
        }, m -> slowRate(a, m, m.work().get().primaryRate(m.secondsPerOp()) / m.effectiveThreads(cores)) >= 2.0).orElse(noData("Monte Carlo pi, samples/s per core", "≥ 2 G samples/s per core", "no Monte Carlo result")));
        for (String w : new String[] {Work.MATMUL, Work.CONV2D, Work.MONTE_CARLO}) {
            out.add(efficiency(a, w));
        }
        for (String w : new String[] {Work.MATMUL, Work.CONV2D}) {
            out.add(openCl(a, w));
        }
        return out;
    }

    private static Target noData(String name, String target, String why) {
        return new Target(name, "n/a", target, Status.NO_DATA, why);
    }

    /**
     * The best result overall and the best one that passes the checks (empty when none does).
     */
    private record Pick(Optional<Measured> best, Optional<Measured> clean) {

        boolean isEmpty() {
            return best.isEmpty();
        }

        /**
         * The target evaluated on the best clean result (noting a faster suspect one), or, when
         * every candidate is suspect, on the best one with status SUSPECT.
         */
        Optional<Target> map(Analysis a, java.util.function.Function<Measured, Target> eval) {
            return map(a, eval, m -> false);
        }

        /**
         * As {@link #map(Analysis, java.util.function.Function)}; a result that is only imprecise
         * still meets the target when {@code metAtSlowEnd} says it does at its interval's slow end:
         * an interval that cannot reach below the goal decides the target whatever its width.
         */
        Optional<Target> map(Analysis a, java.util.function.Function<Measured, Target> eval,
                             java.util.function.Predicate<Measured> metAtSlowEnd) {
            if (best.isEmpty()) {
                return Optional.empty();
            }
            if (clean.isPresent()) {
                Measured c = clean.get();
                Target t = eval.apply(c);
                if (!a.checks().trusted(c)) {
                    boolean decided = t.status() == Status.MET && a.checks().reasons(c).isEmpty() && metAtSlowEnd.test(c);
                    t = decided ? new Target(t.name(), t.measured(), t.target(), Status.MET,
                            join(t.detail(), "met at the slow end of its 95 % interval (±"
                                    + Format.percent(slowEnd(a, c)) + ") too")) : judged(a, t, c);
                }
                if (c == best.get()) {
                    return Optional.of(t);
                }
                Measured b = best.get();
                String skipped = "faster result " + b.label() + " is suspect (" + a.checks().caveats(b) + ") and not used";
                return Optional.of(new Target(t.name(), t.measured(), t.target(), t.status(),
                        t.detail().isEmpty() ? skipped : t.detail() + "; " + skipped, t.suspect()));
            }
            Target t = eval.apply(best.get());
            return Optional.of(suspect(t, a.checks().caveats(best.get())));
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    /** A result's relative time half-width (the interval a re-run would see); NaN for one fork. */
    static double slowEnd(Analysis a, Measured m) {
        return a.timeHalfWidth(m) / Math.abs(m.nativeSample().mean());
    }

    /** A rate at the slow end of the result's interval (its time at the upper bound). */
    static double slowRate(Analysis a, Measured m, double rate) {
        double rel = slowEnd(a, m);
        return Double.isFinite(rel) ? rate / (1 + rel) : Double.NaN;
    }

    /**
     * A target resting on results some finding names: SUSPECT when a finding accuses one of them,
     * IMPRECISE when the findings are only about precision (interval too wide, one fork).
     */
    static Target judged(Analysis a, Target t, Measured... on) {
        String all = a.checks().caveats(on);
        if (all.isEmpty()) {
            return t;
        }
        return a.checks().reasons(on).isEmpty()
                ? new Target(t.name(), t.measured(), t.target(), Status.IMPRECISE, t.detail(), all)
                : suspect(t, all);
    }

    /** The target with status SUSPECT for these reasons. */
    static Target suspect(Target t, String reasons) {
        return new Target(t.name(), t.measured(), t.target(), Status.SUSPECT, t.detail(), reasons);
    }

    private static Pick pick(Analysis a, String workload, java.util.function.Predicate<Measured> filter,
                             long minN, java.util.function.ToDoubleFunction<Measured> score) {
        List<Measured> c = a.measured().stream()
                .filter(m -> m.work().isPresent() && m.work().get().workload().equals(workload))
                .filter(m -> !m.method().endsWith("_kernel_only"))
                .filter(m -> !m.wrongOutput())
                .filter(m -> Double.isFinite(m.secondsPerOp()))
                .filter(m -> minN == Long.MIN_VALUE || m.n() >= minN)
                .filter(filter)
                .sorted(Comparator.comparingDouble(score).reversed())
                .collect(java.util.stream.Collectors.toList());
        // The best result no finding accuses; it may still be imprecise (then so is the target).
        return new Pick(c.stream().findFirst(), c.stream().filter(m -> !a.checks().suspect(m)).findFirst());
    }

    private static Target peakFraction(Analysis a, String workload, int t, Double peak, double goal,
                                       String what, String unit, long minN) {
        String name = what + " at " + t + " thread" + (t == 1 ? "" : "s");
        String target = "≥ " + Format.percent(goal);
        // Against fma_peak the rate is GFLOP/s (for conv2d its primary rate is pixels/s), against stream_add GB/s.
        java.util.function.ToDoubleFunction<Measured> rate = unit.equals("GB/s")
                ? m -> m.work().get().primaryRate(m.secondsPerOp())
                : m -> m.work().get().gflops(m.secondsPerOp());
        Pick b = pick(a, workload, m -> !m.isDevice() && m.effectiveThreads(a.cores()) == t, minN, rate);
        if (b.isEmpty()) {
            return noData(name, target, "no " + workload + " result at " + t + (t == 1 ? " thread" : " threads"));
        }
        String roof = (unit.equals("GB/s") ? "stream_add" : "fma_peak") + " t=" + t;
        if (a.checks().roofInvalid(roof)) {
            // Never a "% of peak" from a roof that some result of this run exceeded.
            Measured m = b.best().get();
            double v = rate.applyAsDouble(m);
            return new Target(name, Format.num(v) + " " + unit + " (" + m.label() + "), not compared with the invalid roof", target,
                    Status.SUSPECT, "a result is above the calibrated " + roof + " (" + Format.num(peak) + " " + unit
                    + "): the calibration is invalid for this run", "calibration invalid: result above " + roof);
        }
        return b.map(a, m -> {
            double v = rate.applyAsDouble(m);
            if (peak == null) {
                return new Target(name, Format.num(v) + " " + unit + " (" + m.label() + ")", target, Status.NO_DATA,
                        "no calibration (" + (unit.equals("GB/s") ? "stream_add" : "fma_peak") + ") at " + t + " threads");
            }
            double f = v / peak;
            String measured = Format.percent(f) + " = " + Format.num(v) + " / " + Format.num(peak) + " " + unit
                    + " (" + m.label() + ")";
            if (f > 1.0) {
                // Above the roof, but within the two intervals (else AboveRoofCheck would have fired):
                // not impossible, yet no fraction of peak can be defended either.
                return new Target(name, measured, target, Status.IMPRECISE, "above the calibrated " + roof
                        + " within the intervals of both: the fraction of peak is not known closer than that",
                        "above " + roof + " within the noise");
            }
            return new Target(name, measured, target, f >= goal ? Status.MET : Status.NOT_MET, "");
        }, m -> {
            // The slow end of the fraction: the result's slow end over the roof's high end.
            Double roofHw = (unit.equals("GB/s") ? a.calibration().streamAddRelativeHalfWidth()
                    : a.calibration().fmaRelativeHalfWidth()).get(t);
            double rr = roofHw == null || !Double.isFinite(roofHw) ? 0 : roofHw;
            return peak != null && rr < 1 && slowRate(a, m, rate.applyAsDouble(m)) * (1 - rr) / peak >= goal;
        }).get();
    }

    /**
     * Efficiency at 2 threads of the fastest backend at 2 threads against the case's best
     * single-thread backend (PERFORMANCE.md), from the paired speedup (speedups.json) where the run
     * has one, else from the fork means.
     */
    private static Target efficiency(Analysis a, String workload) {
        String name = "parallel efficiency at 2 threads, " + workload;
        String target = "≥ 90.0 %";
        Optional<Row> r = a.rows().stream()
                .filter(x -> x.kind() == BaseKind.BEST_SINGLE && x.x().threads() == 2)
                .filter(x -> x.x().work().isPresent() && x.x().work().get().workload().equals(workload))
                .filter(x -> !x.x().isDevice() && Double.isFinite(x.x().secondsPerOp()))
                .max(Comparator.comparingDouble(x -> x.x().work().get().primaryRate(x.x().secondsPerOp())));
        if (r.isEmpty()) {
            return noData(name, target, "no " + workload + " backend measured at 2 threads and a single-thread one");
        }
        Row row = r.get();
        Optional<parbench.plot.model.PairedSpeedups.Entry> paired = a.paired(row.x());
        double e = row.efficiency().estimate();
        Target t = new Target(name, Format.percent(e) + " CI [" + Format.percent(row.efficiency().low()) + ", "
                + Format.percent(row.efficiency().high()) + "] (" + row.x().label() + " vs " + row.base().label() + ")",
                target, e >= 0.90 ? Status.MET : Status.NOT_MET,
                paired.map(p -> "paired, " + p.logSpeedups().size() + " JVMs").orElse(""));
        if (paired.isEmpty()) {
            // The ratio rests on both results: a suspect one-thread base inflates it as much as a suspect 2-thread run.
            return judged(a, t, row.x(), row.base());
        }
        // The paired interval is the ratio's precision; the two results' own findings still count.
        String accused = a.checks().reasons(row.x(), row.base());
        if (!accused.isEmpty()) {
            return suspect(t, accused);
        }
        boolean precise = row.efficiency().high() / row.efficiency().low() <= Math.pow(1.0505, 2);
        return precise ? t : new Target(t.name(), t.measured(), t.target(), Status.IMPRECISE, t.detail(),
                "paired interval wider than ±5 %");
    }

    /** The OpenCL backends whose end-to-end times the OpenCL target takes the better of. */
    static final String[] OPENCL = {"aparapi", "jocl"};

    /**
     * The target is met when either OpenCL backend is within 2x of the best Java backend (the
     * target says "Aparapi or JOCL"); the row names the better one and lists the other's ratio.
     */
    private static Target openCl(Analysis a, String workload) {
        String name = "OpenCL (aparapi or jocl) vs best Java backend, " + workload;
        String target = "≤ 2× the best Java time";
        List<String> missing = new ArrayList<>();
        Target best = null;
        double bestRatio = Double.POSITIVE_INFINITY;
        List<String> others = new ArrayList<>();
        for (String dev : OPENCL) {
            Optional<Measured> d = a.measured().stream()
                    .filter(m -> m.method().equals(dev + "_end_to_end") && m.work().isPresent()
                            && m.work().get().workload().equals(workload) && Double.isFinite(m.secondsPerOp()))
                    .max(Comparator.comparingDouble(m -> m.work().get().flop()));
            if (d.isEmpty()) {
                missing.add("no " + dev + "_end_to_end result");
                continue;
            }
            Measured dm = d.get();
            Optional<Measured> j = a.measured().stream()
                    .filter(m -> m.cls().equals(dm.cls()) && m.caseParams().equals(dm.caseParams()) && !m.isDevice()
                            && Double.isFinite(m.secondsPerOp())
                            && (a.cores() <= 0 || m.threads() <= a.cores()))
                    .min(Comparator.comparingDouble(Measured::secondsPerOp));
            if (j.isEmpty()) {
                missing.add("no Java backend result to compare " + dev + " with");
                continue;
            }
            double ratio = dm.secondsPerOp() / j.get().secondsPerOp();
            String measured = dev + " " + Format.num(ratio) + "× (" + Format.num(dm.secondsPerOp() * 1e3) + " ms vs "
                    + Format.num(j.get().secondsPerOp() * 1e3) + " ms " + j.get().label() + ")";
            if (ratio < bestRatio) {
                if (best != null) {
                    others.add(0, best.measured());
                }
                bestRatio = ratio;
                best = judged(a, new Target(name, measured, target, ratio <= 2.0 ? Status.MET : Status.NOT_MET, ""),
                        dm, j.get());
            } else {
                others.add(measured);
            }
        }
        if (best == null) {
            return noData(name, target, String.join("; ", missing));
        }
        List<String> detail = new ArrayList<>(others);
        detail.addAll(missing);
        return new Target(name, best.measured(), target, best.status(), String.join("; ", detail), best.suspect());
    }
}
