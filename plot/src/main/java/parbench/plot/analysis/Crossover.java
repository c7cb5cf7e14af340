package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.plot.stats.Ratio;

/**
 * The crossover of a problem-size sweep (docs/report-reference.md, "Crossover"): from which size
 * an engine with a per-job cost (Hazelcast) stops costing more than it gives against ForkJoin.
 * Two criteria, each per thread count t and judged only on fork-level 95 % intervals (Fieller's
 * interval of a ratio of fork means, {@link Ratio#fieller}), so a crossover is claimed only when
 * the data support it:
 *
 * <ul>
 *   <li>{@link Criterion#COST}: engine(t) / forkjoin(t) &lt; 1 + {@link #COST_THRESHOLD}, i.e. the
 *       engine's extra time is below 10 % of ForkJoin's time (the interval's upper bound is);</li>
 *   <li>{@link Criterion#PAYS} (t &gt; 1 only): engine(t) / best 1-thread time &lt; 1, i.e.
 *       distributing over t workers beats the fastest method at one thread (upper bound below 1).</li>
 * </ul>
 *
 * The crossover is the smallest measured size from which the criterion holds at that size <em>and
 * every larger measured size</em> (one lucky size in the middle is not a crossover). If the largest
 * size clearly fails (the interval's lower bound is at or above the limit) there is no crossover in
 * the measured range; if its interval straddles the limit (or there is none: fewer than two forks)
 * there is not enough data to say.
 */
public final class Crossover {

    /** The engine may cost this fraction of ForkJoin's time and still count as "costs nothing". */
    public static final double COST_THRESHOLD = 0.10;

    /** A problem-size sweep the report knows: class (simple name), baseline and engine methods, size param. */
    public record Sweep(String cls, String baseline, String engine, String sizeParam) {
    }

    /** The sweeps with a crossover section; one entry per sweep benchmark in the harness. */
    public static final List<Sweep> SWEEPS = List.of(
            new Sweep("DistributedTuningBenchmark", "forkjoin", "hazelcast", "samples"));

    public enum Criterion {
        COST("cost", "engine's extra time < 10 % of forkjoin's (same threads)"),
        PAYS("pays", "engine at t workers faster than the best 1-thread time");

        /** Short id (CSV). */
        public final String id;
        /** What must hold, for the tables. */
        public final String label;

        Criterion(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The ratio must stay below this. */
        public double limit() {
            return this == COST ? 1 + COST_THRESHOLD : 1.0;
        }
    }

    /** Per size: the criterion holds (upper bound below the limit), fails (lower bound at or above), or unresolved. */
    public enum Status { HOLDS, FAILS, UNRESOLVED }

    public enum Kind {
        CROSSOVER("crossover"),
        NONE("no crossover in the measured range"),
        NOT_ENOUGH_DATA("not enough data");

        public final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /** One size of one verdict: the ratio with its interval, the base it was taken against, the status. */
    public record Point(double size, Ratio ratio, String base, Status status) {
    }

    /**
     * One verdict: a sweep case (params other than threads and size), a thread count and a criterion.
     *
     * @param crossoverIndex index into {@code points} of the crossover size, -1 without one
     */
    public record Verdict(Sweep sweep, String params, int threads, Criterion criterion, Kind kind,
                          List<Point> points, int crossoverIndex) {

        /** The crossover size, NaN without one. */
        public double size() {
            return crossoverIndex < 0 ? Double.NaN : points.get(crossoverIndex).size();
        }

        /** The verdict in words, e.g. "from 2^24 (every larger size too)". */
        public String text() {
            if (kind != Kind.CROSSOVER) {
                return kind.text;
            }
            String from = "from " + sizeLabel(size());
            if (crossoverIndex == 0) {
                return from + " (the smallest measured size)";
            }
            Status below = points.get(crossoverIndex - 1).status();
            return from + (below == Status.FAILS ? " (fails at " : " (unresolved at ")
                    + sizeLabel(points.get(crossoverIndex - 1).size()) + ")";
        }
    }

    private Crossover() {
    }

    /** Every verdict of the analysis' sweeps, ordered by sweep, case, criterion, threads. */
    public static List<Verdict> of(Analysis a) {
        return of(a.measured());
    }

