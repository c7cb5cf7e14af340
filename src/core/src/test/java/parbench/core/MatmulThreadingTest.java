package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The threaded backends run on their own pool, with at most the requested number of workers. */
class MatmulThreadingTest {

    static Stream<Arguments> threaded() {
        IntFunction<Object[]> fj = t -> {
            MatmulForkJoin m = new MatmulForkJoin(t);
            return new Object[] {m, m.pool()};
        };
        IntFunction<Object[]> st = t -> {
            MatmulStreams m = new MatmulStreams(t);
            return new Object[] {m, m.pool()};
        };
        IntFunction<Object[]> sf = t -> {
            MatmulSimdForkJoin m = new MatmulSimdForkJoin(t);
            return new Object[] {m, m.pool()};
        };
        return Stream.of(1, 2, 3, 8).flatMap(t -> Stream.of(
                Arguments.of("forkjoin", t, fj),
                Arguments.of("streams", t, st),
                Arguments.of("simd_forkjoin", t, sf)));
    }

    @ParameterizedTest(name = "{0}({1})")
    @MethodSource("threaded")
    void workRunsOnOwnPoolWithAtMostThreadsWorkers(String name, int threads, IntFunction<Object[]> factory) {
        Object[] made = factory.apply(threads);
        Matmul m = (Matmul) made[0];
        WorkerPool pool = (WorkerPool) made[1];
        assertEquals(threads, pool.threads());
        int n = 300; // several row blocks / leaves, so every worker can get work
        float[] a = MatmulReference.smallIntegers(1, n);
        float[] b = MatmulReference.smallIntegers(2, n);
        float[] c = MatmulReference.poisoned(n);
        try (m) {
            m.multiply(a, b, c, n);
            Set<Thread> workers = pool.workersStarted();
            assertFalse(workers.isEmpty(), name + " did no work in its pool");
            assertTrue(workers.size() <= threads, name + " started " + workers.size() + " workers for threads = " + threads);
            for (Thread w : workers) {
                assertTrue(w.getName().startsWith("parbench-worker-"), "unexpected worker " + w.getName());
            }
        }
        assertTrue(pool.pool().isShutdown(), name + ".close() must shut its pool down");
        new MatmulReference(a, b, n).assertExact(c, name);
    }
}
