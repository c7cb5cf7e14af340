package parbench.bench.run;

import parbench.bench.Conv2dTuningBenchmark;
import parbench.bench.MatmulBenchmark;
import parbench.bench.MatmulTuningBenchmark;
import parbench.bench.support.WeakSize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import parbench.plot.analysis.WeakScaling;
import parbench.plot.analysis.Work;
import parbench.plot.model.ScalingParam;

/**
 * Checks {@code -p name=values} before JMH sees them, so that bad input ends in one line naming
 * the parameter and the allowed values instead of a stack trace from every fork.
 */
public final class ParamCheck {

    /** Every parameter the benchmarks declare, with its lower and upper bound. */
    private static final Map<String, long[]> BOUNDS = new LinkedHashMap<>();

    static {
        BOUNDS.put("threads", new long[] {1, 4096});
        // n is both the vector length and the matrix side: the larger limit is checked per use below.
        BOUNDS.put("n", new long[] {1, Integer.MAX_VALUE - 8});
        BOUNDS.put("size", new long[] {1, 46340});
        BOUNDS.put("k", new long[] {1, 46340});
        BOUNDS.put("samples", new long[] {1, Long.MAX_VALUE / 2});
        BOUNDS.put("flops", new long[] {1, Long.MAX_VALUE / 2});
        // Lessons: histogram bins (private_merge allocates threads x bins longs) and pipeline queue capacity
        // (ArrayBlockingQueue allocates it up front); 2^24 keeps both far inside the heap.
        BOUNDS.put("bins", new long[] {1, 1 << 24});
        BOUNDS.put("capacity", new long[] {1, 1 << 24});
        // Tuning knobs (MatmulTuningBenchmark, Conv2dTuningBenchmark).
        BOUNDS.put("kc", new long[] {1, 1 << 20});
        BOUNDS.put("mc", new long[] {4, 1 << 20});
        BOUNDS.put("bandsPerThread", new long[] {1, 4096});
        BOUNDS.put("joclMc", new long[] {4, 1 << 20});
        BOUNDS.put("joclKc", new long[] {1, 1 << 20});
        BOUNDS.put("joclR", new long[] {0, 16});
        BOUNDS.put("joclV", new long[] {0, 8});
        BOUNDS.put("joclVw", new long[] {0, 16});
        BOUNDS.put("joclBand", new long[] {1, 1 << 20});
    }

    private ParamCheck() {
    }

