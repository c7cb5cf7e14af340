package parbench.bench;

import parbench.bench.run.ForkFlags;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run settings of every parbench JMH class, in one place: JMH reads these class-level
 * annotations from superclasses, and a subclass's own win (DistributedTuningBenchmark's forks).
 * Average time in milliseconds; 400 ms iterations average many operations of 5 µs – 1 s and keep
 * the default sweep inside 20 minutes (each class's comment gives its operation's time).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 400, timeUnit = TimeUnit.MILLISECONDS)
// Two forks: JIT and memory layout differ per JVM launch, and forks are the independent samples
// that the confidence intervals and the regression gate are built on.
@Fork(value = 2, jvmArgsAppend = {ForkFlags.VECTOR_MODULE, ForkFlags.NATIVE_ACCESS, ForkFlags.HUGE_PAGES})
public abstract class BenchmarkDefaults {
}
