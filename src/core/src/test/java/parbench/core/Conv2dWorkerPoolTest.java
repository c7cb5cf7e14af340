package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The threaded backends run their work in their own pool of the requested size, and close it. */
class Conv2dWorkerPoolTest {

    private static IntFunction<Conv2d> backend(String name) {
        return switch (name) {
            case "forkjoin" -> Conv2dForkJoin::new;
            case "streams" -> Conv2dStreams::new;
            case "simd_forkjoin" -> Conv2dSimdForkJoin::new;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static WorkerPool poolOf(Conv2d conv) {
        if (conv instanceof Conv2dForkJoin c) {
            return c.pool();
        }
        if (conv instanceof Conv2dStreams c) {
            return c.pool();
        }
        return ((Conv2dSimdForkJoin) conv).pool();
    }

    @ParameterizedTest(name = "{0} threads={1}")
    @CsvSource({"forkjoin,1", "forkjoin,2", "forkjoin,3", "streams,1", "streams,2", "streams,3",
        "simd_forkjoin,1", "simd_forkjoin,2", "simd_forkjoin,3"})
    void workRunsOnItsOwnPoolOfAtMostThreadsWorkers(String name, int threads) {
        int n = 300;
        float[] image = Inputs.randomFloats(3, n * n);
        float[] filter = Inputs.gaussianFilter(5);
        float[] out = new float[(n - 4) * (n - 4)];
        Conv2d conv = backend(name).apply(threads);
        WorkerPool pool = poolOf(conv);
        assertEquals(threads, pool.threads());
        assertEquals(threads, pool.pool().getParallelism());
        try (conv) {
            for (int rep = 0; rep < 3; rep++) {
                conv.convolve(image, n, n, filter, 5, out);
            }
            Set<Thread> workers = pool.workersStarted();
            // threads=1 makes one band: the caller runs it (ForkJoinRanges' one-piece rule) and
            // no worker is woken. More bands run on the pool's workers only.
            if (threads == 1) {
                assertTrue(workers.isEmpty(), "one band woke " + workers);
            } else {
                assertFalse(workers.isEmpty(), "no worker of the kernel's own pool ran");
            }
            assertTrue(workers.size() <= threads, workers.size() + " workers for threads=" + threads);
            assertFalse(workers.contains(Thread.currentThread()));
            for (Thread t : workers) {
                assertTrue(t.getName().startsWith("parbench-worker-"), t.getName());
            }
        }
        assertTrue(pool.pool().isShutdown(), "close() must shut the pool down");
    }
}
