package parbench.bench;

import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Per-trial state of the lesson benchmarks (Irregular, Histogram, Pipeline): the variant named by
 * the benchmark method ({@code static_block}, {@code racy}, …), its kernel, created once per trial
 * and closed at its end, and the optional injected slowdown. Like {@link KernelState}, but the
 * variant is a workload-specific id, not a {@link parbench.core.Backend}.
 */
public abstract class LessonState<K extends AutoCloseable> {

    protected String variant;
    protected K kernel;
    protected InjectedSlowdown slowdown = InjectedSlowdown.NONE;

    /** Reads the variant from the benchmark method's name. */
    protected void init(BenchmarkParams params) {
        variant = methodOf(params.getBenchmark());
        slowdown = InjectedSlowdown.forBenchmark(params);
    }

    static String methodOf(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Closes the kernel; a failure to release is reported but does not hide a verification error. */
    protected void closeKernel() {
        if (kernel != null) {
            try {
                kernel.close();
            } catch (Exception e) {
                System.err.printf(Locale.ROOT, "parbench: closing %s failed: %s%n", variant, e);
            }
            kernel = null;
        }
    }

    /** Every element equal, else a wrong-result failure naming the first difference. */
    static void longs(String what, String variant, long[] expected, long[] actual) {
        if (actual.length != expected.length) {
            throw wrong(what, variant, "length " + actual.length + ", expected " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (actual[i] != expected[i]) {
                throw wrong(what, variant, "element " + i + " is " + actual[i] + ", expected " + expected[i]);
            }
        }
    }

    static IllegalStateException wrong(String what, String variant, String detail) {
        return new IllegalStateException(what + " on " + variant + " gives a wrong result: " + detail
                + "; refusing to report it");
    }
}