    static List<Verdict> of(List<Measured> measured) {
        List<Verdict> out = new ArrayList<>();
        for (Sweep sw : SWEEPS) {
            // case params (without threads and size) → threads → size → method → result
            Map<String, SortedMap<Integer, SortedMap<Double, Map<String, Measured>>>> cases = new TreeMap<>();
            for (Measured m : measured) {
                if (!Work.simpleName(m.cls()).equals(sw.cls()) || m.threads() <= 0 || m.higherBetter()
                        || m.wrongOutput() || !Double.isFinite(m.sample().mean())) {
                    continue;
                }
                if (!m.method().equals(sw.baseline()) && !m.method().equals(sw.engine())) {
                    continue;
                }
                double size;
                try {
                    size = Double.parseDouble(m.caseParams().getOrDefault(sw.sizeParam(), ""));
                } catch (NumberFormatException e) {
                    continue;
                }
                SortedMap<String, String> rest = new TreeMap<>(m.caseParams());
                rest.remove(sw.sizeParam());
                String key = Format.params(rest) + ("avgt".equals(m.mode()) ? "" : " [" + m.mode() + "]");
                cases.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(m.threads(), k -> new TreeMap<>())
                        .computeIfAbsent(size, k -> new TreeMap<>()).putIfAbsent(m.method(), m);
            }
            for (Map.Entry<String, SortedMap<Integer, SortedMap<Double, Map<String, Measured>>>> c : cases.entrySet()) {
                SortedMap<Integer, SortedMap<Double, Map<String, Measured>>> byThreads = c.getValue();
                for (Map.Entry<Integer, SortedMap<Double, Map<String, Measured>>> t : byThreads.entrySet()) {
                    List<Point> pts = new ArrayList<>();
                    for (Map.Entry<Double, Map<String, Measured>> s : t.getValue().entrySet()) {
                        Measured e = s.getValue().get(sw.engine());
                        Measured b = s.getValue().get(sw.baseline());
                        if (e != null && b != null) {
                            pts.add(point(s.getKey(), Ratio.fieller(e.sample(), b.sample()), b.label(), Criterion.COST));
                        }
                    }
                    verdict(sw, c.getKey(), t.getKey(), Criterion.COST, pts).ifPresent(out::add);
                }
                SortedMap<Double, Map<String, Measured>> single = byThreads.get(1);
                for (Map.Entry<Integer, SortedMap<Double, Map<String, Measured>>> t : byThreads.entrySet()) {
                    if (t.getKey() <= 1 || single == null) {
                        continue;
                    }
                    List<Point> pts = new ArrayList<>();
                    for (Map.Entry<Double, Map<String, Measured>> s : t.getValue().entrySet()) {
                        Measured e = s.getValue().get(sw.engine());
                        Map<String, Measured> ones = single.get(s.getKey());
                        if (e == null || ones == null || ones.isEmpty()) {
                            continue;
                        }
                        // The fastest 1-thread result (lowest mean time) is the one to beat.
                        Measured best = ones.values().stream()
                                .min(java.util.Comparator.comparingDouble(m -> m.sample().mean())).orElseThrow();
                        pts.add(point(s.getKey(), Ratio.fieller(e.sample(), best.sample()), best.label(), Criterion.PAYS));
                    }
                    verdict(sw, c.getKey(), t.getKey(), Criterion.PAYS, pts).ifPresent(out::add);
                }
            }
        }
        out.sort(java.util.Comparator.comparing((Verdict v) -> v.sweep().cls()).thenComparing(Verdict::params)
                .thenComparing(Verdict::criterion).thenComparingInt(Verdict::threads));
        return out;
    }

    private static Point point(double size, Ratio r, String base, Criterion c) {
        Status st;
        if (!r.hasInterval()) {
            st = Status.UNRESOLVED;
        } else if (r.high() < c.limit()) {
            st = Status.HOLDS;
        } else if (r.low() >= c.limit()) {
            st = Status.FAILS;
        } else {
            st = Status.UNRESOLVED;
        }
        return new Point(size, r, base, st);
    }

    /** A sweep needs two sizes at least; the crossover is the start of the run of HOLDS that reaches the largest size. */
    private static java.util.Optional<Verdict> verdict(Sweep sw, String params, int threads, Criterion c, List<Point> pts) {
        if (pts.size() < 2) {
            return java.util.Optional.empty();
        }
        int k = pts.size();
        while (k > 0 && pts.get(k - 1).status() == Status.HOLDS) {
            k--;
        }
        Kind kind;
        if (k < pts.size()) {
            kind = Kind.CROSSOVER;
        } else {
            kind = pts.get(pts.size() - 1).status() == Status.FAILS ? Kind.NONE : Kind.NOT_ENOUGH_DATA;
        }
        return java.util.Optional.of(new Verdict(sw, params, threads, c, kind, List.copyOf(pts),
                kind == Kind.CROSSOVER ? k : -1));
    }

    /** "2^20" for a power of two from 2^10 on, else the number as {@link Format#num} prints it. */
    public static String sizeLabel(double size) {
        if (size >= 1024 && size == Math.rint(size) && size < 0x1p62) {
            long v = (long) size;
            if (Long.bitCount(v) == 1) {
                return "2^" + Long.numberOfTrailingZeros(v);
            }
        }
        return Format.num(size);
    }
}
