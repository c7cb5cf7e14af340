package parbench.plot.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.ScalingParam;

/**
 * What makes two JMH records "the same benchmark": the full name, the mode, the JMH worker
 * thread count ({@code -t}) and every param, {@code scaling=strong} counting as absent
 * ({@link ScalingParam}). Two records that differ in any of these are different measurements and
 * are never compared with each other.
 */
public record BenchmarkKey(String benchmark, String mode, int jmhThreads, SortedMap<String, String> params)
        implements Comparable<BenchmarkKey> {

    private static final Comparator<BenchmarkKey> ORDER = Comparator
            .comparing(BenchmarkKey::benchmark)
            .thenComparing(BenchmarkKey::mode)
            .thenComparingInt(BenchmarkKey::jmhThreads)
            .thenComparing(k -> k.params().toString());

    public BenchmarkKey {
        // scaling=strong is the default: the same benchmark as a record without the param.
        params = ScalingParam.identity(params);
    }

    public static BenchmarkKey of(BenchmarkResult r) {
        return new BenchmarkKey(r.benchmark(), r.mode(), r.threads(), r.params());
    }

    /** {@code MatmulBenchmark.simd} (the simple class name and method). */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int cls = method < 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(cls + 1);
    }

    /** {@code n=1024, threads=2} plus {@code mode} and {@code -t} only where they are not the usual. */
    public String paramText() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.getKey()).append('=').append(p.getValue());
        }
        if (jmhThreads != 1) {
            sb.append(sb.length() > 0 ? ", " : "").append("jmh -t ").append(jmhThreads);
        }
        return sb.toString();
    }

    /** One-line identity for messages: {@code MatmulBenchmark.simd [n=1024] (avgt)}. */
    public String display() {
        String p = paramText();
        return shortName() + (p.isEmpty() ? "" : " [" + p + "]") + " (" + mode + ")";
    }

    /** The keys of {@code a} that {@code b} lacks, in {@code a}'s order: what one side measured and the other did not. */
    static List<BenchmarkKey> onlyIn(Map<BenchmarkKey, ?> a, Map<BenchmarkKey, ?> b) {
        List<BenchmarkKey> only = new ArrayList<>();
        for (BenchmarkKey k : a.keySet()) {
            if (!b.containsKey(k)) {
                only.add(k);
            }
        }
        return only;
    }

    @Override
    public int compareTo(BenchmarkKey o) {
        return ORDER.compare(this, o);
    }
}
