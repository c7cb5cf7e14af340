package parbench.bench;

import parbench.bench.support.Threads;
import parbench.bench.support.WeakSize;
import java.util.Locale;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.plot.analysis.Work;
import parbench.core.Inputs;
import parbench.core.lessons.Histogram;
import parbench.core.lessons.HistogramRacy;
import parbench.core.lessons.HistogramSerial;
import parbench.core.lessons.HistogramVariant;

/**
 * Shared state under contention: a histogram of {@code n} random int keys into {@code bins} bins
 * (few bins: every thread hits the same counters), combined by locks, atomics, striped adders,
 * private copies, or not at all. Valid variants are checked against the serial counts before and
 * after timing. The {@code racy} variant is run but never valid: each operation's lost updates
 * (n − counted) go to the secondary metrics {@code lostUpdates} and {@code updates} (JMH
 * {@link AuxCounters}, summed per iteration), so the report can show the loss rate
 * lostUpdates / updates and must mark the timing as wrong output.
 */
// 2^20 keys: ~1-3 ms serial; a contended lock per key can take ~100 ms per operation.
public class HistogramBenchmark extends LessonState<Histogram> {

    @State(Scope.Benchmark)
    public static class Problem {
        @Param("1048576")
        public int n;
        /** 4 bins: heavy contention; sweep e.g. -p bins=4,1024 to watch it fall. */
        @Param("4")
        public int bins;

        int[] keys;
        long[] expected;
        long[] counts;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            // The items this trial runs: n itself, or under scaling=weak n grown with threads (WeakSize).
            n = WeakSize.ofInt(params, Work.HISTOGRAM, n);
            keys = Histogram.randomKeys(Inputs.DEFAULT_SEED, n);
            try (Histogram reference = new HistogramSerial()) {
                expected = reference.count(keys, bins);
            }
        }

        /** Counts are exact: every valid variant must match the serial histogram. */
        void check(String variant) {
            LessonState.longs("histogram n=" + n + " bins=" + bins, variant, expected, counts);
        }

        /**
         * The racy variant's accounting, checked: a lost update can only lower a bin, so a bin
         * above the truth is a harness bug, not a race. Returns the lost updates.
         */
        long lost(String variant) {
            for (int b = 0; b < bins; b++) {
                if (counts[b] > expected[b] || counts[b] < 0) {
                    throw LessonState.wrong("histogram n=" + n + " bins=" + bins, variant,
                            "bin " + b + " counts " + counts[b] + " > true " + expected[b] + " (impossible for lost updates)");
                }
            }
            return HistogramRacy.lostUpdates(n, counts);
        }
    }

    /**
     * The trial: the method's variant at the trial's {@code threads}, run once before timing and
     * checked; the racy variant's losses are printed instead, never a failure.
     */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params, Problem p) {
        init(params);
        kernel = HistogramVariant.fromId(variant).create(threads);
        p.counts = kernel.count(p.keys, p.bins);
        checkOrSay(p, "before timing");
    }

    @TearDown(Level.Trial)
    public void close(Problem p) {
        checkThenClose(() -> checkOrSay(p, "last timed operation"));
    }

    private void checkOrSay(Problem p, String when) {
        if (HistogramVariant.fromId(variant).valid()) {
            p.check(what);
            return;
        }
        long lost = p.lost(variant);
        System.out.printf(Locale.ROOT, "%n# parbench: %s threads=%d bins=%d: %d of %d updates lost (%.2f %%) %s;"
                + " WRONG OUTPUT by design, its time is not a valid result%n",
                variant, threads, p.bins, lost, p.n, 100.0 * lost / Math.max(1, p.n), when);
    }

    /**
     * Lost updates of the racy variant as JMH secondary metrics: EVENTS counters are summed over
     * an iteration's operations, so lostUpdates / updates is the fraction lost. Reset per iteration.
     */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class LostUpdates {
        public long lostUpdates;
        public long updates;

        @Setup(Level.Iteration)
        public void reset() {
            lostUpdates = 0;
            updates = 0;
        }
    }

    private long[] run(Problem p) {
        long t0 = slowdown.start();
        p.counts = kernel.count(p.keys, p.bins);
        slowdown.pad(t0);
        return p.counts;
    }

    /** The single-threaded reference. */
    @Benchmark
    public long[] serial(Problem p) {
        return run(p);
    }

    // The threaded variants take the Threads state: only they are swept over threads.

    @Benchmark
    public long[] synchronized_lock(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] reentrant_lock(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] atomic_array(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] long_adder(Problem p, Threads t) {
        return run(p);
    }

    @Benchmark
    public long[] private_merge(Problem p, Threads t) {
        return run(p);
    }

    /** Counting the loss (a sum over bins) is inside the timed part; it is ~bins additions. */
    @Benchmark
    public long[] racy(Problem p, Threads t, LostUpdates lost) {
        long[] counts = run(p);
        lost.lostUpdates += HistogramRacy.lostUpdates(p.n, counts);
        lost.updates += p.n;
        return counts;
    }
}
