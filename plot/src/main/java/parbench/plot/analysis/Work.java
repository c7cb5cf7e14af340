package parbench.plot.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * Work done by one JMH operation of this harness's benchmarks, derived from the class and
 * param names (conventions in plot/README.md). Other JMH projects get no derived throughput:
 * {@link #of} returns empty when names do not match.
 *
 * @param workload    matmul, conv2d, vector_add, monte_carlo_pi, irregular, histogram, pipeline,
 *                    fma_peak, stream_add, stream_copy
 * @param flop        floating-point operations per op (0 when not meaningful)
 * @param bytes       compulsory memory traffic per op in bytes (0 for compute-only)
 * @param items       countable outputs per op (output pixels, samples, items, keys), 0 if none
 * @param itemName    name of the items ("px", "samples", "items", "keys") or empty
 */
public record Work(String workload, double flop, double bytes, double items, String itemName) {

    public static final String MATMUL = "matmul";
    public static final String CONV2D = "conv2d";
    public static final String VECTOR_ADD = "vector_add";
    /** Vector add at or above this n runs out of cache: its GB/s is held against stream_add. */
    public static final long VECTOR_ADD_OUT_OF_CACHE_N = 16L * 1024 * 1024;
    public static final String MONTE_CARLO = "monte_carlo_pi";
    public static final String IRREGULAR = "irregular";
    public static final String HISTOGRAM = "histogram";
    public static final String PIPELINE = "pipeline";
    public static final String CALIBRATION = "calibration";

    /** Harness class simple name → workload id. */
    public static String workloadOf(String benchmarkClass) {
        switch (simpleName(benchmarkClass)) {
            case "MatmulBenchmark": return MATMUL;
            case "Conv2dBenchmark": return CONV2D;
            case "VectorAddBenchmark": return VECTOR_ADD;
            case "MonteCarloPiBenchmark": return MONTE_CARLO;
            case "IrregularBenchmark": return IRREGULAR;
            case "HistogramBenchmark": return HISTOGRAM;
            case "PipelineBenchmark": return PIPELINE;
            case "CalibrationBenchmark": return CALIBRATION;
            default: return "";
        }
    }

    /**
     * Display order of workloads (the one place): the four kernels, the lessons, other projects'
     * classes, calibration last.
     */
    public static int rank(String workload) {
        switch (workload) {
            case MATMUL: return 0;
            case CONV2D: return 1;
            case VECTOR_ADD: return 2;
            case MONTE_CARLO: return 3;
            case IRREGULAR: return 4;
            case HISTOGRAM: return 5;
            case PIPELINE: return 6;
            case CALIBRATION: return 8;
            default: return 7;
        }
    }

    /**
     * Work of one operation; a {@code scaling=weak} record's size is its effective size
     * ({@link WeakScaling}).
     */
    public static Optional<Work> of(String benchmarkClass, String method, Map<String, String> recorded) {
        String workload = workloadOf(benchmarkClass);
        Map<String, String> params = WeakScaling.effectiveParams(workload, recorded);
        try {
            switch (workload) {
                case MATMUL: {
                    double n = num(params, "n");
                    return Optional.of(new Work(MATMUL, 2 * n * n * n, 12 * n * n, 0, ""));
                }
                case CONV2D: {
                    double size = num(params, "size");
                    double k = num(params, "k");
                    double out = (size - k + 1) * (size - k + 1);
                    return Optional.of(new Work(CONV2D, 2 * k * k * out, 4 * (size * size + out), out, "px"));
                }
                case VECTOR_ADD: {
                    double n = num(params, "n");
                    return Optional.of(new Work(VECTOR_ADD, n, 12 * n, 0, ""));
                }
                case MONTE_CARLO:
                    return Optional.of(new Work(MONTE_CARLO, 0, 0, num(params, "samples"), "samples"));
                case IRREGULAR:
                    return Optional.of(new Work(IRREGULAR, 0, 0, num(params, "n"), "items"));
                case HISTOGRAM:
                    return Optional.of(new Work(HISTOGRAM, 0, 0, num(params, "n"), "keys"));
                case PIPELINE:
                    return Optional.of(new Work(PIPELINE, 0, 0, num(params, "n"), "items"));
                case CALIBRATION:
                    switch (method) {
                        case "fma_peak": return Optional.of(new Work("fma_peak", num(params, "flops"), 0, 0, ""));
                        case "stream_add": return Optional.of(new Work("stream_add", 0, 12 * num(params, "n"), 0, ""));
                        case "stream_copy": return Optional.of(new Work("stream_copy", 0, 8 * num(params, "n"), 0, ""));
                        default: return Optional.empty();
                    }
                default:
                    return Optional.empty();
            }
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty(); // a param missing or not a number: not our convention
        }
    }

    /** Arithmetic intensity in flop/byte; +∞ for compute-only work (no memory traffic). */
    public double intensity() {
        return bytes == 0 ? Double.POSITIVE_INFINITY : flop / bytes;
    }

    /** The headline rate of this workload, e.g. "GFLOP/s" for matmul, "M items/s" for the pipeline. */
    public String primaryRateUnit() {
        switch (workload) {
            case VECTOR_ADD: case "stream_add": case "stream_copy": return "GB/s";
            case MONTE_CARLO: return "G samples/s";
            case CONV2D: return "G px/s";
            case IRREGULAR: case PIPELINE: return "M items/s";
            case HISTOGRAM: return "M keys/s";
            default: return "GFLOP/s";
        }
    }

    /** Headline rate (in {@link #primaryRateUnit()}) at the given seconds per operation. */
    public double primaryRate(double secondsPerOp) {
        switch (workload) {
            case VECTOR_ADD: case "stream_add": case "stream_copy": return bytes / secondsPerOp / 1e9;
            case MONTE_CARLO: case CONV2D: return items / secondsPerOp / 1e9;
            case IRREGULAR: case HISTOGRAM: case PIPELINE: return items / secondsPerOp / 1e6;
            default: return flop / secondsPerOp / 1e9;
        }
    }

    public double gflops(double secondsPerOp) {
        return flop / secondsPerOp / 1e9;
    }

    public double gbytes(double secondsPerOp) {
        return bytes / secondsPerOp / 1e9;
    }

    private static double num(Map<String, String> params, String key) {
        return Double.parseDouble(params.get(key));
    }

    public static String simpleName(String cls) {
        int dot = cls.lastIndexOf('.');
        return dot < 0 ? cls : cls.substring(dot + 1);
    }
}
