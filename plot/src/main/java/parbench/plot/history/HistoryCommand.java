package parbench.plot.history;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
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
        } catch (HistoryException e) {
            err.println("history: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("history: I/O error: " + e.getMessage());
            return 2;
        }
    }

    private static int add(String[] args, PrintStream out) throws HistoryException, IOException {
        List<Path> runs = new ArrayList<>();
        String store = null;
        String commit = null;
        String time = null;
        boolean again = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--store":
                    store = value(args, ++i, a);
                    break;
                case "--commit":
                    commit = value(args, ++i, a);
                    break;
                case "--time":
                    time = value(args, ++i, a);
                    break;
                case "--again":
                    again = true;
                    break;
                default:
                    if (a.startsWith("-")) {
                        throw new HistoryException("add: unknown option " + a);
                    }
                    runs.add(Path.of(a));
            }
        }
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
            if (!again && inStore.contains(n.commit())) {
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

    private static int report(String[] args, PrintStream out) throws HistoryException, IOException {
        String store = null;
        String outDir = null;
        Changes.Settings d = Changes.Settings.defaults();
        double alpha = d.alpha();
        double minChange = d.minChange();
        boolean charts = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--store":
                    store = value(args, ++i, a);
                    break;
                case "-o":
                case "--out":
                    outDir = value(args, ++i, a);
                    break;
                case "--alpha":
                    alpha = number(value(args, ++i, a), a);
                    if (!(alpha > 0 && alpha < 1)) {
                        throw new HistoryException("--alpha must be between 0 and 1");
                    }
                    break;
                case "--min-change":
                    String v = value(args, ++i, a);
                    minChange = v.endsWith("%") ? number(v.substring(0, v.length() - 1), a) / 100 : number(v, a);
                    if (!(minChange >= 0 && minChange < 10)) {
                        throw new HistoryException("--min-change must be a fraction such as 0.02 or a percentage such as 2%");
                    }
                    break;
                case "--no-charts":
                    charts = false;
                    break;
                default:
                    throw new HistoryException("report: unexpected argument " + a);
            }
        }
        if (store == null || outDir == null) {
            throw new HistoryException("report: --store DIR and -o OUT are required");
        }
        HistoryStore s = new HistoryStore(Path.of(store));
        List<HistoryStore.Entry> entries = s.entries();
        if (entries.isEmpty()) {
            throw new HistoryException(store + ": the store holds no runs (add some with: history add RUN --store " + store + ")");
        }
        Changes.Settings settings = new Changes.Settings(alpha, d.permutations(), d.minSize(), minChange);
        List<HistoryReport.Analysed> all = HistoryReport.analyse(Series.build(entries), settings);
        HistoryReport.write(Path.of(outDir), all, entries.size(), settings, charts);
        long changes = all.stream().mapToLong(a -> a.reported().size()).sum();
        out.println("history: " + all.size() + " benchmark(s) over " + entries.size() + " run(s), " + changes
                + " change(s); report in " + Path.of(outDir).resolve("index.html"));
        return 0;
    }

    private static String value(String[] args, int i, String option) throws HistoryException {
        if (i >= args.length) {
            throw new HistoryException(option + " needs a value");
        }
        return args[i];
    }

    private static double number(String v, String option) throws HistoryException {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new HistoryException(option + ": '" + v + "' is not a number");
        }
    }
}
