package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parbench.plot.model.Environment;

/**
 * Coverage: what the report expected and did not get (classes, backends, calibration methods),
 * and why when environment.json says. The expected methods per class come from environment.json
 * ({@code "benchmarks"}, written from the harness's backend registry); older runs use the list of their time.
 */
final class Coverage {

    private Coverage() {
    }

    /**
     * The methods a full harness run has per class, for runs recorded before environment.json held
     * them ({@code "benchmarks"}, written from the harness's backend registry): the list of that time.
     */
    static final Map<String, List<String>> LEGACY_METHODS = legacyMethods();

    private static Map<String, List<String>> legacyMethods() {
        List<String> backends = List.of("serial", "forkjoin", "streams", "simd", "simd_forkjoin",
                "aparapi_end_to_end", "aparapi_kernel_only", "jocl_end_to_end", "jocl_kernel_only",
                "jcuda_end_to_end", "jcuda_kernel_only");
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (String cls : List.of("VectorAddBenchmark", "MatmulBenchmark", "Conv2dBenchmark", "MonteCarloPiBenchmark")) {
            m.put(cls, backends);
        }
        m.put("CalibrationBenchmark", List.of("fma_peak", "stream_add", "stream_copy"));
        return m;
    }

    /** environment.json's {@code "benchmarks"} (class → methods) when the run recorded it, else {@link #LEGACY_METHODS}. */
    static Map<String, List<String>> expectedMethods(Environment env) {
        return env.benchmarks() != null ? env.benchmarks() : LEGACY_METHODS;
    }

    static List<Missing> missing(List<Measured> measured, Environment env) {
        List<Missing> out = new ArrayList<>();
        if (measured.isEmpty()) {
            out.add(new Missing("all results", "the run produced no results"));
        }
        for (Map.Entry<String, String> e : env.unavailable().entrySet()) {
            out.add(new Missing("backend " + e.getKey(), "unavailable per environment.json: " + e.getValue()));
        }
        Map<String, List<String>> expected = expectedMethods(env);
        Map<String, java.util.Set<String>> methodsByClass = new TreeMap<>();
        String pkg = null;
        for (Measured m : measured) {
            String simple = Work.simpleName(m.cls());
            if (expected.containsKey(simple)) {
                methodsByClass.computeIfAbsent(simple, k -> new java.util.TreeSet<>()).add(m.method());
                pkg = m.cls().substring(0, m.cls().length() - simple.length());
            }
        }
        if (pkg == null) {
            return out;
        }
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            String cls = e.getKey();
            java.util.Set<String> present = methodsByClass.get(cls);
            if (present == null) {
                out.add(new Missing(cls, "no results for this class in the run"));
                continue;
            }
            for (String m : e.getValue()) {
                if (present.contains(m)) {
                    continue;
                }
                if (cls.equals("CalibrationBenchmark")) {
                    out.add(new Missing(cls + "." + m, "absent from the results"));
                    continue;
                }
                String backend = m.replace("_end_to_end", "").replace("_kernel_only", "");
                String why = env.unavailable().containsKey(backend)
                        ? "backend unavailable: " + env.unavailable().get(backend)
                        : "absent from the results (skipped or not run)";
                out.add(new Missing(cls + "." + m, why));
            }
        }
        return out;
    }
}
