package parbench.plot.compare;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
 * @param toDecide        what would decide an inconclusive benchmark (more forks, more pairs,
 *                        {@code --duet}), a phrase for the reports; null: {@code compare}'s advice
 * @param oneFork         benchmarks that could not be tested because each side held a single fork
 *                        of them: no fork-to-fork spread, so no verdict whatever the ratio
 * @param allocation      allocation per operation of the benchmarks that recorded it on both sides
 *                        ({@code -prof gc}); empty when none did
 */
public record ComparisonReport(CompareSettings settings, List<String> baselineLabels, List<String> currentLabels,
                               String baselineProfile, String currentProfile,
                               List<Comparison> comparisons, List<BenchmarkKey> missing, List<BenchmarkKey> added,
                               List<String> warnings, String method, String toDecide, Set<BenchmarkKey> oneFork,
                               List<AllocationChange> allocation) {

    /** compare's advice for inconclusive benchmarks. */
    public static final String MORE_FORKS = "more forks on both sides (a higher JMH -f: forks are the independent samples)";

    /** What to run instead of one fork per side, for the reports' one line. */
    public static final String ONE_FORK_INSTEAD = "run JMH with -f 5 or more on both sides, "
            + "or ab BASE_JAR HEAD_JAR to measure both builds in one job";

    public ComparisonReport(CompareSettings settings, List<String> baselineLabels, List<String> currentLabels,
                            String baselineProfile, String currentProfile,
                            List<Comparison> comparisons, List<BenchmarkKey> missing, List<BenchmarkKey> added,
                            List<String> warnings) {
        this(settings, baselineLabels, currentLabels, baselineProfile, currentProfile, comparisons, missing, added,
                warnings, null, null, Set.of());
    }

    public ComparisonReport(CompareSettings settings, List<String> baselineLabels, List<String> currentLabels,
                            String baselineProfile, String currentProfile,
                            List<Comparison> comparisons, List<BenchmarkKey> missing, List<BenchmarkKey> added,
                            List<String> warnings, String method, String toDecide, Set<BenchmarkKey> oneFork) {
        this(settings, baselineLabels, currentLabels, baselineProfile, currentProfile, comparisons, missing, added,
                warnings, method, toDecide, oneFork, List.of());
    }

    public ComparisonReport {
        baselineLabels = List.copyOf(baselineLabels);
        currentLabels = List.copyOf(currentLabels);
        comparisons = List.copyOf(comparisons);
        missing = List.copyOf(missing);
        added = List.copyOf(added);
        warnings = List.copyOf(warnings);
        oneFork = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(oneFork));
        allocation = List.copyOf(allocation);
    }

    /** The same report with the allocation per operation of both sides. */
    public ComparisonReport withAllocation(List<AllocationChange> changes) {
        return new ComparisonReport(settings, baselineLabels, currentLabels, baselineProfile, currentProfile, comparisons,
                missing, added, warnings, method, toDecide, oneFork, changes);
    }

    /** Benchmarks that allocate more per operation, decided: regressions for the gate. */
    public List<AllocationChange> allocatesMore() {
        return allocation.stream().filter(a -> a.kind() == AllocationChange.Kind.MORE).toList();
    }

    public List<Comparison> with(Verdict v) {
        return comparisons.stream().filter(c -> c.verdict() == v).toList();
    }

    public boolean hasRegression() {
        return comparisons.stream().anyMatch(c -> c.verdict() == Verdict.SLOWER) || !allocatesMore().isEmpty();
    }

    /** True if this benchmark had one fork on each side, so it was not tested. */
    public boolean isOneFork(Comparison c) {
        return oneFork.contains(c.key());
    }

    /** The advice for inconclusive benchmarks, compare's when none was given. */
    public String toDecideOrDefault() {
        return toDecide != null ? toDecide : MORE_FORKS;
    }

    /**
     * The one line for the whole run when benchmarks had one fork per side, or null if none had:
     * said once, not once per benchmark.
     */
    public String oneForkLine() {
        if (oneFork.isEmpty()) {
            return null;
        }
        String which = oneFork.size() == comparisons.size()
                ? "every benchmark (" + oneFork.size() + " of " + comparisons.size() + ")"
                : oneFork.size() + " of " + comparisons.size() + " benchmarks";
        return "one fork per side for " + which + ": one fork cannot decide, since iterations inside one JVM are "
                + "not independent samples; " + ONE_FORK_INSTEAD;
    }
}
