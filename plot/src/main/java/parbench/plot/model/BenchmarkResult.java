package parbench.plot.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One JMH result record (one benchmark method at one combination of params), as parsed from
 * JMH's JSON output. Pure data: no calculations here.
 *
 * @param source         file the record was read from (for messages)
 * @param benchmark      fully qualified benchmark name, e.g. {@code parbench.bench.MatmulBenchmark.simd}
 * @param mode           JMH mode: thrpt, avgt, sample, ss
 * @param threads        JMH worker threads ({@code -t}), not the {@code threads} param
 * @param forks          number of forks JMH was asked for
 * @param jvmArgs        the fork's JVM arguments
 * @param jdkVersion     the fork JVM's version, may be empty
 * @param params         JMH params (sorted by name); empty when the JSON has none
 * @param score          primary score
 * @param scoreError     JMH's 99.9 % half-width; NaN when JMH wrote "NaN" (single iteration)
 * @param unit           score unit, e.g. {@code ms/op}, {@code ops/s}
 * @param rawData        per fork, per measurement iteration scores (for sample mode: the
 *                       histogram expanded is not kept; JMH's per-iteration means are used)
 * @param secondary      secondary metric scores by name (profilers, percentiles, @AuxCounters)
 * @param secondaryDetail the same metrics with their error and unit, in the file's order
 * @param percentiles    sample mode: JMH's {@code scorePercentiles} (percentile → score), else empty
 */
public record BenchmarkResult(
        String source,
        String benchmark,
        String mode,
        int threads,
        int forks,
        List<String> jvmArgs,
        String jdkVersion,
        SortedMap<String, String> params,
        double score,
        double scoreError,
        String unit,
        List<double[]> rawData,
        Map<String, Double> secondary,
        Map<String, Metric> secondaryDetail,
        java.util.SortedMap<Double, Double> percentiles) {

    /** One secondary metric: score, JMH's error (NaN when JMH wrote "NaN") and unit. */
    public record Metric(double score, double error, String unit) {
    }

    /** A record without error, unit or percentiles for its secondary metrics (tests, merged records). */
    public BenchmarkResult(String source, String benchmark, String mode, int threads, int forks, List<String> jvmArgs,
                           String jdkVersion, SortedMap<String, String> params, double score, double scoreError,
                           String unit, List<double[]> rawData, Map<String, Double> secondary) {
        this(source, benchmark, mode, threads, forks, jvmArgs, jdkVersion, params, score, scoreError, unit, rawData,
                secondary, Map.of(), new java.util.TreeMap<>());
    }

    /** The class part of the benchmark name ({@code parbench.bench.MatmulBenchmark}). */
    public String benchmarkClass() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? "" : benchmark.substring(0, dot);
    }

    /** The method part of the benchmark name ({@code simd}). */
    public String method() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(dot + 1);
    }

    /** True when a larger score is better: throughput mode (ops per time). */
    public boolean higherIsBetter() {
        return "thrpt".equals(mode);
    }
}
