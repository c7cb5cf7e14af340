package parbench.plot;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parbench.plot.model.BenchmarkResult;

/** Builds parsed records for tests: one fork whose iterations are the given values. */
public final class TestRecords {

    private TestRecords() {
    }

    /** params as "k", "v", "k", "v". */
    public static BenchmarkResult rec(String benchmark, String mode, String unit, String[] params, double... raw) {
        TreeMap<String, String> p = new TreeMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        double mean = java.util.Arrays.stream(raw).average().orElse(Double.NaN);
        return new BenchmarkResult("test.json", benchmark, mode, 1, 1, List.of(), "17", p, mean, Double.NaN, unit,
                List.of(raw.clone()), Map.of());
    }

    public static String[] p(String... kv) {
        return kv;
    }
}
