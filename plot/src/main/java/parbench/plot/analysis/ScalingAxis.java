package parbench.plot.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.ResultFormatException;

/**
 * The thread count that scaling curves are drawn against. This harness's benchmarks carry it as
 * the {@code threads} param. Other projects' do not: there it is JMH's own thread count
 * ({@code -t}, {@code @Threads}, a {@code @Group}'s size) when one benchmark was run at several, or
 * a param the user names ({@code report --scaling-param NAME}). Either is rewritten here into the
 * {@code threads} param, so every calculation after it reads one place.
 *
 * <p>With JMH's thread count in a time mode (avgt, sample, ss) every thread runs operations of its
 * own, and JMH reports the time of one operation of one thread: ideal scaling keeps that time
 * constant. Those times are divided by the thread count (the time per operation of all threads
 * together), so that T(1)/T(p) is the throughput ratio, as it is for thrpt, whose score JMH already
 * sums over the threads.
 */
public final class ScalingAxis {

    private ScalingAxis() {
    }

    /**
     * The records with their scaling axis as the {@code threads} param.
     *
     * @param param the param to scale over, or null: JMH's thread count where it varies
     * @param notes receives one line saying which axis was used
     * @throws ResultFormatException a named param that no record has, or a value that is no thread count
     */
    public static List<BenchmarkResult> apply(List<BenchmarkResult> records, String param, List<String> notes)
            throws ResultFormatException {
        return param == null ? fromJmhThreads(records, notes) : fromParam(records, param, notes);
    }

    private static List<BenchmarkResult> fromParam(List<BenchmarkResult> records, String param, List<String> notes)
            throws ResultFormatException {
        if (param.equals(Measured.THREADS)) {
            return records;
        }
        List<BenchmarkResult> out = new ArrayList<>(records.size());
        int used = 0;
        for (BenchmarkResult r : records) {
            String v = r.params().get(param);
            if (v == null) {
                out.add(r);
                continue;
            }
            int t;
            try {
                t = Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                t = 0;
            }
            if (t < 1) {
                throw new ResultFormatException(Path.of(r.source()), "--scaling-param " + param + ": " + r.benchmark()
                        + " has " + param + "=" + v + ", which is not a thread count (a whole number ≥ 1)");
            }
            if (r.params().containsKey(Measured.THREADS)) {
                throw new ResultFormatException(Path.of(r.source()), "--scaling-param " + param + ": " + r.benchmark()
                        + " has a threads param as well; name one axis");
            }
            SortedMap<String, String> p = new TreeMap<>(r.params());
            p.remove(param);
            p.put(Measured.THREADS, Integer.toString(t));
            out.add(with(r, p));
            used++;
        }
        if (used == 0) {
            throw new ResultFormatException(Path.of(records.isEmpty() ? "." : records.get(0).source()),
                    "--scaling-param " + param + ": no record has a param '" + param + "'");
        }
        notes.add("Scaling axis: the param '" + param + "' (--scaling-param), in " + used + " results: speedup and "
                + "efficiency are computed against its value 1.");
        return out;
    }

    /** JMH's thread count where one benchmark (same mode and params, no threads param) ran at two or more. */
    private static List<BenchmarkResult> fromJmhThreads(List<BenchmarkResult> records, List<String> notes) {
        Map<String, Set<Integer>> counts = new HashMap<>();
        for (BenchmarkResult r : records) {
            if (!r.params().containsKey(Measured.THREADS)) {
                counts.computeIfAbsent(key(r), k -> new LinkedHashSet<>()).add(r.threads());
            }
        }
        List<BenchmarkResult> out = new ArrayList<>(records.size());
        Set<String> benchmarks = new java.util.TreeSet<>();
        for (BenchmarkResult r : records) {
            Set<Integer> c = counts.get(key(r));
            if (c == null || c.size() < 2 || r.threads() < 1) {
                out.add(r);
                continue;
            }
            SortedMap<String, String> p = new TreeMap<>(r.params());
            p.put(Measured.THREADS, Integer.toString(r.threads()));
            out.add(r.higherIsBetter() ? with(r, p) : perGroupTime(with(r, p)));
            benchmarks.add(r.benchmark());
        }
        if (!benchmarks.isEmpty()) {
            notes.add("Scaling axis: JMH's thread count (-t, @Threads), which varies for " + benchmarks.size()
                    + " benchmark" + (benchmarks.size() == 1 ? "" : "s") + " across the inputs; shown as threads=N. "
                    + "Times of time modes are divided by N (each of JMH's threads runs operations of its own), so "
                    + "that speedups are throughput ratios.");
        }
        return out;
    }

    /** A time-mode record's score and iterations divided by its JMH thread count. */
    private static BenchmarkResult perGroupTime(BenchmarkResult r) {
        double t = r.threads();
        List<double[]> raw = new ArrayList<>(r.rawData().size());
        for (double[] f : r.rawData()) {
            double[] g = f.clone();
            for (int i = 0; i < g.length; i++) {
                g[i] /= t;
            }
            raw.add(g);
        }
        return new BenchmarkResult(r.source(), r.benchmark(), r.mode(), r.threads(), r.forks(), r.jvmArgs(),
                r.jdkVersion(), r.params(), r.score() / t, r.scoreError() / t, r.unit(), raw, r.secondary(),
                r.secondaryDetail(), r.percentiles());
    }

    private static String key(BenchmarkResult r) {
        return r.benchmark() + "|" + r.mode() + "|" + r.params();
    }

    private static BenchmarkResult with(BenchmarkResult r, SortedMap<String, String> params) {
        return new BenchmarkResult(r.source(), r.benchmark(), r.mode(), r.threads(), r.forks(), r.jvmArgs(),
                r.jdkVersion(), params, r.score(), r.scoreError(), r.unit(), r.rawData(), r.secondary(),
                r.secondaryDetail(), r.percentiles());
    }
}
