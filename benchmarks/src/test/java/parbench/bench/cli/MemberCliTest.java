package parbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import parbench.core.MonteCarloPiSerial;
import parbench.distributed.ClusterInfo;
import parbench.distributed.HazelcastEngine;
import parbench.distributed.MonteCarloPiHazelcast;
import parbench.distributed.Settings;

/**
 * Two members started the way docs/distributed.md and .ci/run start them: {@code benchmarks.jar
 * member --port P1}, then {@code member --port P2 --join 127.0.0.1:P1} (the second names only the
 * first). This failed with "Node failed to start!" while a member without --join had no join method
 * (Hazelcast rejects a joiner whose join method differs). Runs {@link Main} in two JVMs with this
 * module's class path, on 127.0.0.1 only, and a client kernel verified against serial on both.
 */
class MemberCliTest {

    @Test
    void secondMemberJoinsTheFirstAndAKernelRunsOnBoth() throws Exception {
        int p1 = freePort();
        int p2 = freePort();
        String a1 = "127.0.0.1:" + p1;
        String a2 = "127.0.0.1:" + p2;
        List<Process> started = new ArrayList<>();
        try {
            Process m1 = member(started, "--port", Integer.toString(p1), "--workers", "1");
            String ready1 = awaitReady(m1, 90);
            assertTrue(ready1.contains("parbench member " + a1) && ready1.contains("members=1: ready"), ready1);

            Process m2 = member(started, "--port", Integer.toString(p2), "--workers", "1", "--join", a1);
            String ready2 = awaitReady(m2, 90);
            assertTrue(ready2.contains("parbench member " + a2) && ready2.contains("members=2: ready"), ready2);

            // The client names only the first member and still finds both.
            Settings s = Settings.cluster(List.of(a1)).withTimeouts(10_000, 60_000, 30_000);
            ClusterInfo info = HazelcastEngine.describe(s);
            assertEquals(2, info.members().size(), info.toString());
            assertEquals(2, info.totalWorkers(), info.toString());
            long serial = new MonteCarloPiSerial().countInside(11, 1_000_003);
            try (MonteCarloPiHazelcast k = new MonteCarloPiHazelcast(2, s)) {
                assertEquals(2, k.engine().parallelism());
                List<String> members = new ArrayList<>(k.engine().info().members().stream()
                        .map(ClusterInfo.MemberInfo::address).toList());
                members.sort(null);
                List<String> expected = new ArrayList<>(List.of(a1, a2));
                expected.sort(null);
                assertEquals(expected, members);
                assertEquals(serial, k.countInside(11, 1_000_003));
                assertEquals(new MonteCarloPiSerial().countInside(3, 17), k.countInside(3, 17));
            }
        } finally {
            for (Process p : started) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** {@code benchmarks.jar member ...}: {@link Main} with this module's class path (the jar's content). */
    private static Process member(List<Process> started, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "member"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        started.add(p);
        return p;
    }

    /** The member's "ready" line; fails with its whole output if it exits or takes longer than the limit. */
    private static String awaitReady(Process p, int seconds) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    if (line.contains(": ready")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = ready.get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            line = null;
        }
        if (line == null) {
            synchronized (seen) {
                throw new AssertionError("member exited or not ready within " + seconds + " s: " + seen);
            }
        }
        // Keep reading so the member never blocks on a full pipe.
        CompletableFuture.runAsync(() -> {
            try {
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the member was killed
            }
        });
        return line;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
