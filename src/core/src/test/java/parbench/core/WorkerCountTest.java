package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that threaded kernels run on the requested number of workers: never more, and (given
 * enough work) all of them. A pool starts its second worker when the first forks work, which on a
 * busy machine may take a few calls, so the test repeats the call until both workers were seen
 * (bounded by a generous deadline) and checks the upper bound after every call.
 */
class WorkerCountTest {

    static final int THREADS = 2;
    static final float[] A = Inputs.randomFloats(1, 1 << 22);
    static final float[] B = Inputs.randomFloats(2, 1 << 22);

    record Case(String name, Supplier<AutoCloseable> kernel, java.util.function.Function<AutoCloseable, WorkerPool> pool,
            java.util.function.Consumer<AutoCloseable> work) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        float[] c = new float[A.length];
        return Stream.of(
                new Case("VectorAddForkJoin", () -> new VectorAddForkJoin(THREADS), k -> ((VectorAddForkJoin) k).pool(),
                        k -> ((VectorAdd) k).add(A, B, c)),
                new Case("VectorAddStreams", () -> new VectorAddStreams(THREADS), k -> ((VectorAddStreams) k).pool(),
                        k -> ((VectorAdd) k).add(A, B, c)),
                new Case("VectorAddSimdForkJoin", () -> new VectorAddSimdForkJoin(THREADS),
                        k -> ((VectorAddSimdForkJoin) k).pool(), k -> ((VectorAdd) k).add(A, B, c)),
                new Case("MonteCarloPiForkJoin", () -> new MonteCarloPiForkJoin(THREADS),
                        k -> ((MonteCarloPiForkJoin) k).pool(), k -> ((MonteCarloPi) k).countInside(1, 1 << 24)),
                new Case("MonteCarloPiStreams", () -> new MonteCarloPiStreams(THREADS),
                        k -> ((MonteCarloPiStreams) k).pool(), k -> ((MonteCarloPi) k).countInside(1, 1 << 24)),
                new Case("MonteCarloPiSimdForkJoin", () -> new MonteCarloPiSimdForkJoin(THREADS),
                        k -> ((MonteCarloPiSimdForkJoin) k).pool(), k -> ((MonteCarloPi) k).countInside(1, 1 << 25)),
                new Case("StreamBandwidth", () -> new StreamBandwidth(THREADS), k -> ((StreamBandwidth) k).pool(),
                        k -> ((StreamBandwidth) k).add(A, B, c)),
                new Case("FmaPeak", () -> new FmaPeak(THREADS), k -> ((FmaPeak) k).pool(),
                        k -> ((FmaPeak) k).run(100_000_000L)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void runsOnExactlyTheRequestedWorkers(Case test) throws Exception {
        try (AutoCloseable k = test.kernel().get()) {
            WorkerPool pool = test.pool().apply(k);
            assertEquals(THREADS, pool.threads());
            assertEquals(THREADS, pool.pool().getParallelism());
            long deadline = System.nanoTime() + 60_000_000_000L;
            int calls = 0;
            while (pool.workersStarted().size() < THREADS && System.nanoTime() < deadline) {
                test.work().accept(k);
                calls++;
                int seen = pool.workersStarted().size();
                assertTrue(seen <= THREADS, "after call " + calls + ": " + seen + " workers > " + THREADS);
            }
            assertEquals(THREADS, pool.workersStarted().size(), "workers seen after " + calls + " calls");
            for (Thread t : pool.workersStarted()) {
                assertTrue(t.getName().startsWith("parbench-worker-"), t.getName());
            }
        }
    }
}
