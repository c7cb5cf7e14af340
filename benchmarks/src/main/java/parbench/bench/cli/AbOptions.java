package parbench.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipFile;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;
import parbench.plot.compare.CompareException;
import parbench.plot.compare.GateOptions;

/** ab's parsed command line: its own options before {@code --}, JMH's after it. */
final class AbOptions {

    /** A jar ab can run: exists and holds JMH's benchmark list. Checked before anything runs. */
    static void checkJar(String side, Path jar) throws CompareException {
        if (!Files.isRegularFile(jar)) {
            throw new CompareException(side + " jar " + jar + ": no such file");
        }
        try (ZipFile z = new ZipFile(jar.toFile())) {
            if (z.getEntry("META-INF/BenchmarkList") == null) {
                throw new CompareException(side + " jar " + jar + ": not a benchmark jar (no META-INF/BenchmarkList)");
            }
            if (z.getEntry("org/openjdk/jmh/Main.class") == null) {
                throw new CompareException(side + " jar " + jar + ": not a self-contained benchmark jar (no JMH inside)");
            }
        } catch (IOException e) {
            throw new CompareException(side + " jar " + jar + ": not a jar (" + e.getMessage() + ")");
        }
    }

    Path baseJar;
    Path headJar;
    final List<String> headJvmArgs = new ArrayList<>();
    final List<String> baseJvmArgs = new ArrayList<>();
    Long seed;
    Path outDir;
    /** --duet: every benchmark as a duet; --no-duet: none; neither: single-threaded ones (see AbCommand). */
    Duet duet = Duet.AUTO;
    /** --max-pairs: where a sequential job stops at the latest. */
    int maxPairs = AbCommand.DEFAULT_MAX_PAIRS;
    /** --budget: wall time after which no new round of pairs starts. */
    java.time.Duration budget = AbCommand.DEFAULT_BUDGET;
    final GateOptions gate = new GateOptions(AbCommand.DEFAULT_THRESHOLD);
    boolean help;
    /** The JMH options after "--", as given. */
    final List<String> jmh = new ArrayList<>();
    /** Parsed from them: JMH's -f N, a fixed job of exactly N pairs with one look; null: sequential. */
    Integer fixedPairs;
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    /** JMH's parse of {@link #jmh}. */
    private CommandLineOptions parsedJmh;

    static AbOptions parse(String[] args) throws UsageException {
        AbOptions o = new AbOptions();
        List<String> positional = new ArrayList<>();
        int i = new OptionScanner().flag(GateOptions.flagsPlus("--duet", "--no-duet").toArray(new String[0]))
                .value(GateOptions.plus("--head-jvm-arg", "--base-jvm-arg", "--seed", "--out", "--max-pairs", "--budget")
                        .toArray(new String[0]))
                .stopAtDashDash().unknownHint(" (JMH options go after --; see ab --help)")
                .scan(args, positional, (name, value) -> {
                    if (name.equals("--help")) {
                        o.help = true;
                    } else if (name.equals("--duet") || name.equals("--no-duet")) {
                        Duet d = name.equals("--duet") ? Duet.ALL : Duet.NONE;
                        if (o.duet != Duet.AUTO && o.duet != d) {
                            throw new CompareException("--duet and --no-duet exclude each other");
                        }
                        o.duet = d;
                    } else if (GateOptions.FLAG_NAMES.contains(name)) {
                        o.gate.flag(name);
                    } else {
                        o.set(name, value);
                    }
                });
        for (; i < args.length; i++) {
            o.jmh.add(args[i]);
        }
        if (o.help) {
            return o;
        }
        if (positional.size() != 2) {
            throw new CompareException("expected BASE_JAR and HEAD_JAR, got " + positional.size() + " path(s)");
        }
        o.baseJar = Path.of(positional.get(0));
        o.headJar = Path.of(positional.get(1));
        // Jars first: a missing jar must fail at once, whatever else is wrong.
        checkJar("base", o.baseJar);
        checkJar("head", o.headJar);
        o.splitJmh();
        String noDuet = duetImpossible();
        if (o.duet == Duet.ALL && noDuet != null) {
            throw new CompareException("--duet " + noDuet);
        }
        return o;
    }

