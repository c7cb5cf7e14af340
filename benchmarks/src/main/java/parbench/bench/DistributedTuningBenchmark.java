package parbench.bench;

import parbench.bench.support.Verify;
import parbench.bench.run.ForkFlags;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Inputs;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiForkJoin;
import parbench.core.MonteCarloPiSerial;
import parbench.distributed.MonteCarloPiHazelcast;

/**
 * The distribution crossover: Monte Carlo pi on ForkJoin and on Hazelcast (embedded member, or the
 * cluster named by {@code -Dparbench.hazelcast.members}) over a problem-size sweep, so the report
 * shows from which size the engine's per-job cost stops mattering. A sweep, so (like the other
 * *TuningBenchmark classes) it runs only when named: {@code java -jar benchmarks.jar DistributedTuning
 * -p threads=1,2}. Until the distributed backend is in the backend registry, this is its only JMH entry.
 * Counts are verified against serial before and after timing, as in every benchmark.
 */
// One fork, not BenchmarkDefaults' two. Hazelcast asks for these opens for its fast paths (it runs
// without them, slower and with a warning).
@Fork(value = 1, jvmArgsAppend = {ForkFlags.VECTOR_MODULE, ForkFlags.NATIVE_ACCESS, ForkFlags.HUGE_PAGES,
        "--add-modules=java.se", "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.management/sun.management=ALL-UNNAMED",
        "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED"})
public class DistributedTuningBenchmark extends BenchmarkDefaults {

    /** One kernel per trial: the method name says which (forkjoin or hazelcast). */
    @State(Scope.Benchmark)
    public static class Pi {
        @Param({"65536", "1048576", "16777216", "268435456"})
        public long samples;

        @Param("1")
        public int threads;

        final long seed = Inputs.DEFAULT_SEED;
        MonteCarloPi kernel;
        String name;
        long expected;
        long count;

        @Setup(Level.Trial)
        public void open(BenchmarkParams params) {
            String b = params.getBenchmark();
            name = b.substring(b.lastIndexOf('.') + 1) + " threads=" + threads;
            expected = new MonteCarloPiSerial().countInside(seed, samples);
            kernel = name.startsWith("hazelcast") ? new MonteCarloPiHazelcast(threads) : new MonteCarloPiForkJoin(threads);
            count = kernel.countInside(seed, samples);
            Verify.count("monte carlo pi samples=" + samples, name, expected, count);
        }

        @TearDown(Level.Trial)
        public void close() {
            try {
                Verify.count("monte carlo pi samples=" + samples, name, expected, count);
            } finally {
                kernel.close();
            }
        }
    }

    @Benchmark
    public long forkjoin(Pi p) {
        return p.count = p.kernel.countInside(p.seed, p.samples);
    }

    @Benchmark
    public long hazelcast(Pi p) {
        return p.count = p.kernel.countInside(p.seed, p.samples);
    }
}
