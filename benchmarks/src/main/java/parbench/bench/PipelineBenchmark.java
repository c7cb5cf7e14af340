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
import parbench.core.lessons.Pipeline;
import parbench.core.lessons.PipelineVariant;

/**
 * Producer–consumer: one operation passes {@code n} items from P = max(1, threads/2) producers
 * to C = max(1, threads − P) consumers through a buffer of {@code capacity} items (threads=1 still
 * runs one of each). Throughput in items/s is n / (time per operation). Every trial checks, before
 * and after timing, that the consumers saw every item exactly once (count and hash checksum).
 */
// 2^18 items at ~5-50 M items/s: ~5-50 ms per operation.
public class PipelineBenchmark extends LessonState<Pipeline> {

    @State(Scope.Benchmark)
    public static class Problem {
        @Param("262144")
        public int n;

        Pipeline.Transfer expected;
        Pipeline.Transfer got;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            // The items this trial runs: n itself, or under scaling=weak n grown with threads (WeakSize).
            n = WeakSize.ofInt(params, Work.PIPELINE, n);
            expected = Pipeline.expected(n);
        }

        /** Exactly once: the count and the sum of item hashes must both match. */
        void check(String variant) {
            if (got.count() != expected.count()) {
                throw LessonState.wrong("pipeline n=" + n, variant, "consumed " + got.count() + " items, expected "
                        + expected.count());
            }
            if (got.checksum() != expected.checksum()) {
                throw LessonState.wrong("pipeline n=" + n, variant, "checksum " + got.checksum() + ", expected "
                        + expected.checksum() + " (an item was lost and another duplicated)");
            }
        }
    }

    /** Bounded buffers' size: {@code capacity} shows back-pressure (1: lock-step hand-over). A state of their methods only. */
    @State(Scope.Benchmark)
    public static class Capacity {
        @Param("1024")
        public int capacity;
    }

    /**
     * The trial: the method's variant at the trial's {@code threads} (and {@code capacity} for the
     * bounded buffers; the unbounded queue has none, so a capacity sweep does not repeat it),
     * checked once before timing.
     */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params, Problem p) {
        init(params);
        String capacity = params.getParam("capacity");
        if (capacity != null) {
            what += " capacity=" + capacity.trim();
        }
        kernel = PipelineVariant.fromId(variant).create(threads, capacity == null ? 1 : Integer.parseInt(capacity.trim()));
        p.got = kernel.transfer(p.n);
        p.check(what);
    }

    @TearDown(Level.Trial)
    public void close(Problem p) {
        checkThenClose(() -> p.check(what));
    }

    private Pipeline.Transfer run(Problem p) {
        long t0 = slowdown.start();
        p.got = kernel.transfer(p.n);
        slowdown.pad(t0);
        return p.got;
    }

    @Benchmark
    public Pipeline.Transfer array_blocking_queue(Problem p, Threads t, Capacity c) {
        return run(p);
    }

    @Benchmark
    public Pipeline.Transfer linked_blocking_queue(Problem p, Threads t, Capacity c) {
        return run(p);
    }

    @Benchmark
    public Pipeline.Transfer linked_transfer_queue(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public Pipeline.Transfer semaphore(Problem p, Threads t, Capacity c) {
        return run(p);
    }
}
