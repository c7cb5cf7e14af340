package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.plot.stats.AmdahlFit;
import parbench.plot.stats.GustafsonFit;

/**
 * Groups results into scaling series (one backend over thread counts) and fits them: strong
 * scaling (same params at every p, Amdahl), weak scaling (param {@code scaling=weak}, sizes
 * from {@link WeakScaling}, or a size param that grows with p; Gustafson).
 */
final class ScalingSeries {

    private ScalingSeries() {
    }


    static List<Series> build(List<Measured> measured, int cores) {
        // Candidate weak-scaling groups: everything fixed except threads and the size param.
        Map<String, List<Measured>> loose = new LinkedHashMap<>();
        Map<String, List<Measured>> strict = new LinkedHashMap<>();
        for (Measured m : measured) {
            if (m.threads() <= 0) {
                continue;
            }
            strict.computeIfAbsent(m.cls() + "|" + m.mode() + "|" + m.method() + "|" + m.caseParams(),
                    k -> new ArrayList<>()).add(m);
            String size = m.sizeParam();
            SortedMap<String, String> rest = new TreeMap<>(m.caseParams());
            if (size != null) {
                rest.remove(size);
            }
            loose.computeIfAbsent(m.cls() + "|" + m.mode() + "|" + m.method() + "|" + size + "|" + rest,
                    k -> new ArrayList<>()).add(m);
        }
        List<Series> out = new ArrayList<>();
        java.util.Set<Measured> inWeak = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Measured> group : loose.values()) {
            if (isWeak(group)) {
                group.sort(Comparator.comparingInt(Measured::threads));
                SortedMap<String, String> fixed = new TreeMap<>(group.get(0).caseParams());
                fixed.remove(group.get(0).sizeParam());
                out.add(series(group, fixed, true, cores));
                inWeak.addAll(group);
            }
        }
        for (List<Measured> group : strict.values()) {
            if (group.stream().anyMatch(inWeak::contains)) {
                continue;
            }
            group.sort(Comparator.comparingInt(Measured::threads));
            // scaling=weak: the size param is the per-thread base, the same at every thread count.
            boolean declaredWeak = WeakScaling.declared(group.get(0).caseParams());
            out.add(series(group, group.get(0).caseParams(), declaredWeak, cores));
        }
        out.sort(Comparator.comparing(Series::caseKey).thenComparing(Series::method));
        return out;
    }

    /** Weak scaling: one size per thread count, and the size strictly grows with threads. */
    private static boolean isWeak(List<Measured> group) {
        String size = group.get(0).sizeParam();
        if (size == null || group.size() < 2) {
            return false;
        }
        List<Measured> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(Measured::threads));
        for (int i = 1; i < sorted.size(); i++) {
            Measured a = sorted.get(i - 1);
            Measured b = sorted.get(i);
            if (a.threads() == b.threads() || size(b, size) <= size(a, size)) {
                return false;
            }
        }
        return sorted.get(0).threads() == 1;
    }

    private static double size(Measured m, String param) {
        return Double.parseDouble(m.caseParams().get(param));
    }

    private static Series series(List<Measured> points, SortedMap<String, String> fixed, boolean weak, int cores) {
        Measured m0 = points.get(0);
        Optional<Measured> one = points.stream().filter(p -> p.threads() == 1).findFirst();
        List<AmdahlFit.Point> fitPoints = new ArrayList<>();
        List<GustafsonFit.Point> scaled = new ArrayList<>();
        List<Integer> excluded = new ArrayList<>();
        if (one.isPresent()) {
            Measured base = one.get();
            for (Measured p : points) {
                if (cores > 0 && p.threads() > cores) {
                    excluded.add(p.threads());
                    continue;
                }
                double scale = weak ? sizeRatio(p, base) : 1.0;
                double baseMean = base.sample().mean();
                for (double v : p.sample().forkMeans()) {
                    // y = 1/S for this fork (forks are the independent samples).
                    double inv = p.higherBetter() ? baseMean / v : v / baseMean;
                    fitPoints.add(new AmdahlFit.Point(p.threads(), inv / scale));
                    scaled.add(new GustafsonFit.Point(p.threads(), scale / inv));
                }
            }
        }
        AmdahlFit fit = AmdahlFit.fit(fitPoints);
        GustafsonFit g = weak ? GustafsonFit.fit(scaled) : GustafsonFit.fit(List.of());
        return new Series(m0.cls(), m0.mode(), m0.method(), fixed, weak, List.copyOf(points), fit, excluded, g);
    }

    /**
     * Work of p over work of base: for scaling=weak from the effective sizes (WeakScaling; the
     * rounded matmul and conv2d sizes are not exactly T times the work), else the size ratio.
     */
    static double sizeRatio(Measured p, Measured base) {
        if (WeakScaling.declared(p.caseParams()) && p.work().isPresent() && base.work().isPresent()) {
            Work a = p.work().get();
            Work b = base.work().get();
            double r = a.flop() > 0 ? a.flop() / b.flop() : a.items() > 0 ? a.items() / b.items() : a.bytes() / b.bytes();
            if (Double.isFinite(r) && r > 0) {
                return r;
            }
        }
        String size = p.sizeParam();
        return size(p, size) / size(base, size);
    }
}
