package parbench.plot.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import parbench.plot.model.BenchmarkResult;

/**
 * Allocation per operation ({@code -prof gc}'s {@code gc.alloc.rate.norm}, B/op) of one benchmark
 * on both sides. Unlike time it hardly depends on the machine's load, so a change is told from
 * the numbers alone: {@link Kind#MORE} (a regression for the gate) or {@link Kind#LESS} when the
 * change is at least the threshold, at least {@link #FLOOR_BYTES}, and the sides' JMH intervals
 * (score ± error, over every run of the side) do not overlap.
 *
 * @param baseline mean B/op over the baseline runs
 * @param current  mean B/op over the current runs
 * @param kind     what the numbers say
 */
public record AllocationChange(BenchmarkKey key, double baseline, double current, Kind kind) {

    /** JMH's name of the metric; older JMH writes it with a leading "·". */
    public static final String METRIC = "gc.alloc.rate.norm";

    /**
     * Changes smaller than one small object are never a verdict: JMH's own bookkeeping per
     * iteration, divided over the operations, moves slow benchmarks' B/op by a few bytes.
     */
    public static final double FLOOR_BYTES = 16;

    /** The kinds, with their ids in the JSON. */
    public enum Kind {
        MORE("more"), LESS("less"), UNCHANGED("unchanged"), UNCLEAR("unclear");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** current / baseline; infinite when the baseline allocated nothing. */
    public double ratio() {
        return current / baseline;
    }

    /** One side's B/op: the mean score and the widest interval over its runs. */
    private static final class Side {
        double sum;
        int n;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;

        void add(BenchmarkResult.Metric m) {
            double err = Double.isFinite(m.error()) ? m.error() : 0; // "NaN": one iteration, no spread known
            sum += m.score();
            n++;
            lo = Math.min(lo, m.score() - err);
            hi = Math.max(hi, m.score() + err);
        }

        double mean() {
            return sum / n;
        }
    }

    /** The benchmarks with the metric on both sides, sorted by key; empty when none has it. */
    public static List<AllocationChange> of(List<Run> baseline, List<Run> current, double threshold) {
        Map<BenchmarkKey, Side> base = collect(baseline);
        Map<BenchmarkKey, Side> cur = collect(current);
        List<AllocationChange> out = new ArrayList<>();
        for (Map.Entry<BenchmarkKey, Side> e : base.entrySet()) {
            Side c = cur.get(e.getKey());
            if (c != null) {
                out.add(decide(e.getKey(), e.getValue(), c, threshold));
            }
        }
        return out;
    }

    private static AllocationChange decide(BenchmarkKey key, Side b, Side c, double threshold) {
        double bm = b.mean();
        double cm = c.mean();
        double diff = cm - bm;
        boolean big = Math.abs(diff) >= FLOOR_BYTES && Math.abs(diff) >= threshold * bm;
        Kind kind;
        if (!big) {
            kind = Kind.UNCHANGED;
        } else if (diff > 0 && c.lo > b.hi) {
            kind = Kind.MORE;
        } else if (diff < 0 && c.hi < b.lo) {
            kind = Kind.LESS;
        } else {
            kind = Kind.UNCLEAR;
        }
        return new AllocationChange(key, bm, cm, kind);
    }

    private static Map<BenchmarkKey, Side> collect(List<Run> runs) {
        Map<BenchmarkKey, Side> map = new TreeMap<>();
        for (Run run : runs) {
            for (BenchmarkResult r : run.results()) {
                BenchmarkResult.Metric m = metric(r);
                if (m != null && Double.isFinite(m.score()) && m.score() >= 0) {
                    map.computeIfAbsent(BenchmarkKey.of(r), k -> new Side()).add(m);
                }
            }
        }
        return map;
    }

    /** The record's B/op in either naming style, or null. */
    static BenchmarkResult.Metric metric(BenchmarkResult r) {
        BenchmarkResult.Metric m = r.secondaryDetail().get(METRIC);
        if (m == null) {
            m = r.secondaryDetail().get("·" + METRIC);
        }
        if (m == null || !m.unit().toLowerCase(Locale.ROOT).startsWith("b/op")) {
            return null;
        }
        return m;
    }

    /** Only the ones the gate acts on or a reader should look at: more, less, unclear. */
    public static List<AllocationChange> notable(List<AllocationChange> all) {
        return all.stream().filter(a -> a.kind != Kind.UNCHANGED).toList();
    }
}
