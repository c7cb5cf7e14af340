package parbench.plot.compare;

import parbench.plot.analysis.Format;
import java.util.List;

/**
 * The PR-comment summary: the outcome and what would decide it first, then regressions,
 * improvements, a compact table of the rest, the benchmarks with one fork per side, then missing/new.
 */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /** With the outcome as the writers show it by default (no --fail-on-missing, no --undecided-passes). */
    public static String write(ComparisonReport r) {
        return write(r, GateOutcome.of(r));
    }

    public static String write(ComparisonReport r, GateOutcome outcome) {
        StringBuilder sb = new StringBuilder();
        List<Comparison> slower = r.with(Verdict.SLOWER);
        List<Comparison> faster = r.with(Verdict.FASTER);
        sb.append("## Benchmark comparison: ").append(heading(outcome.kind())).append("\n\n");
        sb.append("**").append(outcome.summary().replaceFirst(": ", ":** "));
        if (outcome.toDecideSentence() != null) {
            sb.append(' ').append(outcome.toDecideSentence());
        }
        sb.append("\n\n");
        sb.append(r.comparisons().size()).append(" compared: ")
                .append(slower.size()).append(" slower, ")
                .append(faster.size()).append(" faster, ")
                .append(r.with(Verdict.UNCHANGED).size()).append(" unchanged, ")
                .append(r.with(Verdict.INCONCLUSIVE).size()).append(" inconclusive; ")
                .append(r.missing().size()).append(" missing, ")
                .append(r.added().size()).append(" new.\n\n");
        sb.append("Baseline: ").append(String.join(", ", r.baselineLabels())).append(profile(r.baselineProfile()))
                .append(". Current: ").append(String.join(", ", r.currentLabels())).append(profile(r.currentProfile()))
                .append(".\n\n");
        CompareSettings s = r.settings();
        String level = Format.percentExact(1 - s.alpha());
        sb.append("Slower/faster means adjusted p < ").append(Format.num(s.alpha()))
                .append(" (").append(correctionName(s.correction())).append(") and a change of at least ")
                .append(Format.percentExact(s.threshold()))
                .append(". Ratio = current / baseline score with its ").append(level)
                .append(r.method() == null
                        ? " interval; scores are geometric means of per-fork means; forks = baseline/current JVM forks.\n"
                        : " interval; " + r.method() + "\n");
        for (String w : r.warnings()) {
            sb.append("\n> **Warning:** ").append(w).append('\n');
        }

        List<Comparison> undecided = r.with(Verdict.INCONCLUSIVE);
        sb.append("\n### Regressions (").append(slower.size()).append(")\n\n");
        detail(sb, slower, level, undecided.isEmpty() ? "No benchmark is slower by the threshold or more."
                : "None found among the " + (r.comparisons().size() - undecided.size()) + " decided; "
                + undecided.size() + " undecided (below) may hide one.");
        if (!r.allocatesMore().isEmpty()) {
            sb.append("\nAllocation per operation: ").append(r.allocatesMore().size())
                    .append(" allocate more, a regression (below).\n");
        }
        sb.append("\n### Improvements (").append(faster.size()).append(")\n\n");
        detail(sb, faster, level, "No benchmark is faster by the threshold or more.");

        allocation(sb, r);

        List<Comparison> rest = r.comparisons().stream()
                .filter(c -> c.verdict() != Verdict.SLOWER && c.verdict() != Verdict.FASTER && !r.isOneFork(c)).toList();
        List<Comparison> oneFork = r.comparisons().stream().filter(r::isOneFork).toList();
        sb.append("\n### Other results (").append(rest.size()).append(")\n\n");
        if (rest.isEmpty()) {
            sb.append("None.\n");
        } else {
            sb.append("| Benchmark | Params | Verdict | Ratio [").append(level).append(" CI] | p (adj.) | Baseline → Current |\n");
            sb.append("|---|---|---|---|---:|---|\n");
            for (Comparison c : rest) {
                RatioStatistics.Estimate e = c.estimate();
                sb.append("| ").append(cell(c.key().shortName())).append(" | ").append(cell(c.key().paramText()))
                        .append(" | ").append(c.verdict().id())
                        .append(" | ").append(Format.ratio(e.ratio())).append(' ').append(Format.interval(e.ciLow(), e.ciHigh()))
                        .append(" | ").append(Format.p(c.adjustedP()))
                        .append(" | ").append(Format.num(e.baseline())).append(" → ").append(Format.num(e.current()))
                        .append(' ').append(cell(c.unit())).append(" |\n");
            }
            List<Comparison> inconclusive = rest.stream().filter(c -> c.verdict() == Verdict.INCONCLUSIVE).toList();
            if (!inconclusive.isEmpty()) {
                sb.append('\n');
                for (Comparison c : inconclusive) {
                    sb.append("- ").append(cell(c.key().display())).append(": ").append(c.reason()).append('\n');
                }
            }
        }
        if (!oneFork.isEmpty()) {
            sb.append("\n### Undecided: one fork per side (").append(oneFork.size()).append(")\n\n");
            sb.append("One fork against one fork: iterations inside one JVM are not independent samples, so there is ")
                    .append("no spread to test against. These ratios are single measurements, for information only, not verdicts.\n\n");
            sb.append("| Benchmark | Params | Ratio (1 fork / 1 fork) | Baseline → Current |\n");
            sb.append("|---|---|---|---|\n");
            for (Comparison c : oneFork) {
                RatioStatistics.Estimate e = c.estimate();
                sb.append("| ").append(cell(c.key().shortName())).append(" | ").append(cell(c.key().paramText()))
                        .append(" | ").append(Format.ratio(e.ratio()))
                        .append(" | ").append(Format.num(e.baseline())).append(" → ").append(Format.num(e.current()))
                        .append(' ').append(cell(c.unit())).append(" |\n");
            }
        }
        keys(sb, "Missing in current (in the baseline only)", r.missing());
        keys(sb, "New in current (no baseline)", r.added());
        return sb.toString();
    }

    /** Only where both sides recorded -prof gc's allocation per operation. */
    private static void allocation(StringBuilder sb, ComparisonReport r) {
        if (r.allocation().isEmpty()) {
            return;
        }
        List<AllocationChange> notable = AllocationChange.notable(r.allocation());
        sb.append("\n### Allocation per operation (").append(r.allocation().size()).append(" with ")
                .append(AllocationChange.METRIC).append(")\n\n");
        sb.append("More or less means a change of at least ").append(Format.percentExact(r.settings().threshold()))
                .append(" and ").append(Format.num(AllocationChange.FLOOR_BYTES))
                .append(" B/op with the two sides' JMH intervals apart; more is a regression. ")
                .append(r.allocation().size() - notable.size()).append(" unchanged");
        if (notable.isEmpty()) {
            sb.append(".\n");
            return;
        }
        sb.append(":\n\n| Benchmark | Params | Allocation | Baseline → Current | Change |\n|---|---|---|---|---:|\n");
        for (AllocationChange a : notable) {
            sb.append("| ").append(cell(a.key().shortName())).append(" | ").append(cell(a.key().paramText()))
                    .append(" | ").append(a.kind().id())
                    .append(" | ").append(Format.num(a.baseline())).append(" → ").append(Format.num(a.current())).append(" B/op")
                    .append(" | ").append(a.baseline() > 0 ? Format.change(a.ratio()) : "from 0").append(" |\n");
        }
    }

    private static void detail(StringBuilder sb, List<Comparison> list, String level, String none) {
        if (list.isEmpty()) {
            sb.append(none).append('\n');
            return;
        }
        sb.append("| Benchmark | Params | Baseline | Current | Ratio [").append(level)
                .append(" CI] | Change | p (adj.) | Forks |\n");
        sb.append("|---|---|---:|---:|---|---:|---:|---:|\n");
        for (Comparison c : list) {
            RatioStatistics.Estimate e = c.estimate();
            sb.append("| ").append(cell(c.key().shortName())).append(" | ").append(cell(c.key().paramText()))
                    .append(" | ").append(Format.num(e.baseline())).append(' ').append(cell(c.unit()))
                    .append(" | ").append(Format.num(e.current())).append(' ').append(cell(c.unit()))
                    .append(" | ").append(Format.ratio(e.ratio())).append(' ').append(Format.interval(e.ciLow(), e.ciHigh()))
                    .append(" | ").append(Format.change(e.ratio())).append(c.higherIsBetter() ? " (higher is better)" : "")
                    .append(" | ").append(Format.p(c.adjustedP()))
                    .append(" | ").append(c.baselineForks()).append('/').append(c.currentForks()).append(" |\n");
        }
    }

    private static void keys(StringBuilder sb, String title, List<BenchmarkKey> keys) {
        sb.append("\n### ").append(title).append(" (").append(keys.size()).append(")\n\n");
        if (keys.isEmpty()) {
            sb.append("None.\n");
            return;
        }
        for (BenchmarkKey k : keys) {
            sb.append("- `").append(k.display()).append("`\n");
        }
    }

    private static String heading(GateOutcome.Kind k) {
        switch (k) {
            case REGRESSION:
                return "REGRESSION";
            case UNDECIDED:
                return "UNDECIDED";
            default:
                return "no regression";
        }
    }

    private static String profile(String p) {
        return p == null ? " (machine profile unknown)" : " (profile `" + p + "`)";
    }

    static String correctionName(MultipleTesting m) {
        switch (m) {
            case HOLM:
                return "Holm-corrected";
            case BH:
                return "Benjamini-Hochberg-corrected";
            default:
                return "no multiple-testing correction";
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
