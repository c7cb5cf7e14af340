package parbench.plot.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Units;

/** Pairs benchmarks of two sides, runs the statistics, applies the correction and decides verdicts. */
public final class Comparer {

    private Comparer() {
    }

    /** Per side and key: unit, direction and fork means per run. */
    private static final class Samples {
        String unit;
        boolean higherIsBetter;
        final Map<Integer, List<Double>> forkMeansByRun = new TreeMap<>();
        int dropped; // forks without a finite positive mean
    }

    /**
     * @throws CompareException profile mismatch (unless allowed) or no benchmark in common
     */
    public static ComparisonReport compare(List<Run> baseline, List<Run> current, CompareSettings settings,
                                           boolean allowProfileMismatch) throws CompareException {
        if (baseline.isEmpty() || current.isEmpty()) {
            throw new CompareException("need at least one baseline and one current run");
        }
        List<String> warnings = new ArrayList<>();
        String baseProfile = profile("baseline", baseline, allowProfileMismatch, warnings);
        String curProfile = profile("current", current, allowProfileMismatch, warnings);
        if (baseProfile != null && curProfile != null && !baseProfile.equals(curProfile)) {
            String msg = "machine profile mismatch: baseline is '" + baseProfile + "', current is '" + curProfile
                    + "'; timings from different machines are not comparable";
            if (!allowProfileMismatch) {
                throw new CompareException(msg + " (pass --allow-profile-mismatch to compare anyway)");
            }
            warnings.add(msg + " (compared anyway: --allow-profile-mismatch)");
        } else if (baseProfile == null || curProfile == null) {
            warnings.add("machine profile unknown for the " + (baseProfile == null ? "baseline" : "current")
                    + " side (no environment.json with machineProfile): cannot check both ran on the same kind of machine");
        }

        Map<BenchmarkKey, Samples> base = collect(baseline);
        Map<BenchmarkKey, Samples> cur = collect(current);
        List<BenchmarkKey> missing = BenchmarkKey.onlyIn(base, cur);
        List<BenchmarkKey> added = BenchmarkKey.onlyIn(cur, base);
        List<BenchmarkKey> common = new ArrayList<>(base.keySet());
        common.retainAll(cur.keySet());
        if (common.isEmpty()) {
            throw new CompareException("no benchmark in common: baseline has " + base.size() + " ("
                    + sample(base.keySet()) + "), current has " + cur.size() + " (" + sample(cur.keySet())
                    + "); a benchmark is matched by name, mode and every param");
        }

        double confidence = 1 - settings.alpha();
        List<RatioStatistics.Estimate> estimates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double[] p = new double[common.size()];
        for (int i = 0; i < common.size(); i++) {
            BenchmarkKey k = common.get(i);
            Samples b = base.get(k);
            Samples c = cur.get(k);
            double f = unitFactor(c.unit, b.unit);
            RatioStatistics.Estimate e;
            String note = "";
            if (Double.isNaN(f)) {
                e = new RatioStatistics.Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, 0, "units differ and do not convert: baseline " + b.unit + ", current " + c.unit);
            } else {
                e = RatioStatistics.estimate(runs(b, 1.0), runs(c, f), confidence);
                if (b.dropped + c.dropped > 0) {
                    note = (b.dropped + c.dropped) + " fork(s) without a finite positive score left out";
                }
            }
            estimates.add(e);
            notes.add(note);
            p[i] = e.pValue();
        }
        double[] adjusted = settings.correction().adjust(p);

