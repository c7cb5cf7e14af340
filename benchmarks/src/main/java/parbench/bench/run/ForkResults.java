package parbench.bench.run;

import parbench.plot.io.AtomicFiles;
import parbench.plot.model.ScalingParam;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.WorkloadParams;

/**
 * The forks of a run on disk and their merge: each finished fork is kept as one file under
 * {@code forks/} (JMH's own serializable result plus the iteration scores), and the merge turns
 * them into one JMH record per combination whose raw data has one array per fork, exactly as JMH
 * itself builds a multi-fork result, written with JMH's own result writer.
 */
public final class ForkResults {

    static final String DIR = "forks";

    /** One finished fork: JMH's result ({@code null} if the fork failed under {@code -foe false}) and its iteration scores. */
    public record ForkRecord(int combination, int fork, RunResult result, String unit, List<Double> warmup, List<Double> measurement)
            implements Serializable {
    }

    private ForkResults() {
    }

    static Path file(Path stateDir, ForkPlan.Slot s) {
        return stateDir.resolve(DIR).resolve(String.format(Locale.ROOT, "c%05d-f%03d.ser", s.combination(), s.fork()));
    }

    static void save(Path stateDir, ForkRecord r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        AtomicFiles.write(file(stateDir, new ForkPlan.Slot(r.combination(), r.fork())), bytes.toByteArray());
    }

    /** Every fork saved under {@code stateDir/forks}; unreadable files (a fork of another build) are an IOException. */
    static List<ForkRecord> load(Path stateDir) throws IOException {
        Path dir = stateDir.resolve(DIR);
        List<ForkRecord> records = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return records;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".ser")).sorted().toList()) {
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
                    records.add((ForkRecord) in.readObject());
                } catch (ClassNotFoundException | ClassCastException | java.io.ObjectStreamException e) {
                    throw new IOException("cannot read " + f + " (saved by another build?): " + e);
                }
            }
        }
        return records;
    }

    /**
     * One RunResult per combination holding the BenchmarkResult of every fork, in fork order,
     * with {@code forks} = number of forks merged; in plan order (the order in which JMH would
     * run the combinations: benchmark name, then parameter values as given).
     */
    public static List<RunResult> merge(List<ForkRecord> records) {
        Map<Integer, TreeMap<Integer, RunResult>> byCombination = new TreeMap<>();
        for (ForkRecord r : records) {
            if (r.result() != null) {
                byCombination.computeIfAbsent(r.combination(), k -> new TreeMap<>()).put(r.fork(), r.result());
            }
        }
        List<RunResult> merged = new ArrayList<>();
        for (TreeMap<Integer, RunResult> forks : byCombination.values()) {
            List<BenchmarkResult> all = new ArrayList<>();
            forks.values().forEach(rr -> all.addAll(rr.getBenchmarkResults()));
            BenchmarkParams first = forks.firstEntry().getValue().getParams();
            merged.add(new RunResult(withForks(first, all.size()), all));
        }
        return merged;
    }

    /**
     * The same parameters with another fork count: what JMH's JSON prints as "forks". Without
     * {@code scaling=strong}: the default is recorded as no {@code scaling} param (ScalingParam), so
     * a default sweep's results are those of the harness before the param existed.
     */
    static BenchmarkParams withForks(BenchmarkParams p, int forks) {
        WorkloadParams wp = new WorkloadParams();
        int order = 0;
        for (String k : p.getParamsKeys()) {
            if (k.equals(ScalingParam.NAME) && ScalingParam.STRONG.equals(p.getParam(k))) {
                continue;
            }
            wp.put(k, p.getParam(k), order++);
        }
        return new BenchmarkParams(p.getBenchmark(), p.generatedBenchmark(), p.shouldSynchIterations(), p.getThreads(),
                p.getThreadGroups(), p.getThreadGroupLabels(), forks, p.getWarmupForks(), p.getWarmup(), p.getMeasurement(),
                p.getMode(), wp, p.getTimeUnit(), p.getOpsPerInvocation(), p.getJvm(), p.getJvmArgs(), p.getJdkVersion(),
                p.getVmName(), p.getVmVersion(), p.getJmhVersion(), p.getTimeout());
    }

    /** The results in a JMH format, as JMH's own writer prints them. */
    public static byte[] format(List<RunResult> results, ResultFormatType type) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(type, out).writeOut(results);
        }
        return bytes.toByteArray();
    }

    /** {@code iterations.json}: one object per fork, in plan order of combinations then fork number. */
    static JsonArray iterations(List<ForkRecord> records, ForkPlan plan) {
        List<ForkRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingInt(ForkRecord::combination).thenComparingInt(ForkRecord::fork));
        JsonArray a = new JsonArray();
        for (ForkRecord r : sorted) {
            if (r.result() == null) {
                continue;
            }
            ForkPlan.Combination c = plan.combinations.get(r.combination());
            JsonObject o = new JsonObject();
            o.addProperty("benchmark", c.benchmark());
            o.addProperty("mode", r.result().getParams().getMode().shortLabel());
            if (!c.params().isEmpty()) {
                JsonObject p = new JsonObject();
                c.params().forEach(p::addProperty);
                o.add("params", p);
            }
            o.addProperty("fork", r.fork());
            o.addProperty("unit", r.unit());
            JsonArray w = new JsonArray();
            r.warmup().forEach(w::add);
            o.add("warmup", w);
            JsonArray m = new JsonArray();
            r.measurement().forEach(m::add);
            o.add("measurement", m);
            a.add(o);
        }
        return a;
    }
}
