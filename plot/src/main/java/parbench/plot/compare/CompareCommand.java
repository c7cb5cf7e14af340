package parbench.plot.compare;

import parbench.plot.analysis.Format;
import parbench.plot.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

/**
 * {@code compare}: the CI performance-regression gate. Exit 0: decided, no regression (every
 * benchmark unchanged or faster); 1: at least one benchmark significantly slower by the threshold
 * or more; 2: bad input or usage; 3: undecided (none slower, but at least one inconclusive; 0 with
 * {@code --undecided-passes}). See {@link GateOutcome}.
 */
public final class CompareCommand {

    /** {@link ExitCodes#OK}, kept for the callers of this name. */
    public static final int OK = ExitCodes.OK;
    /** {@link ExitCodes#REGRESSION}. */
    public static final int REGRESSION = ExitCodes.REGRESSION;
    /** {@link ExitCodes#USAGE}. */
    public static final int BAD_INPUT = ExitCodes.USAGE;
    /** {@link ExitCodes#UNDECIDED}: no regression found, but at least one benchmark could not be told apart from noise. */
    public static final int UNDECIDED = ExitCodes.UNDECIDED;

    static final String USAGE = String.join("\n",
            "usage: compare BASELINE CURRENT [options]",
            "       compare --baseline PATH [--baseline PATH ...] --current PATH [--current PATH ...] [options]",
            "       compare --current PATH [options]          (baseline: BASELINE_ROOT/<machine profile of current>)",
            "",
            "Each PATH is a JMH JSON file, a run folder holding jmh.json (and environment.json), or a",
            "folder of run folders. Several baseline runs let compare measure run-to-run noise.",
            "",
            "options:",
            "  --threshold F          minimum change that counts, fraction or percent (default "
                    + Format.num(CompareSettings.DEFAULT_THRESHOLD) + ", i.e. "
                    + Format.percentExact(CompareSettings.DEFAULT_THRESHOLD) + ")",
            "  --alpha A              significance level after correction (default " + CompareSettings.DEFAULT_ALPHA + ")",
            "  --correction C         holm (default), bh (Benjamini-Hochberg) or none",
            "  --markdown FILE        write the Markdown summary to FILE ('-': stdout)",
            "  --junit FILE           write JUnit XML to FILE",
            "  --json FILE            write the verdicts as JSON to FILE",
            "                         (with none of these three, Markdown goes to stdout)",
            "  --baseline-root DIR    where baselines live (default results/baseline)",
            "  --allow-profile-mismatch  compare runs from different machine profiles (warns)",
            "  --fail-on-missing      exit 1 also when a baseline benchmark is missing in current",
            "  --undecided-passes     exit 0 instead of 3 when undecided",
            "  -h, --help             this text",
            "",
            "exit codes: 0 no regression (every benchmark decided unchanged or faster), 1 regression,",
            "2 bad input or usage, 3 undecided (none slower, but at least one inconclusive: too noisy,",
            "or one fork per side; more forks decide it)");

