package parbench.bench;

import parbench.bench.support.Threads;
import parbench.bench.support.InjectedSlowdown;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Per-trial state of the lesson benchmarks (Irregular, Histogram, Pipeline), which extend it and
 * are themselves the trial's state: the variant named by the benchmark method ({@code static_block},
 * {@code racy}, …), its kernel, created once per trial and closed at its end, the thread count
 * (threaded variants take the {@link Threads} state) and the optional injected slowdown. Like
 * {@link KernelBenchmark} (both are {@link TrialState}s), but the variant is a lesson-specific id
 * from the lesson's variant enum (its registry), not a {@link parbench.core.Backend}.
 */
@State(Scope.Benchmark)
public abstract class LessonState<K extends AutoCloseable> extends TrialState<K> {

    protected String variant;
    /** The trial's {@code threads} param; 1 for the single-threaded reference, which has none. */
    protected int threads;
    /** The variant and its thread count, for the wrong-result message. */
    protected String what;

    @Override
    protected String name() {
        return variant;
    }

    /** Reads the variant from the benchmark method's name and the thread count from the params. */
    protected void init(BenchmarkParams params) {
        variant = methodOf(params.getBenchmark());
        slowdown = InjectedSlowdown.forBenchmark(params);
        threads = Threads.of(params);
        what = variant + (Threads.swept(params) ? " threads=" + threads : "");
    }

    static String methodOf(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
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
