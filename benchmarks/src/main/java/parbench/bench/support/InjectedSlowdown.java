package parbench.bench.support;

import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A deliberate, measured slowdown of one benchmark, used only to prove that the regression gate
 * detects real slowdowns ({@code benchmarks/scripts/aa-check.sh}). Enabled by the system property
 * {@code -Dparbench.inject.slowdown=MatmulBenchmark.serial:0.10[,Other.method:0.25]} on the forks
 * (pass it with {@code -jvmArgsAppend}). The chosen benchmark busy-waits an extra fraction of its
 * own measured kernel time after each invocation; every other benchmark is untouched and pays one
 * field test per invocation.
 */
public final class InjectedSlowdown {

    public static final String PROPERTY = "parbench.inject.slowdown";
    public static final InjectedSlowdown NONE = new InjectedSlowdown(0);

    private final double fraction;

    InjectedSlowdown(double fraction) {
        this.fraction = fraction;
    }

    /** The slowdown configured for this benchmark (class simple name + method), or none. */
    public static InjectedSlowdown forBenchmark(BenchmarkParams params) {
        return parse(System.getProperty(PROPERTY, ""), params.getBenchmark());
    }

    public static InjectedSlowdown parse(String spec, String benchmark) {
        if (spec.isBlank()) {
            return NONE;
        }
        String[] parts = benchmark.split("\\.");
        String key = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
        for (String entry : spec.split(",")) {
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(PROPERTY + ": '" + entry + "' is not Class.method:fraction");
            }
            if (entry.substring(0, colon).trim().equals(key)) {
                double f = Double.parseDouble(entry.substring(colon + 1).trim());
                if (!(f >= 0 && f <= 10)) {
                    throw new IllegalArgumentException(PROPERTY + ": fraction must be in [0, 10], got " + f);
                }
                System.out.printf(Locale.ROOT, "%n# parbench: INJECTED SLOWDOWN of %.0f %% in %s%n", f * 100, key);
                return new InjectedSlowdown(f);
            }
        }
        return NONE;
    }

    /** Call before the kernel; returns the start time when a slowdown is active. */
    public long start() {
        return fraction > 0 ? System.nanoTime() : 0L;
    }

    /** Call after the kernel: spins for fraction × the kernel's own time. */
    public void pad(long start) {
        if (fraction > 0) {
            long end = System.nanoTime();
            long until = end + (long) ((end - start) * fraction);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
    }
}
