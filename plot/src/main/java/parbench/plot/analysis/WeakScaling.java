package parbench.plot.analysis;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.plot.model.ScalingParam;

/**
 * The one place of the weak-scaling rule. A record with param {@code scaling=weak}
 * ran a problem grown with its thread count: its size param is the <em>per-thread base</em>,
 * and the problem it measured is base × threads in work:
 * <ul>
 * <li>vector add {@code n}, Monte Carlo {@code samples}, irregular / histogram / pipeline
 *     {@code n}: base × T (work ∝ size);</li>
 * <li>matmul {@code n}: round(base × T^(1/3)) (work ∝ n³);</li>
 * <li>conv2d {@code size}: round(base × T^(1/2)) (work ∝ size²).</li>
 * </ul>
 * Without a {@code threads} param T is 1. The benchmarks run the size this rule gives for the
 * same params (benchmarks' WeakSize calls {@link #effectiveSize}), so no new result field is
 * needed (docs/lessons.md, "Weak scaling").
 */
public final class WeakScaling {

    public static final String PARAM = ScalingParam.NAME;
    public static final String WEAK = ScalingParam.WEAK;

    private WeakScaling() {
    }

    /** True when the record declares weak scaling ({@code scaling=weak}). */
    public static boolean declared(Map<String, String> params) {
        return WEAK.equals(params.get(PARAM));
    }

    /** The size param the rule grows for this workload, or null when it has none. */
    public static String sizeParam(String workload) {
        switch (workload) {
            case Work.MATMUL: case Work.VECTOR_ADD: case Work.IRREGULAR: case Work.HISTOGRAM: case Work.PIPELINE:
                return "n";
            case Work.MONTE_CARLO: return "samples";
            case Work.CONV2D: return "size";
            default: return null;
        }
    }

    /** Effective problem size at {@code threads} threads from the per-thread base size. */
    public static long effectiveSize(String workload, long base, int threads) {
        int t = Math.max(1, threads);
        switch (workload) {
            case Work.MATMUL: return Math.round(base * Math.cbrt(t));
            case Work.CONV2D: return Math.round(base * Math.sqrt(t));
            default: return base * t;
        }
    }

    /**
     * The params of the problem the record measured: for {@code scaling=weak} the size param
     * replaced by its effective size; otherwise the params unchanged.
     */
    public static SortedMap<String, String> effectiveParams(String workload, Map<String, String> params) {
        SortedMap<String, String> out = new TreeMap<>(params);
        String size = sizeParam(workload);
        if (!declared(params) || size == null || !params.containsKey(size)) {
            return out;
        }
        try {
            long base = Long.parseLong(params.get(size).trim());
            String t = params.get(Measured.THREADS);
            int threads = t == null ? 1 : Integer.parseInt(t.trim());
            out.put(size, Long.toString(effectiveSize(workload, base, threads)));
        } catch (NumberFormatException e) {
            return out; // not numbers: not our convention, left as recorded
        }
        return out;
    }
}
