package parbench.bench;

import parbench.bench.support.Threads;
import parbench.bench.support.WeakSize;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.plot.analysis.Work;
import parbench.core.lessons.Irregular;
import parbench.core.lessons.IrregularSerial;
import parbench.core.lessons.IrregularVariant;

/**
 * Load balancing: {@code n} items whose cost rises linearly from 1 to 100 units
 * ({@link parbench.core.lessons.SkewedWork}), computed with static, cyclic, dynamic, work-stealing
 * and stream schedules. At 2 threads the static block split leaves one thread with 74.5% of the
 * work, so the balanced schedules should be ~1.5× faster. Every trial checks the output against the
 * serial kernel before and after timing; a wrong result fails the benchmark.
 */
// 8192 items × ~3 µs: ~25 ms per operation on one thread.
public class IrregularBenchmark extends LessonState<Irregular> {

    @State(Scope.Benchmark)
    public static class Problem {
        @Param("8192")
        public int n;

        long[] expected;
        long[] out;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            // The items this trial runs: n itself, or under scaling=weak n grown with threads (WeakSize).
            n = WeakSize.ofInt(params, Work.IRREGULAR, n);
            expected = new long[n];
            try (Irregular reference = new IrregularSerial()) {
                reference.compute(expected);
            }
            out = new long[n];
        }

        /** Item results are exact 64-bit values: every schedule must match the serial array. */
        void check(String variant) {
            LessonState.longs("irregular n=" + n, variant, expected, out);
        }
    }

    /** The trial: the method's variant at the trial's {@code threads}, checked once before timing. */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params, Problem p) {
        init(params);
        kernel = IrregularVariant.fromId(variant).create(threads);
        // One untimed run into a cleared output, checked: a schedule that skips items cannot pass.
        java.util.Arrays.fill(p.out, 0);
        kernel.compute(p.out);
        p.check(what);
    }

    @TearDown(Level.Trial)
    public void close(Problem p) {
        checkThenClose(() -> p.check(what));
    }

    private long[] run(Problem p) {
        long t0 = slowdown.start();
        kernel.compute(p.out);
        slowdown.pad(t0);
        return p.out;
    }

    /** The single-threaded reference. */
    @Benchmark
    public long[] serial(Problem p) {
        return run(p);
    }

    // The schedules take the Threads state: only they are swept over threads.

    @Benchmark
    public long[] static_block(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] static_cyclic(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] dynamic(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] forkjoin(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] streams(Problem p, Threads t) {
        return run(p);
    }
}