    /**
     * Checks every {@code -p name=v1,v2} in the raw arguments; returns null when all is well, else
     * a one-line message. {@code includes} are the benchmark patterns the user gave (empty: all).
     */
    public static String check(String[] args, Collection<String> includes) {
        Map<String, java.util.List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String spec = null;
            if (args[i].equals("-p")) {
                if (i + 1 >= args.length) {
                    return "option -p needs name=value[,value...]";
                }
                spec = args[++i];
            } else if (args[i].startsWith("-p") && args[i].contains("=") && !args[i].startsWith("-prof")) {
                spec = args[i].substring(2);
            }
            if (spec != null) {
                int eq = spec.indexOf('=');
                if (eq <= 0) {
                    return "option -p " + spec + " is not name=value[,value...]";
                }
                given.computeIfAbsent(spec.substring(0, eq), k -> new java.util.ArrayList<>())
                        .addAll(java.util.List.of(spec.substring(eq + 1).split(",", -1)));
            }
        }
        for (Map.Entry<String, java.util.List<String>> e : given.entrySet()) {
            String problem = check(e.getKey(), e.getValue());
            if (problem != null) {
                return problem;
            }
        }
        boolean matmulSelected = includes.isEmpty() || includes.stream().anyMatch(ParamCheck::selectsMatmul);
        for (String v : given.getOrDefault("n", java.util.List.of())) {
            if (matmulSelected && Long.parseLong(v.trim()) > 46340) {
                return "parameter n=" + v.trim() + " is too large for MatmulBenchmark (n*n floats must fit in one array: n <= 46340); "
                        + "select VectorAddBenchmark alone for longer vectors";
            }
        }
        for (String v : given.getOrDefault("joclMc", java.util.List.of())) {
            if (Long.parseLong(v.trim()) % 4 != 0) {
                return "parameter joclMc=" + v.trim() + " is not a multiple of 4 (the micro-tile height); allowed: 4, 8, 12, ...";
            }
        }
        for (String v : given.getOrDefault("joclVw", java.util.List.of())) {
            if (!java.util.List.of("0", "4", "8", "16").contains(v.trim())) {
                return "parameter joclVw=" + v.trim() + " is not a vector width; allowed: 0 (the device's preferred), 4, 8, 16";
            }
        }
        long maxR = given.getOrDefault("joclR", java.util.List.of("3")).stream().mapToLong(v -> Long.parseLong(v.trim())).max().orElse(3);
        for (String v : given.getOrDefault("joclBand", java.util.List.of())) {
            if (Long.parseLong(v.trim()) < maxR) {
                return "parameter joclBand=" + v.trim() + " is smaller than joclR=" + maxR + "; allowed: joclBand >= joclR";
            }
        }
        long minSize = given.getOrDefault("size", java.util.List.of("2048")).stream().mapToLong(v -> Long.parseLong(v.trim())).min().orElse(2048);
        for (String v : given.getOrDefault("k", java.util.List.of())) {
            if (Long.parseLong(v.trim()) > minSize) {
                return "parameter k=" + v.trim() + " is larger than the image (size=" + minSize + "); allowed: 1 <= k <= size";
            }
        }
        return null;
    }

    /** Validates one parameter's values; returns null or a message. */
    public static String check(String name, Collection<String> values) {
        if (name.equals(ScalingParam.NAME)) {
            for (String v : values) {
                if (!v.trim().equals(WeakSize.STRONG) && !v.trim().equals(WeakSize.WEAK)) {
                    return "parameter scaling=" + v + " is not a scaling; allowed: strong (the same problem at every thread count), "
                            + "weak (the problem grows with threads)";
                }
            }
            return null;
        }
        long[] bound = BOUNDS.get(name);
        if (bound == null) {
            return "unknown parameter '" + name + "'; allowed: " + String.join(", ", names());
        }
        for (String v : values) {
            long value;
            try {
                value = Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                return "parameter " + name + "=" + v + " is not a whole number; allowed: integers from "
                        + bound[0] + " to " + bound[1];
            }
            if (value < bound[0] || value > bound[1]) {
                return "parameter " + name + "=" + v + " is out of range; allowed: integers from "
                        + bound[0] + " to " + bound[1];
            }
        }
        return null;
    }

    private static boolean selectsMatmul(String pattern) {
        try {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
            return p.matcher(MatmulBenchmark.class.getName() + ".serial").find()
                    || p.matcher(MatmulTuningBenchmark.class.getName() + ".simd_forkjoin").find();
        } catch (java.util.regex.PatternSyntaxException e) {
            return true;
        }
    }

    static Collection<String> names() {
        List<String> names = new ArrayList<>(BOUNDS.keySet());
        names.add(ScalingParam.NAME);
        return names;
    }

    /**
     * Under {@code scaling=weak} the size a threaded benchmark runs is its base size grown with
     * {@code threads} (WeakSize): checks every planned combination's grown size against the same
     * array limits as a size given directly, and its arrays against the forks' heap
     * ({@code maxHeapBytes}, 0 when unknown). Returns null or a one-line message.
     */
    public static String checkScaled(List<ForkPlan.Combination> combinations, long maxHeapBytes) {
        for (ForkPlan.Combination c : combinations) {
            Map<String, String> p = c.params();
            if (!WeakSize.WEAK.equals(p.get(ScalingParam.NAME))) {
                continue;
            }
            String cls = c.benchmark().substring(0, Math.max(0, c.benchmark().lastIndexOf('.')));
            String workload = Work.workloadOf(cls);
            String sizeParam = WeakScaling.sizeParam(workload);
            if (sizeParam == null || !p.containsKey(sizeParam) || !p.containsKey("threads")) {
                continue;
            }
            long base = Long.parseLong(p.get(sizeParam).trim());
            String threads = p.get("threads").trim();
            String what = "scaling=weak: " + c.benchmark().substring(cls.lastIndexOf('.') + 1) + " at threads=" + threads + " runs " + sizeParam + "=";
            long size;
            try {
                size = WeakSize.of(workload, base, WeakSize.WEAK, threads);
            } catch (IllegalArgumentException e) {
                return what + base + " × " + threads + ", which overflows; lower " + sizeParam + " or threads";
            }
            long limit = sizeLimit(workload);
            if (size > limit) {
                return what + size + " (grown from " + base + "), over its limit " + limit + "; lower " + sizeParam + " or threads";
            }
            double bytes = footprintBytes(workload, size, p);
            if (maxHeapBytes > 0 && bytes > maxHeapBytes) {
                return String.format(Locale.ROOT, "%s%d (grown from %d), whose arrays need %.1f GiB, more than the forks' %.1f GiB heap; "
                        + "lower %s or threads, or give the forks more heap (-jvmArgsAppend -Xmx...)", what, size, base,
                        bytes / GIB, maxHeapBytes / GIB, sizeParam);
            }
        }
        return null;
    }

    private static final double GIB = 1024.0 * 1024 * 1024;

    /** The largest size a workload's arrays hold: n*n and size*size floats must fit in one array. */
    private static long sizeLimit(String workload) {
        switch (workload) {
            case Work.MATMUL: case Work.CONV2D: return 46340;
            case Work.MONTE_CARLO: return BOUNDS.get("samples")[1];
            default: return BOUNDS.get("n")[1];
        }
    }

    /**
     * Bytes of the arrays a problem of this size holds in the fork (inputs, output, serial
     * reference), from the Problem states; Monte Carlo and the pipeline hold no size-long array.
     */
    static double footprintBytes(String workload, long size, Map<String, String> params) {
        double s = size;
        switch (workload) {
            case Work.VECTOR_ADD: return 16 * s;              // a, b, c, expected: floats
            case Work.MATMUL: return 16 * s * s;              // a, b, c, expected: n*n floats
            case Work.CONV2D: {                               // image, output, expected: floats
                double out = Math.max(0, s - Long.parseLong(params.getOrDefault("k", "5").trim()) + 1);
                return 4 * s * s + 8 * out * out;
            }
            case Work.IRREGULAR: return 16 * s;               // expected, out: longs
            case Work.HISTOGRAM: return 4 * s;                // keys: ints
            default: return 0;
        }
    }
}
