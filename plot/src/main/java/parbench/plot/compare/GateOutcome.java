package parbench.plot.compare;

import java.util.List;
import java.util.Locale;
import parbench.core.cli.ExitCodes;
import parbench.plot.analysis.Format;

/**
 * What a comparison decided as a whole, and the exit code CI acts on; shared by {@code compare}
 * and {@code ab} and written at the top of every report.
 *
 * <ul>
 *   <li>{@link Kind#REGRESSION} (exit 1): at least one benchmark decided slower or allocating
 *       more per operation ({@link AllocationChange}) (or, with
 *       {@code --fail-on-missing}, a baseline benchmark missing in current). Wins over undecided.</li>
 *   <li>{@link Kind#UNDECIDED} (exit 3, or 0 with {@code --undecided-passes}): none slower, but at
 *       least one inconclusive: the data could not tell it apart from noise.</li>
 *   <li>{@link Kind#NO_REGRESSION} (exit 0): every compared benchmark decided, unchanged or faster.</li>
 * </ul>
 *
 * @param kind            the outcome
 * @param exitCode        0, 1 or 3 ({@link ExitCodes#OK}, {@link ExitCodes#REGRESSION},
 *                        {@link ExitCodes#UNDECIDED})
 * @param summary         the leading sentence of the reports, e.g. "Undecided: 3 of 9 benchmarks inconclusive ..."
 * @param toDecide        what would decide it (undecided only; else null)
 * @param undecidedPasses whether {@code --undecided-passes} was given
 */
public record GateOutcome(Kind kind, int exitCode, String summary, String toDecide, boolean undecidedPasses) {

    /** The outcome kinds, with their JSON ids. */
    public enum Kind {
        NO_REGRESSION, REGRESSION, UNDECIDED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Without {@code --fail-on-missing} or {@code --undecided-passes}: what the writers show by default. */
    public static GateOutcome of(ComparisonReport r) {
        return of(r, false, false);
    }

    public static GateOutcome of(ComparisonReport r, boolean failOnMissing, boolean undecidedPasses) {
        int n = r.comparisons().size();
        List<Comparison> slower = r.with(Verdict.SLOWER);
        List<Comparison> inconclusive = r.with(Verdict.INCONCLUSIVE);
        String threshold = Format.percentExact(r.settings().threshold());
        List<AllocationChange> more = r.allocatesMore();
        if (!slower.isEmpty() || !more.isEmpty()) {
            List<String> parts = new java.util.ArrayList<>();
            if (!slower.isEmpty()) {
                parts.add(slower.size() + " of " + benchmarks(n) + " slower by " + threshold + " or more");
            }
            if (!more.isEmpty()) {
                parts.add(more.size() + " of " + benchmarks(r.allocation().size()) + " allocating at least " + threshold
                        + " more per operation (" + AllocationChange.METRIC + ")");
            }
            String s = "Regression: " + String.join("; ", parts);
            if (!inconclusive.isEmpty()) {
                s += slower.isEmpty() ? "; the time of " + inconclusive.size() + " could not be told apart from noise"
                        : "; " + inconclusive.size() + " more could not be told apart from noise";
            }
            return new GateOutcome(Kind.REGRESSION, ExitCodes.REGRESSION, s + ".", null, undecidedPasses);
        }
        if (failOnMissing && !r.missing().isEmpty()) {
            return new GateOutcome(Kind.REGRESSION, ExitCodes.REGRESSION, "Regression: " + benchmarks(r.missing().size())
                    + " of the baseline missing in current (--fail-on-missing).", null, undecidedPasses);
        }
        if (!inconclusive.isEmpty()) {
            int oneFork = (int) inconclusive.stream().filter(r::isOneFork).count();
            String s;
            String decide;
            if (oneFork == inconclusive.size()) {
                s = "Undecided: one fork per side for " + (oneFork == n ? "every benchmark (" + oneFork + " of " + n + ")"
                        : oneFork + " of " + benchmarks(n)) + " — one fork cannot decide, since iterations inside one JVM "
                        + "are not independent samples";
                decide = ComparisonReport.ONE_FORK_INSTEAD;
            } else {
                s = "Undecided: " + inconclusive.size() + " of " + benchmarks(n)
                        + " inconclusive — no regression found, but these could not be told apart from noise";
                decide = r.toDecideOrDefault() + (oneFork > 0 ? "; for the " + oneFork + " with one fork per side: "
                        + ComparisonReport.ONE_FORK_INSTEAD : "");
            }
            return new GateOutcome(Kind.UNDECIDED, undecidedPasses ? ExitCodes.OK : ExitCodes.UNDECIDED,
                    s + ".", decide, undecidedPasses);
        }
        return new GateOutcome(Kind.NO_REGRESSION, ExitCodes.OK, "No regression: " + (n == 1 ? "the benchmark"
                : "all " + n + " benchmarks") + " decided, none slower by " + threshold + " or more.", null, undecidedPasses);
    }

    /** "To decide: ..." with the exit code it gave, for the reports; null when decided. */
    public String toDecideSentence() {
        if (toDecide == null) {
            return null;
        }
        return "To decide: " + toDecide + ". " + (undecidedPasses
                ? "Passed anyway with --undecided-passes (exit 0)."
                : "Exit code " + ExitCodes.UNDECIDED + " (undecided); --undecided-passes makes it 0.");
    }

    private static String benchmarks(int n) {
        return n + (n == 1 ? " benchmark" : " benchmarks");
    }
}
