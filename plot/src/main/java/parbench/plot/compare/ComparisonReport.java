package parbench.plot.compare;

import java.util.List;

/**
 * Everything a writer needs.
 *
 * @param settings        threshold, alpha, correction
 * @param baselineLabels  names of the baseline runs
 * @param currentLabels   names of the current runs
 * @param baselineProfile machine profile of the baseline (null if unknown)
 * @param currentProfile  machine profile of the current side (null if unknown)
 * @param comparisons     benchmarks on both sides, sorted by key
 * @param missing         benchmarks only in the baseline (dropped or renamed in current)
 * @param added           benchmarks only in current (new)
 * @param warnings        things a reader should know (profile unknown or overridden mismatch, ...)
 * @param method          how the samples were taken and tested, one sentence for the reports; null:
 *                        {@code compare}'s unpaired test of stored runs (the writers' default text)
 */
public record ComparisonReport(CompareSettings settings, List<String> baselineLabels, List<String> currentLabels,
                               String baselineProfile, String currentProfile,
                               List<Comparison> comparisons, List<BenchmarkKey> missing, List<BenchmarkKey> added,
                               List<String> warnings, String method) {

    public ComparisonReport(CompareSettings settings, List<String> baselineLabels, List<String> currentLabels,
                            String baselineProfile, String currentProfile,
                            List<Comparison> comparisons, List<BenchmarkKey> missing, List<BenchmarkKey> added,
                            List<String> warnings) {
        this(settings, baselineLabels, currentLabels, baselineProfile, currentProfile, comparisons, missing, added,
                warnings, null);
    }

    public ComparisonReport {
        baselineLabels = List.copyOf(baselineLabels);
        currentLabels = List.copyOf(currentLabels);
        comparisons = List.copyOf(comparisons);
        missing = List.copyOf(missing);
        added = List.copyOf(added);
        warnings = List.copyOf(warnings);
    }

    public List<Comparison> with(Verdict v) {
        return comparisons.stream().filter(c -> c.verdict() == v).toList();
    }

    public boolean hasRegression() {
        return comparisons.stream().anyMatch(c -> c.verdict() == Verdict.SLOWER);
    }
}
