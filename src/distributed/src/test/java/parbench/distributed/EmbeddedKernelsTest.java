package parbench.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import parbench.core.Conv2d;
import parbench.core.Conv2dSerial;
import parbench.core.Inputs;
import parbench.core.MatmulSerial;
import parbench.core.MonteCarloPiSerial;
import parbench.core.VectorAddSerial;

/**
 * Every distributed kernel against its serial kernel at awkward sizes, with an embedded member at
 * 1, 2 and 3 workers. One engine per thread count serves all four kernels' task types (the kernel
 * classes each start their own; here the engine start-up, ~1 s, is paid once per kernel and count).
 */
class EmbeddedKernelsTest {

    private static final int[] THREADS = {1, 2, 3};
    private static final int[] SIZES = {1, 3, 17, 255, 257};

    @Test
    void monteCarloCountsEqualSerialAtAwkwardSizes() {
        long[] samples = {0, 1, 3, 17, 255, 1009, 65_537, 1_000_003};
        for (int t : THREADS) {
            try (MonteCarloPiHazelcast k = new MonteCarloPiHazelcast(t, Settings.embedded())) {
                assertEquals(t, k.engine().parallelism());
                for (long s : samples) {
                    long expected = new MonteCarloPiSerial().countInside(Inputs.DEFAULT_SEED, s);
                    assertEquals(expected, k.countInside(Inputs.DEFAULT_SEED, s), "threads=" + t + " samples=" + s);
                }
            }
        }
    }

    @Test
    void tasksRunOnExactlyTheRequestedNumberOfExecutorWorkers() {
        try (HazelcastEngine engine = HazelcastEngine.start(2, Settings.embedded())) {
            assertEquals(2, engine.parallelism());
            assertEquals("embedded", engine.info().mode());
            assertEquals(2, engine.info().totalWorkers());
            // 8 tasks that each hold their worker for a while: all must share the 2 executor threads.
            List<ThreadName> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(new ThreadName());
            }
            Set<String> names = new HashSet<>(engine.run(tasks));
            assertEquals(2, names.size(), "executor threads: " + names);
        }
    }

    /** Reports the thread it ran on, after keeping it busy for 30 ms. */
    static final class ThreadName implements Callable<String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String call() throws InterruptedException {
            Thread.sleep(30);
            return Thread.currentThread().getName();
        }
    }

    @Test
    void vectorAddEqualsSerialShippedAndFromSeeds() {
        for (int t : THREADS) {
            try (VectorAddHazelcast k = new VectorAddHazelcast(t, Settings.embedded())) {
                for (int n : new int[] {0, 1, 3, 17, 255, 65_537}) {
                    float[] a = Inputs.randomFloats(Inputs.DEFAULT_SEED, n);
                    float[] b = Inputs.randomFloats(Inputs.DEFAULT_SEED + 1, n);
                    float[] expected = new float[n];
                    new VectorAddSerial().add(a, b, expected);
                    float[] c = new float[n];
                    k.add(a, b, c);
                    assertArrayEquals(expected, c, "shipped threads=" + t + " n=" + n);
                    float[] d = new float[n];
                    k.addFromSeeds(Inputs.DEFAULT_SEED, Inputs.DEFAULT_SEED + 1, d);
                    assertArrayEquals(expected, d, "seeded threads=" + t + " n=" + n);
                }
                assertThrows(IllegalArgumentException.class, () -> k.add(new float[2], new float[3], new float[2]));
            }
        }
    }

    @Test
    void matmulEqualsSerialShippedAndFromSeeds() {
        for (int t : THREADS) {
            try (MatmulHazelcast k = new MatmulHazelcast(t, Settings.embedded())) {
                for (int n : new int[] {1, 3, 17, 67}) {
                    float[] a = Inputs.randomFloats(Inputs.DEFAULT_SEED, n * n);
                    float[] b = Inputs.randomFloats(Inputs.DEFAULT_SEED + 1, n * n);
                    float[] expected = new float[n * n];
                    new MatmulSerial().multiply(a, b, expected, n);
                    float[] c = new float[n * n];
                    k.multiply(a, b, c, n);
                    // Same i-k-j order as the serial loop: bit-identical, not just close.
                    assertArrayEquals(expected, c, "shipped threads=" + t + " n=" + n);
                    float[] d = new float[n * n];
                    k.multiplyFromSeeds(Inputs.DEFAULT_SEED, Inputs.DEFAULT_SEED + 1, d, n);
                    assertArrayEquals(expected, d, "seeded threads=" + t + " n=" + n);
                }
                assertThrows(IllegalArgumentException.class, () -> k.multiply(new float[4], new float[4], new float[3], 2));
            }
        }
    }

    @Test
    void conv2dEqualsSerialAtAwkwardShapes() {
        int[][] shapes = {{1, 1, 1}, {3, 3, 3}, {17, 5, 3}, {5, 17, 5}, {255, 7, 5}, {31, 257, 1}};
        for (int t : THREADS) {
            try (Conv2dHazelcast k = new Conv2dHazelcast(t, Settings.embedded())) {
                for (int[] s : shapes) {
                    int h = s[0];
                    int w = s[1];
                    int kk = s[2];
                    float[] image = Inputs.randomFloats(Inputs.DEFAULT_SEED, h * w);
                    float[] filter = Inputs.gaussianFilter(kk);
                    int outLen = Conv2d.outSize(h, kk) * Conv2d.outSize(w, kk);
                    float[] expected = new float[outLen];
                    new Conv2dSerial().convolve(image, h, w, filter, kk, expected);
                    float[] out = new float[outLen];
                    k.convolve(image, h, w, filter, kk, out);
                    assertArrayEquals(expected, out, "threads=" + t + " " + h + "x" + w + " k=" + kk);
                }
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> k.convolve(new float[9], 3, 3, new float[16], 4, new float[1]));
                assertTrue(e.getMessage().contains("k=4"), e.getMessage());
            }
        }
    }

    @Test
    void seededFloatsEqualInputsAtAnyOffset() {
        float[] all = Inputs.randomFloats(42, 1000);
        for (int from : new int[] {0, 1, 17, 255, 999}) {
            float[] part = SeededFloats.range(42, from, 1000 - from);
            for (int i = 0; i < part.length; i++) {
                assertEquals(all[from + i], part[i], "element " + (from + i));
            }
        }
    }

    @Test
    void threadsBelowOneAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MonteCarloPiHazelcast(0, Settings.embedded()));
        assertTrue(e.getMessage().contains("threads"), e.getMessage());
    }

    @Test
    void closeLeavesNoHazelcastThreadsBehind() throws InterruptedException {
        new MonteCarloPiHazelcast(2, Settings.embedded()).close();
        // Hazelcast stops its threads during shutdown(); allow a moment for the last ones to exit.
        long deadline = System.currentTimeMillis() + 5_000;
        Set<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                    .filter(th -> !th.isDaemon()).map(Thread::getName)
                    .filter(n -> n.startsWith("hz.")).collect(Collectors.toSet());
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        assertEquals(Set.of(), left);
    }
}
