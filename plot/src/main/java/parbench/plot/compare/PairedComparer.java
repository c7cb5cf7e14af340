package parbench.plot.compare;

import java.util.ArrayList;
import java.util.List;

/** Turns {@code ab}'s fork pairs into the same report {@code compare} writes. */
public final class PairedComparer {

    /** ab's default advice for inconclusive benchmarks. */
    public static final String MORE_PAIRS = "more fork pairs (ab -f N)";

    private PairedComparer() {
    }

    /**
     * @param baseLabel  name of the base build (its jar)
     * @param headLabel  name of the head build
     * @param orderNote  how the pairs were scheduled (seed), for the report's method sentence
     */
    public static ComparisonReport compare(PairedSamples samples, CompareSettings settings, String baseLabel,
                                           String headLabel, String orderNote, List<String> warnings) {
        return compare(samples, settings, baseLabel, headLabel, orderNote, warnings, null);
    }

    /**
     * @param toDecide what would decide an inconclusive benchmark, e.g. more pairs or {@code --duet}
     *                 (null: "more fork pairs")
     */
    public static ComparisonReport compare(PairedSamples samples, CompareSettings settings, String baseLabel,
                                           String headLabel, String orderNote, List<String> warnings, String toDecide) {
        return report(judge(samples, settings), samples, settings, baseLabel, headLabel,
                "base and head forks ran in pairs (" + orderNote + ")", warnings, toDecide);
    }

    /**
     * The verdict of every benchmark of the pairs at these settings (one look of a sequential
     * job, or a whole fixed-size job), p-values corrected over all of them.
     */
    public static List<Comparison> judge(PairedSamples samples, CompareSettings settings) {
        List<BenchmarkKey> keys = new ArrayList<>(samples.pairs.keySet());
        double confidence = 1 - settings.alpha();
        List<RatioStatistics.Estimate> estimates = new ArrayList<>();
        double[] p = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            PairedSamples.Pairs s = samples.pairs.get(keys.get(i));
            RatioStatistics.Estimate e = PairedStatistics.estimate(
                    s.base.stream().mapToDouble(Double::doubleValue).toArray(),
                    s.head.stream().mapToDouble(Double::doubleValue).toArray(), confidence);
            estimates.add(e);
            p[i] = e.pValue();
        }
        double[] adjusted = settings.correction().adjust(p);
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            PairedSamples.Pairs s = samples.pairs.get(keys.get(i));
            Comparer.Decision d = Comparer.decide(estimates.get(i), adjusted[i], s.higherIsBetter, settings);
            String reason = d.reason();
            if (s.dropped > 0) {
                reason += "; " + s.dropped + " pair(s) without a finite positive score left out";
            }
            out.add(new Comparison(keys.get(i), s.unit, s.higherIsBetter, 1, s.base.size(), 1, s.head.size(),
                    estimates.get(i), adjusted[i], d.verdict(), reason));
        }
        return out;
    }

    /**
     * The report of judged pairs.
     *
     * @param howRan the start of the method sentence: how the pairs were scheduled and looked at
     */
    public static ComparisonReport report(List<Comparison> comparisons, PairedSamples samples, CompareSettings settings,
                                          String baseLabel, String headLabel, String howRan, List<String> warnings,
                                          String toDecide) {
        String method = howRan + "; scores are geometric means "
                + "of per-fork medians of the measurement iterations and the test is the paired t-test on the log-ratios of the pairs; forks = base/head JVM forks.";
        List<Comparison> sorted = new ArrayList<>(comparisons);
        sorted.sort(java.util.Comparator.comparing(Comparison::key));
        List<AllocationChange> allocation = AllocationChange.of(List.of(new Run(baseLabel, null, null, samples.baseRecords)),
                List.of(new Run(headLabel, null, null, samples.headRecords)), settings.threshold());
        return new ComparisonReport(settings, List.of(baseLabel), List.of(headLabel), null, null, sorted,
                new ArrayList<>(samples.baseOnly), new ArrayList<>(samples.headOnly), warnings, method,
                toDecide != null ? toDecide : MORE_PAIRS, java.util.Set.of(), allocation);
    }
}