    private CompareCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (UsageException e) {
            return Cli.fail(err, "compare", "usage error: " + e.getMessage(), USAGE);
        }
        if (o.help) {
            out.println(USAGE);
            return OK;
        }
        ComparisonReport report;
        try {
            List<Run> current = loadAll(o.current);
            List<Path> basePaths = o.baseline;
            if (basePaths.isEmpty()) {
                basePaths = List.of(defaultBaseline(o.baselineRoot, current));
            }
            List<Run> baseline = loadAll(basePaths);
            report = Comparer.compare(baseline, current,
                    o.gate.settings(), o.allowProfileMismatch);
        } catch (CompareException e) {
            return Cli.fail(err, "compare", "bad input: " + e.getMessage());
        }
        return finish("compare", report, o.gate, o.failOnMissing, out, err);
    }

    /**
     * Writes the report where asked (Markdown to stdout if nowhere) and returns the exit code
     * ({@link GateOutcome}); shared by {@code compare} and {@code ab} so both report and decide alike.
     */
    public static int finish(String tool, ComparisonReport report, GateOptions gate, boolean failOnMissing,
                             PrintStream out, PrintStream err) {
        for (String w : report.warnings()) {
            err.println(tool + ": warning: " + w);
        }
        GateOutcome outcome = GateOutcome.of(report, failOnMissing, gate.undecidedPasses);
        String markdown = MarkdownWriter.write(report, outcome);
        try {
            boolean any = false;
            if (gate.markdown != null) {
                any = true;
                if (gate.markdown.equals("-")) {
                    out.print(markdown);
                } else {
                    AtomicFiles.write(Path.of(gate.markdown), markdown);
                }
            }
            if (gate.junit != null) {
                any = true;
                AtomicFiles.write(Path.of(gate.junit), JunitXmlWriter.write(report, outcome));
            }
            if (gate.json != null) {
                any = true;
                AtomicFiles.write(Path.of(gate.json), JsonVerdictWriter.write(report, outcome));
            }
            if (!any) {
                out.print(markdown);
            }
        } catch (IOException | RuntimeException e) {
            return Cli.fail(err, tool, "cannot write output: " + e);
        }
        List<Comparison> slower = report.with(Verdict.SLOWER);
        String counts = report.comparisons().size() + " compared, " + report.with(Verdict.FASTER).size() + " faster, "
                + report.with(Verdict.INCONCLUSIVE).size() + " inconclusive, " + report.missing().size() + " missing, "
                + report.added().size() + " new";
        switch (outcome.kind()) {
            case REGRESSION:
                if (!slower.isEmpty()) {
                    err.println(tool + ": REGRESSION: " + slower.size() + " benchmark(s) slower: "
                            + slower.stream().map(c -> c.key().display() + " x" + Format.ratio(c.estimate().ratio()))
                            .collect(Collectors.joining("; ")));
                }
                if (!report.allocatesMore().isEmpty()) {
                    err.println(tool + ": REGRESSION: " + report.allocatesMore().size()
                            + " benchmark(s) allocate more per operation: " + report.allocatesMore().stream()
                            .map(a -> a.key().display() + " " + Format.num(a.baseline()) + " -> " + Format.num(a.current()) + " B/op")
                            .collect(Collectors.joining("; ")));
                }
                if (slower.isEmpty() && report.allocatesMore().isEmpty()) {
                    err.println(tool + ": REGRESSION: " + report.missing().size() + " benchmark(s) missing in current: "
                            + report.missing().stream().map(BenchmarkKey::display).collect(Collectors.joining("; ")));
                }
                break;
            case UNDECIDED:
                // One line for the run, however many benchmarks are undecided.
                err.println(tool + ": UNDECIDED: " + outcome.summary().substring("Undecided: ".length())
                        + " To decide: " + outcome.toDecide() + " (" + counts + "; "
                        + (gate.undecidedPasses ? "exit 0: --undecided-passes" : "exit " + UNDECIDED
                        + ", --undecided-passes makes it 0") + ")");
                break;
            default:
                err.println(tool + ": no regression (" + counts + ")");
        }
        if (outcome.kind() != GateOutcome.Kind.UNDECIDED && report.oneForkLine() != null) {
            err.println(tool + ": note: " + report.oneForkLine());
        }
        return outcome.exitCode();
    }

    /** "0.1" or "10%" as a fraction, for other commands' --threshold (same rules as compare's). */
    public static double parseFraction(String option, String value) throws CompareException {
        return Options.fraction(option, value);
    }

    /** A significance level in (0, 1), for other commands' --alpha. */
    public static double parseAlpha(String option, String value) throws CompareException {
        double a = Options.number(option, value);
        if (!(a > 0 && a < 1)) {
            throw new CompareException(option + " must be between 0 and 1 (exclusive), got " + value);
        }
        return a;
    }

    private static List<Run> loadAll(List<Path> paths) throws CompareException {
        List<Run> runs = new ArrayList<>();
        for (Path p : paths) {
            runs.addAll(RunLoader.load(p));
        }
        return runs;
    }

    private static Path defaultBaseline(Path root, List<Run> current) throws CompareException {
        String profile = current.stream().map(Run::machineProfile).filter(p -> p != null).findFirst().orElse(null);
        if (profile == null) {
            throw new CompareException("no baseline given and the current run has no machineProfile in an "
                    + "environment.json to find one under " + root + "; pass --baseline PATH");
        }
        Path dir = root.resolve(profile);
        if (!Files.isDirectory(dir)) {
            throw new CompareException("no baseline for machine profile '" + profile + "': " + dir
                    + " does not exist (create one with: promote RUN_DIR)");
        }
        return dir;
    }

    /** Parsed command line. */
    static final class Options {
        final List<Path> baseline = new ArrayList<>();
        final List<Path> current = new ArrayList<>();
        Path baselineRoot = Path.of("results", "baseline");
        final GateOptions gate = new GateOptions(CompareSettings.DEFAULT_THRESHOLD);
        boolean allowProfileMismatch;
        boolean failOnMissing;
        boolean help;

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            List<String> positional = new ArrayList<>();
            OptionScanner.scan(args, GateOptions.flagsPlus("--allow-profile-mismatch", "--fail-on-missing"),
                    GateOptions.plus("--baseline", "--current", "--baseline-root"), false, "", positional, (name, value) -> {
                        switch (name) {
                            case "--help":
                                o.help = true;
                                break;
                            case "--allow-profile-mismatch":
                                o.allowProfileMismatch = true;
                                break;
                            case "--fail-on-missing":
                                o.failOnMissing = true;
                                break;
                            case "--undecided-passes":
                                o.gate.flag(name);
                                break;
                            default:
                                o.set(name, value);
                        }
                    });
            if (o.help) {
                return o;
            }
            if (!positional.isEmpty()) {
                if (!o.baseline.isEmpty() || !o.current.isEmpty()) {
                    throw new CompareException("give paths either as BASELINE CURRENT or with --baseline/--current, not both");
                }
                if (positional.size() != 2) {
                    throw new CompareException("expected two paths, BASELINE and CURRENT, got " + positional.size()
                            + " (for several runs per side use --baseline/--current or a folder of runs)");
                }
                o.baseline.add(Path.of(positional.get(0)));
                o.current.add(Path.of(positional.get(1)));
            }
            if (o.current.isEmpty()) {
                throw new CompareException("no current run given");
            }
            return o;
        }

        private void set(String option, String value) throws CompareException {
            switch (option) {
                case "--baseline":
                    baseline.add(Path.of(value));
                    break;
                case "--current":
                    current.add(Path.of(value));
                    break;
                case "--baseline-root":
                    baselineRoot = Path.of(value);
                    break;
                default:
                    gate.set(option, value);
            }
        }

        /** "0.1", "10%" → 0.1; must be finite and in [0, 10). */
        private static double fraction(String option, String value) throws CompareException {
            String v = value.trim();
            boolean percent = v.endsWith("%");
            double d = number(option, percent ? v.substring(0, v.length() - 1).trim() : v);
            if (percent) {
                d /= 100;
            }
            if (!(d >= 0 && d < 10)) {
                throw new CompareException(option + " must be a fraction such as 0.1 or a percentage such as 10%, got " + value);
            }
            return d;
        }

        private static double number(String option, String value) throws CompareException {
            try {
                double d = Double.parseDouble(value.trim());
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw new CompareException(option + ": '" + value + "' is not a number" + (value.contains(",")
                        ? " (use a dot as the decimal separator)" : ""));
            }
        }
    }
}
