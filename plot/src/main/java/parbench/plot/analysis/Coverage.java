package parbench.plot.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parbench.plot.analysis.Analysis.Missing;
import parbench.plot.model.Environment;

/**
 * Coverage: what the report expected and did not get (classes, backends, calibration methods),
 * and why when environment.json says. Moved out of Analysis unchanged.
 */
final class Coverage {

    private Coverage() {
    }

    /** Harness backends expected per workload class; others projects: only environment.json's list. */
    static final List<String> HARNESS_METHODS = List.of("serial", "forkjoin", "streams", "simd", "simd_forkjoin",
            "aparapi_end_to_end", "aparapi_kernel_only", "jocl_end_to_end", "jocl_kernel_only",
            "jcuda_end_to_end", "jcuda_kernel_only");

    static final List<String> HARNESS_CLASSES = List.of("VectorAddBenchmark", "MatmulBenchmark",
            "Conv2dBenchmark", "MonteCarloPiBenchmark", "CalibrationBenchmark");

    static List<Missing> missing(List<Measured> measured, Environment env) {
        List<Missing> out = new ArrayList<>();
        if (measured.isEmpty()) {
            out.add(new Missing("all results", "the run produced no results"));
        }
        for (Map.Entry<String, String> e : env.unavailable().entrySet()) {
            out.add(new Missing("backend " + e.getKey(), "unavailable per environment.json: " + e.getValue()));
        }
        Map<String, java.util.Set<String>> methodsByClass = new TreeMap<>();
        String pkg = null;
        for (Measured m : measured) {
            String simple = Work.simpleName(m.cls());
            if (HARNESS_CLASSES.contains(simple)) {
                methodsByClass.computeIfAbsent(simple, k -> new java.util.TreeSet<>()).add(m.method());
                pkg = m.cls().substring(0, m.cls().length() - simple.length());
            }
        }
        if (pkg == null) {
            return out;
        }
        for (String cls : HARNESS_CLASSES) {
            java.util.Set<String> present = methodsByClass.get(cls);
            if (present == null) {
                out.add(new Missing(cls, "no results for this class in the run"));
                continue;
            }
            if (cls.equals("CalibrationBenchmark")) {
                for (String m : List.of("fma_peak", "stream_add", "stream_copy")) {
                    if (!present.contains(m)) {
                        out.add(new Missing(cls + "." + m, "absent from the results"));
                    }
                }
                continue;
            }
            for (String m : HARNESS_METHODS) {
                if (!present.contains(m)) {
                    String backend = m.replace("_end_to_end", "").replace("_kernel_only", "");
                    String why = env.unavailable().containsKey(backend)
                            ? "backend unavailable: " + env.unavailable().get(backend)
                            : "absent from the results (skipped or not run)";
                    out.add(new Missing(cls + "." + m, why));
                }
            }
        }
        return out;
    }
}