        List<Comparison> out = new ArrayList<>();
        Set<BenchmarkKey> oneFork = new java.util.TreeSet<>();
        for (int i = 0; i < common.size(); i++) {
            BenchmarkKey k = common.get(i);
            Samples b = base.get(k);
            Samples c = cur.get(k);
            RatioStatistics.Estimate e = estimates.get(i);
            if (!e.tested() && Double.isFinite(e.ratio()) && count(b) == 1 && count(c) == 1) {
                oneFork.add(k); // one fork against one fork: no spread to test against, said once for the run
            }
            Decision d = decide(e, adjusted[i], b.higherIsBetter, settings);
            Verdict v = d.verdict();
            String reason = d.reason();
            if (!notes.get(i).isEmpty()) {
                reason = reason + "; " + notes.get(i);
            }
            out.add(new Comparison(k, b.unit, b.higherIsBetter, b.forkMeansByRun.size(), count(b),
                    c.forkMeansByRun.size(), count(c), e, adjusted[i], v, reason));
        }
        return new ComparisonReport(settings, labels(baseline), labels(current), baseProfile, curProfile,
                out, missing, added, warnings, null, null, oneFork,
                AllocationChange.of(baseline, current, settings.threshold()));
    }

    /** A verdict with the sentence that explains it. */
    record Decision(Verdict verdict, String reason) {
    }

    /**
     * The verdict rule shared by {@code compare} and {@code ab}: slower/faster needs the adjusted
     * p-value below alpha AND a point estimate at least the threshold away from 1; unchanged needs
     * either a significant but small change or an interval inside the threshold band.
     */
    static Decision decide(RatioStatistics.Estimate e, double adjustedP, boolean higherIsBetter, CompareSettings settings) {
        if (!e.tested()) {
            return new Decision(Verdict.INCONCLUSIVE, e.note());
        }
        double band = Math.log1p(settings.threshold());
        double sign = higherIsBetter ? -1 : 1;
        double worse = sign * Math.log(e.ratio());
        double lo = Math.min(sign * Math.log(e.ciLow()), sign * Math.log(e.ciHigh()));
        double hi = Math.max(sign * Math.log(e.ciLow()), sign * Math.log(e.ciHigh()));
        boolean significant = adjustedP < settings.alpha();
        String pText = String.format(Locale.ROOT, "adjusted p = %.3g", adjustedP);
        if (significant && worse >= band) {
            return new Decision(Verdict.SLOWER, pText + " < " + fmt(settings.alpha()) + " and slower by at least the threshold");
        } else if (significant && worse <= -band) {
            return new Decision(Verdict.FASTER, pText + " < " + fmt(settings.alpha()) + " and faster by at least the threshold");
        } else if (significant) {
            return new Decision(Verdict.UNCHANGED, pText + ": a real but smaller change than the threshold");
        } else if (lo > -band && hi < band) {
            return new Decision(Verdict.UNCHANGED, pText + "; the interval lies within the threshold");
        }
        return new Decision(Verdict.INCONCLUSIVE, pText + " but the interval reaches beyond the threshold: too noisy to tell");
    }

    /**
     * Factor f with {@code value[from] * f = value[to]}, or NaN unless both units are time per op
     * or both are ops per time (JMH's time abbreviations).
     */
    static double unitFactor(String from, String to) {
        if (from.equals(to)) {
            return 1.0;
        }
        boolean sameKind = (Units.isTimePerOp(from) && Units.isTimePerOp(to))
                || (Units.isOpsPerTime(from) && Units.isOpsPerTime(to));
        return sameKind ? Units.toCanonical(from) / Units.toCanonical(to) : Double.NaN;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    /** The one profile of a side; runs of one side from different profiles are a mismatch too. */
    private static String profile(String side, List<Run> runs, boolean allow, List<String> warnings)
            throws CompareException {
        Set<String> profiles = new LinkedHashSet<>();
        boolean unknown = false;
        for (Run r : runs) {
            if (r.machineProfile() == null) {
                unknown = true;
            } else {
                profiles.add(r.machineProfile());
            }
        }
        if (profiles.size() > 1) {
            String msg = "the " + side + " runs come from different machine profiles " + profiles;
            if (!allow) {
                throw new CompareException(msg + " (pass --allow-profile-mismatch to compare anyway)");
            }
            warnings.add(msg + " (compared anyway: --allow-profile-mismatch)");
        }
        if (unknown && !profiles.isEmpty()) {
            warnings.add("some " + side + " runs have no machine profile; assumed " + profiles.iterator().next());
        }
        return profiles.isEmpty() ? null : profiles.iterator().next();
    }

    private static Map<BenchmarkKey, Samples> collect(List<Run> runs) throws CompareException {
        Map<BenchmarkKey, Samples> map = new TreeMap<>();
        for (int r = 0; r < runs.size(); r++) {
            for (BenchmarkResult res : runs.get(r).results()) {
                BenchmarkKey k = BenchmarkKey.of(res);
                Samples s = map.computeIfAbsent(k, x -> new Samples());
                double f = 1.0;
                if (s.unit == null) {
                    s.unit = res.unit();
                    s.higherIsBetter = Units.higherIsBetter(res.mode(), res.unit());
                } else {
                    f = unitFactor(res.unit(), s.unit);
                    if (Double.isNaN(f)) {
                        throw new CompareException(runs.get(r).source() + ": " + k.display() + " is in " + res.unit()
                                + " here but in " + s.unit + " in another run of the same side");
                    }
                }
                // A key repeated within one run (concatenated files) simply contributes more forks to that run.
                List<Double> forks = s.forkMeansByRun.computeIfAbsent(r, x -> new ArrayList<>());
                List<double[]> raw = res.rawData();
                if (raw.isEmpty()) {
                    raw = List.of(new double[] {res.score()});
                }
                for (double[] fork : raw) {
                    double m = finiteMean(fork) * f;
                    if (m > 0 && !Double.isInfinite(m)) {
                        forks.add(m);
                    } else {
                        s.dropped++;
                    }
                }
            }
        }
        for (Samples s : map.values()) {
            s.forkMeansByRun.values().removeIf(List::isEmpty);
        }
        return map;
    }

    /** Mean of the finite iteration scores; NaN if there are none. */
    static double finiteMean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static List<double[]> runs(Samples s, double factor) {
        List<double[]> out = new ArrayList<>();
        for (List<Double> forks : s.forkMeansByRun.values()) {
            out.add(forks.stream().mapToDouble(x -> x * factor).toArray());
        }
        return out;
    }

    private static int count(Samples s) {
        return s.forkMeansByRun.values().stream().mapToInt(List::size).sum();
    }

    private static List<String> labels(List<Run> runs) {
        List<String> out = new ArrayList<>();
        for (Run r : runs) {
            out.add(r.label());
        }
        return out;
    }

    private static String sample(Set<BenchmarkKey> keys) {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (BenchmarkKey k : keys) {
            names.merge(k.display(), 1, Integer::sum);
            if (names.size() == 3) {
                break;
            }
        }
        String s = String.join(", ", names.keySet());
        return keys.size() > 3 ? "e.g. " + s + ", ..." : s;
    }
}
