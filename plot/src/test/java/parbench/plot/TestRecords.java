package parbench.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parbench.plot.model.BenchmarkResult;

/** Builds parsed records for tests. */
public final class TestRecords {

    private TestRecords() {
    }

    /**
     * params as "k", "v", "k", "v"; each value is one fork of one iteration (the fork means are
     * the independent samples of the report's statistics, so these are its n samples).
     */
    public static BenchmarkResult rec(String benchmark, String mode, String unit, String[] params, double... forkMeans) {
        double[][] forks = new double[forkMeans.length][];
        for (int i = 0; i < forks.length; i++) {
            forks[i] = new double[] {forkMeans[i]};
        }
        return forks(benchmark, mode, unit, params, forks);
    }

    /** One record whose forks ran these iterations (like JMH's rawData: one array per fork). */
    public static BenchmarkResult forks(String benchmark, String mode, String unit, String[] params, double[]... forks) {
        TreeMap<String, String> p = new TreeMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        List<double[]> raw = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (double[] f : forks) {
            raw.add(f.clone());
            for (double v : f) {
                sum += v;
                n++;
            }
        }
        return new BenchmarkResult("test.json", benchmark, mode, 1, forks.length, List.of(), "17", p,
                n == 0 ? Double.NaN : sum / n, Double.NaN, unit, List.copyOf(raw), Map.of());
    }

    public static String[] p(String... kv) {
        return kv;
    }

    /** Iterations as an array (readability of {@link #forks}). */
    public static double[] it(double... v) {
        return v;
    }
}
