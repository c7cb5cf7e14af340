package parbench.plot.history;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

/**
 * {@code history add RUN... --store DIR [--commit SHA] [--time ISO] [--again]} and
 * {@code history report --store DIR -o OUT}. Exit 0 done, 2 bad input or usage.
 */
public final class HistoryCommand {

    static final String USAGE = String.join("\n",
            "usage: history add RUN... --store DIR [--commit SHA] [--time ISO-8601] [--again]",
            "       history report --store DIR -o OUT [--alpha A] [--min-change F] [--no-charts]",
            "",
            "add: appends runs (a run folder with jmh.json, or a JMH JSON file) to the store; commit and",
            "     time come from the run's environment.json (git.commit, start) unless given. A commit",
            "     already in the store is refused unless --again (then both runs count for that commit).",
            "report: trend charts (PNG + SVG), changes.csv, changes.md and index.html in OUT, with change",
            "     points by E-divisive means and a permutation test (--alpha, default "
                    + Changes.Settings.defaults().alpha() + "); steps smaller than",
            "     --min-change (default " + Changes.Settings.defaults().minChange() + ") are listed apart.",
            "",
            "exit codes: 0 done, 2 bad input or usage");

    private HistoryCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return ExitCodes.USAGE;
        }
        if (args[0].equals("-h") || args[0].equals("--help")) {
            out.println(USAGE);
            return ExitCodes.OK;
        }
        try {
            switch (args[0]) {
                case "add":
                    return add(java.util.Arrays.copyOfRange(args, 1, args.length), out);
                case "report":
                    return report(java.util.Arrays.copyOfRange(args, 1, args.length), out);
                default:
                    throw new HistoryException("unknown subcommand '" + args[0] + "' (add or report)");
            }
        } catch (UsageException e) {
            return Cli.fail(err, "history", e.getMessage());
        } catch (IOException e) {
            return Cli.fail(err, "history", "I/O error: " + e.getMessage());
        }
    }

    private static int add(String[] args, PrintStream out) throws UsageException, IOException {
        List<String> positional = new ArrayList<>();
        String[] opt = new String[3];
        boolean[] again = {false};
        boolean[] help = {false};
        new OptionScanner().flag("--again").value("--store", "--commit", "--time")
                .unknown(name -> "add: unknown option " + name)
                .scan(args, positional, (name, value) -> {
                    switch (name) {
                        case "--store" -> opt[0] = value;
                        case "--commit" -> opt[1] = value;
                        case "--time" -> opt[2] = value;
                        case "--again" -> again[0] = true;
                        default -> help[0] = true;
                    }
                });
        if (help[0]) {
            out.println(USAGE);
            return ExitCodes.OK;
        }
        List<Path> runs = positional.stream().map(Path::of).toList();
        String store = opt[0];
        String commit = opt[1];
        String time = opt[2];
        if (store == null) {
            throw new HistoryException("add: --store DIR is required");
        }
        if (runs.isEmpty()) {
            throw new HistoryException("add: no RUN given");
        }
        HistoryStore s = new HistoryStore(Path.of(store));
        // Check every run before adding any, so bad input adds nothing.
        List<HistoryStore.NewRun> resolved = new ArrayList<>();
        Set<String> inStore = new HashSet<>();
        s.entries().forEach(e -> inStore.add(e.commit()));
        for (Path r : runs) {
            HistoryStore.NewRun n = HistoryStore.resolve(r, commit, time);
            if (!again[0] && inStore.contains(n.commit())) {
                throw new HistoryException("commit " + n.commit() + " is already in " + store
                        + " (pass --again to add another run of it)");
            }
            resolved.add(n);
        }
        for (HistoryStore.NewRun n : resolved) {
            HistoryStore.Entry e = s.add(n);
            out.println("history: added " + n.source() + " as " + e.name() + " (commit " + e.commit() + ", " + e.time() + ")");
        }
        return 0;
    }

    private static int report(String[] args, PrintStream out) throws UsageException, IOException {
        Changes.Settings d = Changes.Settings.defaults();
        String[] opt = new String[2];
        double[] alpha = {d.alpha()};
        double[] minChange = {d.minChange()};
        boolean[] charts = {true};
        boolean[] help = {false};
        List<String> positional = new ArrayList<>();
        new OptionScanner().flag("--no-charts").value("--store", "--out", "--alpha", "--min-change").alias("-o", "--out")
                .unknown(name -> "report: unexpected argument " + name)
                .scan(args, positional, (name, value) -> {
                    switch (name) {
                        case "--store" -> opt[0] = value;
                        case "--out" -> opt[1] = value;
                        case "--alpha" -> alpha[0] = alpha(value);
                        case "--min-change" -> minChange[0] = minChange(value);
                        case "--no-charts" -> charts[0] = false;
                        default -> help[0] = true;
                    }
                });
        if (help[0]) {
            out.println(USAGE);
            return ExitCodes.OK;
        }
        if (!positional.isEmpty()) {
            throw new HistoryException("report: unexpected argument " + positional.get(0));
        }
        String store = opt[0];
        String outDir = opt[1];
        if (store == null || outDir == null) {
            throw new HistoryException("report: --store DIR and -o OUT are required");
        }
        HistoryStore s = new HistoryStore(Path.of(store));
        List<HistoryStore.Entry> entries = s.entries();
        if (entries.isEmpty()) {
            throw new HistoryException(store + ": the store holds no runs (add some with: history add RUN --store " + store + ")");
        }
        Changes.Settings settings = new Changes.Settings(alpha[0], d.permutations(), d.minSize(), minChange[0]);
        List<HistoryReport.Analysed> all = HistoryReport.analyse(Series.build(entries), settings);
        HistoryReport.write(Path.of(outDir), all, entries.size(), settings, charts[0]);
        long changes = all.stream().mapToLong(a -> a.reported().size()).sum();
        out.println("history: " + all.size() + " benchmark(s) over " + entries.size() + " run(s), " + changes
                + " change(s); report in " + Path.of(outDir).resolve("index.html"));
        return 0;
    }

    private static double alpha(String v) throws HistoryException {
        double alpha = number(v, "--alpha");
        if (!(alpha > 0 && alpha < 1)) {
            throw new HistoryException("--alpha must be between 0 and 1");
        }
        return alpha;
    }

    private static double minChange(String v) throws HistoryException {
        double m = v.endsWith("%") ? number(v.substring(0, v.length() - 1), "--min-change") / 100 : number(v, "--min-change");
        if (!(m >= 0 && m < 10)) {
            throw new HistoryException("--min-change must be a fraction such as 0.02 or a percentage such as 2%");
        }
        return m;
    }

    private static double number(String v, String option) throws HistoryException {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new HistoryException(option + ": '" + v + "' is not a number");
        }
    }
}
