package parbench.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Checks {@code -p name=values} before JMH sees them, so that bad input ends in one line naming
 * the parameter and the allowed values instead of a stack trace from every fork.
 */
final class ParamCheck {

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
    static String check(String[] args, Collection<String> includes) {
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
    static String check(String name, Collection<String> values) {
        long[] bound = BOUNDS.get(name);
        if (bound == null) {
            return "unknown parameter '" + name + "'; allowed: " + String.join(", ", BOUNDS.keySet());
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
        return BOUNDS.keySet();
    }
}
