package parbench.distributed;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * How the distributed kernels reach their workers, from system properties (so JMH forks get them
 * with {@code -jvmArgsAppend -Dparbench.hazelcast.members=...}):
 * <ul>
 *   <li>{@code parbench.hazelcast.members} — comma-separated host:port of cluster members started
 *       with {@code java -jar benchmarks.jar member}. Unset or empty: an embedded in-process member.</li>
 *   <li>{@code parbench.hazelcast.cluster} — cluster name (default {@code parbench}).</li>
 *   <li>{@code parbench.hazelcast.connectTimeoutMs} — how long a client tries to reach the cluster (default 5000).</li>
 *   <li>{@code parbench.hazelcast.jobTimeoutMs} — longest a single job may run before the trial fails (default 120000).</li>
 *   <li>{@code parbench.hazelcast.probeTimeoutMs} — how long each member has to answer the start-up
 *       probe task, which catches members without the task classes (default 10000).</li>
 * </ul>
 *
 * @param members          cluster member addresses; empty means embedded
 * @param clusterName      Hazelcast cluster name the members were started with
 * @param connectTimeoutMs client connect timeout
 * @param jobTimeoutMs     per-job timeout
 * @param probeTimeoutMs   per-member probe timeout at start-up
 */
public record Settings(List<String> members, String clusterName, long connectTimeoutMs, long jobTimeoutMs,
                       long probeTimeoutMs) {

    public static final String MEMBERS = "parbench.hazelcast.members";
    public static final String CLUSTER = "parbench.hazelcast.cluster";
    public static final String CONNECT_TIMEOUT = "parbench.hazelcast.connectTimeoutMs";
    public static final String JOB_TIMEOUT = "parbench.hazelcast.jobTimeoutMs";
    public static final String PROBE_TIMEOUT = "parbench.hazelcast.probeTimeoutMs";
    public static final String DEFAULT_CLUSTER = "parbench";

    public Settings {
        members = List.copyOf(members);
        if (clusterName == null || clusterName.isBlank()) {
            throw new IllegalArgumentException(CLUSTER + " must not be empty");
        }
        positive(CONNECT_TIMEOUT, connectTimeoutMs);
        positive(JOB_TIMEOUT, jobTimeoutMs);
        positive(PROBE_TIMEOUT, probeTimeoutMs);
        for (String m : members) {
            checkAddress(m);
        }
    }

    /** An embedded member with the default timeouts. */
    public static Settings embedded() {
        return new Settings(List.of(), DEFAULT_CLUSTER, 5_000, 120_000, 10_000);
    }

    /** A cluster at these addresses with the default name and timeouts. */
    public static Settings cluster(List<String> members) {
        return new Settings(members, DEFAULT_CLUSTER, 5_000, 120_000, 10_000);
    }

    /** The settings the system properties describe; a bad value throws with a one-line message. */
    public static Settings fromSystemProperties() {
        return from(System.getProperties());
    }

    static Settings from(Properties p) {
        Settings d = embedded();
        List<String> members = new ArrayList<>();
        String list = p.getProperty(MEMBERS, "").trim();
        if (!list.isEmpty()) {
            for (String s : list.split(",")) {
                if (!s.isBlank()) {
                    members.add(s.trim());
                }
            }
        }
        return new Settings(members, p.getProperty(CLUSTER, d.clusterName()),
                number(p, CONNECT_TIMEOUT, d.connectTimeoutMs()), number(p, JOB_TIMEOUT, d.jobTimeoutMs()),
                number(p, PROBE_TIMEOUT, d.probeTimeoutMs()));
    }

    public boolean embeddedMode() {
        return members.isEmpty();
    }

    public Settings withTimeouts(long connectMs, long jobMs, long probeMs) {
        return new Settings(members, clusterName, connectMs, jobMs, probeMs);
    }

    private static long number(Properties p, String key, long dflt) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of milliseconds, got '" + v + "'");
        }
    }

    private static void positive(String key, long v) {
        if (v < 1) {
            throw new IllegalArgumentException(key + " must be >= 1, got " + v);
        }
    }

    /** host:port with a port in 1..65535; the message names the bad entry. */
    static void checkAddress(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException(MEMBERS + " entries must be host:port, got '" + hostPort + "'");
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(MEMBERS + " port must be 1..65535, got '" + hostPort + "'");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MEMBERS + " entries must be host:port, got '" + hostPort + "'");
        }
    }
}
