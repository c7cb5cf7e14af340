package parbench.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parbench.core.Availability;
import parbench.core.Conv2d;
import parbench.core.Conv2dSerial;
import parbench.core.Inputs;
import parbench.core.MatmulSerial;
import parbench.core.MonteCarloPiSerial;
import parbench.core.VectorAddSerial;

/**
 * Cluster mode against member JVMs on 127.0.0.1 only: a two-member cluster computes what serial
 * computes, and the three faults (unreachable cluster, member without the task classes, member
 * killed mid-job) each end with one line within a bounded time. Member JVMs take a few seconds to
 * start, so the kill happens at the end of the two-member test rather than in a cluster of its own.
 */
class ClusterTest {

    /** Short timeouts so the faults show quickly; a real job here runs well under a second. */
    private static Settings cluster(String... members) {
        return Settings.cluster(List.of(members)).withTimeouts(3_000, 30_000, 5_000);
    }

    @Test
    void twoMembersOnLoopbackComputeWhatSerialComputesThenSurviveOneBeingKilled() throws Exception {
        int p1 = MemberProcess.freePort();
        int p2 = MemberProcess.freePort();
        String a1 = "127.0.0.1:" + p1;
        String a2 = "127.0.0.1:" + p2;
        // Both JVMs start at once: on a loaded 2-core machine each takes several seconds.
        try (MemberProcess m1 = MemberProcess.launch(p1, 2, a1, a2);
             MemberProcess m2 = MemberProcess.launch(p2, 1, a1, a2)) {
            m1.awaitReady();
            m2.awaitReady();
            Settings s = cluster(a1, a2);
            ClusterInfo info = awaitMembers(s, 2);
            assertEquals("cluster", info.mode());
            assertEquals(3, info.totalWorkers());
            assertTrue(info.toString().contains(a1) && info.toString().contains(a2), info.toString());
            Availability av = HazelcastEngine.availability(s);
            assertTrue(av.available(), av.toString());

            for (int t : new int[] {1, 2, 3}) {
                try (MonteCarloPiHazelcast k = new MonteCarloPiHazelcast(t, s)) {
                    assertEquals(t, k.engine().parallelism());
                    for (long n : new long[] {1, 17, 1_000_003}) {
                        assertEquals(new MonteCarloPiSerial().countInside(7, n), k.countInside(7, n), "t=" + t + " n=" + n);
                    }
                }
            }
            try (VectorAddHazelcast k = new VectorAddHazelcast(3, s)) {
                int n = 255;
                float[] a = Inputs.randomFloats(1, n);
                float[] b = Inputs.randomFloats(2, n);
                float[] expected = new float[n];
                new VectorAddSerial().add(a, b, expected);
                float[] c = new float[n];
                k.add(a, b, c);
                assertArrayEquals(expected, c);
                float[] d = new float[n];
                k.addFromSeeds(1, 2, d);
                assertArrayEquals(expected, d);
            }
            try (MatmulHazelcast k = new MatmulHazelcast(2, s)) {
                int n = 17;
                float[] a = Inputs.randomFloats(1, n * n);
                float[] b = Inputs.randomFloats(2, n * n);
                float[] expected = new float[n * n];
                new MatmulSerial().multiply(a, b, expected, n);
                float[] c = new float[n * n];
                k.multiplyFromSeeds(1, 2, c, n);
                assertArrayEquals(expected, c);
            }
            try (Conv2dHazelcast k = new Conv2dHazelcast(3, s)) {
                float[] image = Inputs.randomFloats(3, 31 * 29);
                float[] filter = Inputs.gaussianFilter(5);
                float[] expected = new float[Conv2d.outSize(31, 5) * Conv2d.outSize(29, 5)];
                new Conv2dSerial().convolve(image, 31, 29, filter, 5, expected);
                float[] out = new float[expected.length];
                k.convolve(image, 31, 29, filter, 5, out);
                assertArrayEquals(expected, out);
            }
            DistributedException tooMany = assertThrows(DistributedException.class, () -> new MonteCarloPiHazelcast(4, s));
            assertOneLine(tooMany, "threads=4 exceeds the 3 workers");

            // Last, the fault: a member killed (SIGKILL) while a job runs on both members.
            try (MonteCarloPiHazelcast k = new MonteCarloPiHazelcast(3, s)) {
                // 2^36 samples: tens of seconds per worker, far longer than the kill below.
                CompletableFuture<Long> job = CompletableFuture.supplyAsync(() -> k.countInside(1, 1L << 36));
                Thread.sleep(1_000);
                assertFalse(job.isDone(), "the job should still be running");
                m2.kill();
                long killed = System.nanoTime();
                ExecutionException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> assertThrows(ExecutionException.class, job::get));
                System.out.printf("member killed: job failed after %d ms%n", (System.nanoTime() - killed) / 1_000_000);
                assertTrue(e.getCause() instanceof DistributedException, String.valueOf(e.getCause()));
                assertOneLine(e.getCause(), "hazelcast: ");
                assertTrue(e.getCause().getMessage().contains("left") || e.getCause().getMessage().contains(a2),
                        e.getCause().getMessage());
                // The engine stays failed: the next job fails at once instead of computing a partial count.
                assertThrows(DistributedException.class, () -> k.countInside(1, 10));
            }
        }
    }

    @Test
    void unreachableClusterFailsWithinTheConnectTimeout() throws Exception {
        String nobody = "127.0.0.1:" + MemberProcess.freePort();
        Settings s = Settings.cluster(List.of(nobody)).withTimeouts(1_500, 30_000, 5_000);
        DistributedException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(DistributedException.class, () -> new MonteCarloPiHazelcast(1, s)));
        assertOneLine(e, "cannot reach cluster 'parbench' at " + nobody);
        Availability av = HazelcastEngine.availability(s);
        assertFalse(av.available());
        assertTrue(av.detail().contains(nobody), av.detail());
    }

    @Test
    void memberWithoutTheTaskClassesFailsTheStartNotHangs(@TempDir Path dir) throws Exception {
        int port = MemberProcess.freePort();
        try (MemberProcess bare = MemberProcess.withoutTaskClasses(port, dir)) {
            DistributedException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(DistributedException.class,
                            () -> new MonteCarloPiHazelcast(1, cluster(bare.address()))));
            assertOneLine(e, "member 127.0.0.1:" + port);
            assertTrue(e.getMessage().contains("task class") || e.getMessage().contains("within"), e.getMessage());
        }
    }

    /** Members joined by TCP/IP find each other within a few seconds; wait until the client sees them all. */
    private static ClusterInfo awaitMembers(Settings s, int count) throws InterruptedException {
        ClusterInfo info = null;
        for (int i = 0; i < 60; i++) {
            info = HazelcastEngine.describe(s);
            if (info.members().size() == count) {
                return info;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("cluster did not reach " + count + " members: " + info);
    }

    private static void assertOneLine(Throwable e, String contains) {
        String m = e.getMessage();
        // Printed so the test log shows the line a user would see.
        System.out.println("fault message: " + m);
        assertFalse(m.contains("\n"), "one line: " + m);
        assertTrue(m.contains(contains), "expected '" + contains + "' in: " + m);
    }
}
