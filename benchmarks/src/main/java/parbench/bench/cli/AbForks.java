package parbench.bench.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import parbench.bench.run.ForkFlags;
import parbench.plot.compare.CompareException;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;

/** ab's child processes: listing a jar's benchmarks, and running one fork pair (in turn or as a duet). */
final class AbForks {
    private final AbOptions o;
    private final PrintStream err;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** The params of the benchmarks listed so far: JMH can only be asked for the -p values by name. */
    private final Set<String> params = new TreeSet<>();

    AbForks(AbOptions o, PrintStream err) {
        this.o = o;
        this.err = err;
    }

    /**
     * Runs one fork pair of one benchmark and returns {base results, head results}.
     *
     * @param pair 0 for the uncounted first pair
     */
    @SuppressWarnings("unchecked")
    List<BenchmarkResult>[] pair(int pair, String bench, boolean duet, boolean headFirst, Path forks, JsonArray schedule)
            throws CompareException, IOException, InterruptedException {
        String tag = String.format(Locale.ROOT, "p%02d-%s", pair, AbCommand.shortName(bench));
        Path bj = forks.resolve(tag + "-base.json");
        Path hj = forks.resolve(tag + "-head.json");
        err.printf(Locale.ROOT, "ab: pair %d %s: %s%n", pair, AbCommand.shortName(bench),
                duet ? "both at once" : headFirst ? "head, base" : "base, head");
        if (duet) {
            // Both at once; the coin still decides which starts first and takes the first core.
            Process ph = headFirst ? start(o.headJar, o.headJvmArgs, bench, hj) : null;
            Process pb = start(o.baseJar, o.baseJvmArgs, bench, bj);
            ph = headFirst ? ph : start(o.headJar, o.headJvmArgs, bench, hj);
            int baseCore = headFirst ? 1 : 0;
            Path swapLog = forks.resolve(tag + "-duet.log");
            Process swapper = DuetSwapper.start(pb.toHandle(), ph.toHandle(), baseCore, swapLog);
            try {
                finish(pb, "base", bench, bj);
                finish(ph, "head", bench, hj);
                DuetSwapper.check(swapper, swapLog);
            } finally {
                swapper.destroy();
            }
        } else if (headFirst) {
            finish(start(o.headJar, o.headJvmArgs, bench, hj), "head", bench, hj);
            finish(start(o.baseJar, o.baseJvmArgs, bench, bj), "base", bench, bj);
        } else {
            finish(start(o.baseJar, o.baseJvmArgs, bench, bj), "base", bench, bj);
            finish(start(o.headJar, o.headJvmArgs, bench, hj), "head", bench, hj);
        }
        JsonObject s = new JsonObject();
        s.addProperty("pair", pair);
        s.addProperty("benchmark", bench);
        s.addProperty("order", duet ? "duet" : headFirst ? "head,base" : "base,head");
        s.addProperty("base", forks.relativize(bj).toString());
        s.addProperty("head", forks.relativize(hj).toString());
        if (pair == 0) {
            s.addProperty("counted", false);
        }
        schedule.add(s);
        return new List[] {read(bj), read(hj)};
    }

    /** A jar's selected benchmarks and the names of their params, as JMH's -lp lists them. */
    record Listing(Set<String> benchmarks, Set<String> params) {
    }

    /** The selected benchmarks of a jar, by plain JMH's -lp (applies the includes and excludes); remembers their params. */
    Set<String> list(String side, Path jar) throws CompareException, IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(ForkFlags.ALL);
        cmd.addAll(List.of("-cp", jar.toString(), "org.openjdk.jmh.Main", "-lp"));
        for (String e : o.excludes) {
            cmd.add("-e");
            cmd.add(e);
        }
        cmd.addAll(o.includes);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        if (p.waitFor() != 0) {
            throw new CompareException(side + " jar " + jar + ": listing its benchmarks failed: "
                    + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
        }
        Listing l = parseListing(lines);
        params.addAll(l.params());
        return l.benchmarks();
    }

    /** JMH's -lp output: "Benchmarks:", then a name per line, each followed by indented {@code param "n" = {…}} lines. */
    static Listing parseListing(List<String> lines) {
        Set<String> names = new TreeSet<>();
        Set<String> params = new TreeSet<>();
        boolean in = false;
        for (String line : lines) {
            String t = line.trim();
            if (line.startsWith("Benchmarks:")) {
                in = true;
            } else if (in && t.startsWith("param \"")) {
                params.add(t.substring(7, t.indexOf('"', 7)));
            } else if (in && !t.isEmpty()) {
                names.add(t);
            }
        }
        return new Listing(names, params);
    }

    /** Starts one fork: plain JMH of the jar, one benchmark, one fork. */
    Process start(Path jar, List<String> sideArgs, String bench, Path json) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        // JMH gives its forks the host JVM's arguments, so these reach the measured fork.
        cmd.addAll(ForkFlags.ALL);
        // JMH's machine-wide /tmp/jmh.lock makes a child fail at once if any other JMH runs
        // (a duet twin, or another job on a shared machine) and would throw the job away
        // mid-way; ab schedules its own forks, and other load is what the pairing cancels.
        cmd.add("-Djmh.ignoreLock=true");
        cmd.addAll(sideArgs);
        cmd.addAll(List.of("-cp", jar.toString(), "org.openjdk.jmh.Main", "^" + Pattern.quote(bench) + "$"));
        cmd.addAll(o.childJmh(params));
        cmd.addAll(List.of("-f", "1", "-rf", "json", "-rff", json.toString()));
        Path log = json.resolveSibling(json.getFileName().toString().replace(".json", ".log"));
        Files.deleteIfExists(json);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    void finish(Process p, String side, String bench, Path json) throws CompareException, InterruptedException {
        if (!p.waitFor(6, TimeUnit.HOURS)) {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(json)) {
            throw new CompareException("the " + side + " fork of " + bench + " failed (exit " + p.exitValue()
                    + "); see " + json.resolveSibling(json.getFileName().toString().replace(".json", ".log")));
        }
    }

    List<BenchmarkResult> read(Path json) throws CompareException {
        try {
            List<BenchmarkResult> r = JmhJsonReader.read(json);
            if (r.isEmpty()) {
                throw new CompareException(json + ": the fork produced no result");
            }
            return r;
        } catch (ResultFormatException e) {
            throw new CompareException(e.getMessage());
        }
    }
}
