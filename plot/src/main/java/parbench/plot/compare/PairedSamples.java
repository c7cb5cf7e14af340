package parbench.plot.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Units;

/**
 * Fork pairs collected by {@code ab}: for each benchmark, one (base, head) fork mean per pair.
 * Benchmarks measured on one side only are kept apart and listed, never silently dropped.
 */
public final class PairedSamples {

    /** One benchmark's pairs. */
    static final class Pairs {
        String unit;
        boolean higherIsBetter;
        final List<Double> base = new ArrayList<>();
        final List<Double> head = new ArrayList<>();
        int dropped; // pairs with a fork lacking a finite positive mean
    }

    final Map<BenchmarkKey, Pairs> pairs = new TreeMap<>();
    final Set<BenchmarkKey> baseOnly = new TreeSet<>();
    final Set<BenchmarkKey> headOnly = new TreeSet<>();
    /** Every fork's records, for what is compared per record rather than per pair (allocation per op). */
    final List<BenchmarkResult> baseRecords = new ArrayList<>();
    final List<BenchmarkResult> headRecords = new ArrayList<>();

    /**
     * Adds one fork pair: the results of one base child and one head child run back to back.
     *
     * @throws CompareException a benchmark's unit differs between the sides or between pairs
     */
    public void add(List<BenchmarkResult> base, List<BenchmarkResult> head) throws CompareException {
        Map<BenchmarkKey, BenchmarkResult> b = index(base);
        Map<BenchmarkKey, BenchmarkResult> h = index(head);
        baseRecords.addAll(base);
        headRecords.addAll(head);
        baseOnly.addAll(BenchmarkKey.onlyIn(b, h));
        headOnly.addAll(BenchmarkKey.onlyIn(h, b));
        for (Map.Entry<BenchmarkKey, BenchmarkResult> e : b.entrySet()) {
            BenchmarkResult hr = h.get(e.getKey());
            if (hr == null) {
                continue;
            }
            BenchmarkResult br = e.getValue();
            Pairs p = pairs.computeIfAbsent(e.getKey(), x -> new Pairs());
            if (p.unit == null) {
                p.unit = br.unit();
                p.higherIsBetter = Units.higherIsBetter(br.mode(), br.unit());
            }
            double fb = Comparer.unitFactor(br.unit(), p.unit);
            double fh = Comparer.unitFactor(hr.unit(), p.unit);
            if (Double.isNaN(fb) || Double.isNaN(fh)) {
                throw new CompareException(e.getKey().display() + ": units do not convert (" + br.unit() + ", "
                        + hr.unit() + ", " + p.unit + ")");
            }
            double mb = forksMean(br) * fb;
            double mh = forksMean(hr) * fh;
            if (mb > 0 && mh > 0 && Double.isFinite(mb) && Double.isFinite(mh)) {
                p.base.add(mb);
                p.head.add(mh);
            } else {
                p.dropped++;
            }
        }
    }

    /** Benchmarks that one side measured and the other did not. */
    public Set<BenchmarkKey> baseOnly() {
        return baseOnly;
    }

    public Set<BenchmarkKey> headOnly() {
        return headOnly;
    }

    /** Number of complete pairs of the benchmark with the fewest. */
    public int minPairs() {
        return pairs.values().stream().mapToInt(p -> p.base.size()).min().orElse(0);
    }

    private static Map<BenchmarkKey, BenchmarkResult> index(List<BenchmarkResult> results) throws CompareException {
        Map<BenchmarkKey, BenchmarkResult> m = new TreeMap<>();
        for (BenchmarkResult r : results) {
            if (m.put(BenchmarkKey.of(r), r) != null) {
                throw new CompareException(BenchmarkKey.of(r).display() + " appears twice in one fork's results");
            }
        }
        return m;
    }

    /**
     * The fork's median iteration score (mean of the forks' medians if a child ran several).
     * Median, not mean: a burst of load from another tenant spoils single iterations, and the
     * median of five iterations ignores up to two of them, where the mean would carry them into
     * the pair's log-ratio.
     */
    private static double forksMean(BenchmarkResult r) {
        List<double[]> raw = r.rawData().isEmpty() ? List.of(new double[] {r.score()}) : r.rawData();
        double s = 0;
        for (double[] fork : raw) {
            s += median(fork);
        }
        return s / raw.size();
    }

    /** Median of the finite values; NaN if none. */
    static double median(double[] v) {
        double[] f = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return Double.NaN;
        }
        int m = f.length / 2;
        return f.length % 2 == 1 ? f[m] : (f[m - 1] + f[m]) / 2;
    }
}
