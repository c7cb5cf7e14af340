package parbench.distributed;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A cluster member in its own JVM on 127.0.0.1, for the cluster and fault tests; killed in close(). */
final class MemberProcess implements AutoCloseable {

    final Process process;
    final int port;

    private MemberProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    /** {@code MemberCommand} with the test class path (so it has the task classes); waits for "ready". */
    static MemberProcess parbench(int port, int workers, String... join) throws IOException {
        MemberProcess m = launch(port, workers, join);
        m.awaitReady();
        return m;
    }

    /** Launches without waiting, so several member JVMs start at the same time; then {@link #awaitReady}. */
    static MemberProcess launch(int port, int workers, String... join) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MemberCommand.class.getName(), "--port", Integer.toString(port), "--workers", Integer.toString(workers)));
        if (join.length > 0) {
            cmd.add("--join");
            cmd.add(String.join(",", join));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        return new MemberProcess(p, port);
    }

    /** Waits (at most 60 s) until the member printed its "ready" line. */
    void awaitReady() throws IOException {
        awaitLine("ready", 60);
    }

    /**
     * A plain Hazelcast member (its own launcher, only the Hazelcast jar on the class path) that
     * claims to be a parbench member but has none of the task classes.
     */
    static MemberProcess withoutTaskClasses(int port, Path dir) throws IOException {
        String hazelcastJar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> new File(e).getName().startsWith("hazelcast-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("hazelcast jar not on the test class path"));
        Path yaml = dir.resolve("member-" + port + ".yaml");
        Files.writeString(yaml, String.join("\n",
                "hazelcast:",
                "  cluster-name: parbench",
                "  properties:",
                "    hazelcast.logging.type: none",
                "    hazelcast.phone.home.enabled: false",
                "    hazelcast.socket.bind.any: false",
                "  network:",
                "    port:",
                "      auto-increment: false",
                "      port: " + port,
                "    interfaces:",
                "      enabled: true",
                "      interfaces:",
                "        - 127.0.0.1",
                "    join:",
                "      multicast:",
                "        enabled: false",
                "      auto-detection:",
                "        enabled: false",
                "  member-attributes:",
                "    parbench.workers:",
                "      value: \"1\"",
                "    parbench.cores:",
                "      value: \"1\"",
                "  executor-service:",
                "    parbench:",
                "      pool-size: 1",
                ""), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(java(), "-Xmx256m", "-Dhazelcast.config=" + yaml, "-cp", hazelcastJar,
                "com.hazelcast.core.server.HazelcastMemberStarter").redirectErrorStream(true).start();
        drain(p);
        MemberProcess m = new MemberProcess(p, port);
        m.awaitPort(60);
        return m;
    }

    /** A free TCP port on 127.0.0.1 (free when asked; the member binds it a moment later). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void awaitLine(String marker, int seconds) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String line; (line = r.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.contains(marker)) {
                        return null;
                    }
                }
                return seen.toString();
            } catch (IOException e) {
                return e.toString();
            }
        });
        try {
            String failure = ready.get(seconds, TimeUnit.SECONDS);
            if (failure != null) {
                throw new IllegalStateException("member on port " + port + " exited before ready: " + failure);
            }
        } catch (Exception e) {
            close();
            throw new IllegalStateException("member on port " + port + " not ready: " + e, e);
        }
        drain(process);
    }

    private void awaitPort(int seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                sleep(100);
            }
        }
        close();
        throw new IllegalStateException("member on port " + port + " did not open its port");
    }

    /** Keeps reading the member's output so it never blocks on a full pipe. */
    private static void drain(Process p) {
        Thread t = new Thread(() -> {
            try {
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the member was killed
            }
        }, "member-output");
        t.setDaemon(true);
        t.start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Kills the JVM at once (SIGKILL): the same as a member that dies. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
