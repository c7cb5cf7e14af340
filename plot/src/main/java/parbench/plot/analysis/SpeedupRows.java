package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.plot.model.IterationsFile;
import parbench.plot.model.PairedSpeedups;
import parbench.plot.model.Units;
import parbench.plot.stats.AmdahlFit;
import parbench.plot.stats.Ratio;

/**
 * The speedup and efficiency rows of a report: each result against the same backend at one
 * thread, against the serial method of its case, and against the fastest single-thread result
 * of its case (from speedups.json where the paired design measured it).
 */
final class SpeedupRows {

    private SpeedupRows() {
    }

    /** The key of a result, as {@link IterationsFile#key}. */
    static String key(Measured m) {
        return IterationsFile.key(m.r().benchmark(), m.mode(), m.r().params());
    }

    static String caseKey(Measured m) {
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
    static Map<String, Measured> bestSingle(List<Measured> measured) {
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

    /** Each series' points against its own one-thread point. */
    static List<Row> vsSelf(Series s, int cores) {
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

    /** Every result against the serial method of its case. */
    static List<Row> vsSerial(List<Measured> measured, int cores, List<Series> series) {
        Map<String, Measured> serial = new HashMap<>();
        for (Measured m : measured) {
            if (m.method().equals("serial")) {
                serial.put(caseKey(m), m);
            }
        }
        Map<Measured, String> scaling = scaling(series);
        List<Row> out = new ArrayList<>();
        for (Pair p : withBase(measured, serial)) {
            Ratio sp = speedup(p.x(), p.base());
            int t = p.x().threads();
            double karpFlatt = t > 0 ? AmdahlFit.karpFlatt(sp.estimate(), t) : Double.NaN;
            out.add(p.row(BaseKind.SERIAL, sp, karpFlatt, cores, scaling));
        }
        return out;
    }

    /**
     * Every result against the best single-thread result of its case; where {@code pairedEntries}
     * measured that pair, its speedup, and the result goes into {@code used}.
     */
    static List<Row> vsBestSingle(List<Measured> measured, int cores, List<Series> series, Map<String, Measured> best,
                                  List<PairedSpeedups.Entry> pairedEntries, Map<Measured, PairedSpeedups.Entry> used) {
        Map<String, PairedSpeedups.Entry> byKey = new HashMap<>();
        if (pairedEntries != null) {
            pairedEntries.forEach(e -> byKey.put(e.key(), e));
        }
        Map<Measured, String> scaling = scaling(series);
        List<Row> out = new ArrayList<>();
        for (Pair p : withBase(measured, best)) {
            Measured m = p.x();
            Ratio sp = speedup(m, p.base());
            PairedSpeedups.Entry pe = byKey.get(key(m));
            if (pe != null && pe.baseKey().equals(key(p.base()))) {
                sp = pe.speedup(); // both sides in one JVM, the base on every CPU: the machine's swings cancel
                used.put(m, pe);
            } else if (WeakScaling.declared(m.caseParams())) {
                sp = sp.times(ScalingSeries.sizeRatio(m, p.base())); // scaled: work per time against the base's
            }
            // No Karp–Flatt here: against another algorithm a "serial fraction" means nothing.
            out.add(p.row(BaseKind.BEST_SINGLE, sp, Double.NaN, cores, scaling));
        }
        return out;
    }

    /** A result and the base of its case it is compared with. */
    private record Pair(Measured x, Measured base) {

        /** Its row against another method: efficiency and oversubscription by its own threads param. */
        Row row(BaseKind kind, Ratio sp, double karpFlatt, int cores, Map<Measured, String> scaling) {
            boolean threaded = x.threads() > 0;
            return new Row(x, base, kind, sp, threaded ? sp.times(1.0 / x.threads()) : null, karpFlatt,
                    threaded && cores > 0 && x.threads() > cores, scaling.getOrDefault(x, "-"));
        }
    }

    /** Each result with the base of its case in {@code bases}, where that is another result in the same unit kind. */
    private static List<Pair> withBase(List<Measured> measured, Map<String, Measured> bases) {
        List<Pair> out = new ArrayList<>();
        for (Measured m : measured) {
            Measured base = bases.get(caseKey(m));
            if (base != null && base != m && comparable(m, base)) {
                out.add(new Pair(m, base));
            }
        }
        return out;
    }

    /** Each series point → "weak" or "strong". */
    private static Map<Measured, String> scaling(List<Series> series) {
        Map<Measured, String> scaling = new IdentityHashMap<>();
        for (Series s : series) {
            for (Measured p : s.points()) {
                scaling.put(p, s.weak() ? "weak" : "strong");
            }
        }
        return scaling;
    }

    /** Same kind of canonical unit (both times or both rates or the same custom unit). */
    private static boolean comparable(Measured a, Measured b) {
        return Units.canonicalUnit(a.r().unit()).equals(Units.canonicalUnit(b.r().unit()));
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