    /** Why no duet can run here (one line), or null when it can. */
    static String duetImpossible() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return "needs two cores, this machine has " + Runtime.getRuntime().availableProcessors();
        }
        if (Doctor.onPath(DuetSwapper.PYTHON) == null) {
            return "swaps the twins' cores with " + DuetSwapper.PYTHON + ", which is not on the PATH";
        }
        return null;
    }

    /** How the pairs of a benchmark run. */
    enum Duet { AUTO, ALL, NONE }

    private void set(String option, String value) throws UsageException {
        switch (option) {
            case "--head-jvm-arg":
                headJvmArgs.add(value);
                break;
            case "--base-jvm-arg":
                baseJvmArgs.add(value);
                break;
            case "--seed":
                seed = OptionScanner.integer(option, value);
                break;
            case "--out":
                outDir = Path.of(value);
                break;
            case "--max-pairs":
                long max = OptionScanner.integer(option, value);
                if (max < 3) {
                    throw new CompareException("--max-pairs " + max + ": a sequential job needs at least 3 pairs");
                }
                maxPairs = (int) Math.min(max, Integer.MAX_VALUE);
                break;
            case "--budget":
                budget = parseBudget(value);
                break;
            default:
                gate.set(option, value);
        }
    }

    /** {@code 90s}, {@code 10m}, {@code 1h}, or plain minutes ({@code 10}). */
    static java.time.Duration parseBudget(String value) throws CompareException {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 60;
        if (v.endsWith("s") || v.endsWith("m") || v.endsWith("h")) {
            unit = v.endsWith("s") ? 1 : v.endsWith("m") ? 60 : 3600;
            v = v.substring(0, v.length() - 1).trim();
        }
        double n;
        try {
            n = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new CompareException("--budget: '" + value + "' is not a duration (e.g. 90s, 10m, 1h)");
        }
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new CompareException("--budget: '" + value + "' must be a positive duration");
        }
        return java.time.Duration.ofMillis(Math.round(n * unit * 1000));
    }

    /** Parses the JMH options with JMH's own parser and keeps what ab needs from them. */
    private void splitJmh() throws CompareException {
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(jmh.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            throw new CompareException("JMH options: " + e.getMessage());
        }
        String listing = cmd.shouldHelp() ? "-h" : cmd.shouldList() ? "-l" : cmd.shouldListWithParams() ? "-lp"
                : cmd.shouldListProfilers() ? "-lprof" : cmd.shouldListResultFormats() ? "-lrf" : null;
        if (listing != null) {
            throw new CompareException("JMH option " + listing + " lists or helps instead of running; run it on a jar directly");
        }
        String own = cmd.getResultFormat().hasValue() ? "-rf" : cmd.getResult().hasValue() ? "-rff"
                : cmd.getOutput().hasValue() ? "-o" : null;
        if (own != null) {
            throw new CompareException("JMH option " + own + " is set by ab itself (results go to --out)");
        }
        includes.addAll(cmd.getIncludes());
        excludes.addAll(cmd.getExcludes());
        if (includes.isEmpty()) {
            throw new CompareException("no benchmark selection after -- (e.g. -- 'MonteCarloPiBenchmark\\.serial$'); "
                    + "every benchmark of both jars would take hours");
        }
        if (cmd.getForkCount().hasValue()) {
            fixedPairs = cmd.getForkCount().get();
            if (fixedPairs < 2) {
                throw new CompareException("-f " + fixedPairs + ": ab needs at least 2 fork pairs (10 or more for a verdict you can trust)");
            }
        }
        parsedJmh = cmd;
    }

    /**
     * The JMH options each child gets (without the selection and ab's own options), written back
     * from JMH's parse; {@code paramNames}: the params of the listed benchmarks.
     */
    List<String> childJmh(Collection<String> paramNames) {
        return JmhArgs.write(parsedJmh, paramNames);
    }
}
