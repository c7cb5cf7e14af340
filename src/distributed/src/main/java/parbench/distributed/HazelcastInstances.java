package parbench.distributed;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.Properties;
import java.util.UUID;

/**
 * Starting Hazelcast for {@link HazelcastEngine} and {@link MemberCommand}: members (the embedded
 * one and those of the member command) and clients of a cluster, all quiet, loopback-bound unless
 * told otherwise, with bounded connection waits. Failures throw a {@link DistributedException}
 * with one line.
 */
final class HazelcastInstances {

    private HazelcastInstances() {
    }

    /** Settings shared by the embedded member and the member command: quiet, loopback, no phone-home. */
    static Config memberConfig(String clusterName, String host, int port, boolean autoIncrement, int workers) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setInstanceName("parbench-" + UUID.randomUUID());
        quiet(config.getProperties());
        // Bind only the given interface (127.0.0.1 unless the member command is told otherwise).
        config.setProperty("hazelcast.socket.bind.any", "false");
        NetworkConfig net = config.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(autoIncrement).setPortCount(autoIncrement ? 200 : 1);
        net.getInterfaces().setEnabled(true).addInterface(host);
        config.setProperty("hazelcast.local.localAddress", host);
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(false);
        config.getExecutorConfig(HazelcastEngine.EXECUTOR).setPoolSize(workers);
        config.getMemberAttributeConfig().setAttribute(HazelcastEngine.ATTR_WORKERS, Integer.toString(workers));
        config.getMemberAttributeConfig().setAttribute(HazelcastEngine.ATTR_CORES,
                Integer.toString(Runtime.getRuntime().availableProcessors()));
        return config;
    }

    private static void quiet(Properties p) {
        // Hazelcast picks its logger from the system property before it reads any config (its
        // start-up warning about --add-opens went to stderr through JUL otherwise); -D overrides.
        if (System.getProperty("hazelcast.logging.type") == null) {
            System.setProperty("hazelcast.logging.type", "none");
        }
        // The config property wins over the system property in Hazelcast, so copy the -D value.
        p.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type"));
        p.setProperty("hazelcast.phone.home.enabled", "false");
        // The engine closes itself in close(); a JVM shutdown hook would race with it.
        p.setProperty("hazelcast.shutdownhook.enabled", "false");
    }

    static HazelcastInstance embeddedMember(int threads, Settings settings) {
        // Embedded clusters get a private name, so they never accept a member started for a cluster.
        Config config = memberConfig(settings.clusterName() + "-embedded-" + UUID.randomUUID(), "127.0.0.1",
                5701, true, threads);
        try {
            return Hazelcast.newHazelcastInstance(config);
        } catch (RuntimeException e) {
            throw new DistributedException("hazelcast: cannot start the embedded member: "
                    + HazelcastEngine.firstLine(e), e);
        }
    }

    static HazelcastInstance client(Settings settings) {
        ClientConfig cc = new ClientConfig();
        cc.setClusterName(settings.clusterName());
        cc.setInstanceName("parbench-client-" + UUID.randomUUID());
        quiet(cc.getProperties());
        cc.getNetworkConfig().setAddresses(new ArrayList<>(settings.members()));
        cc.getNetworkConfig().setConnectionTimeout((int) Math.min(Integer.MAX_VALUE, settings.connectTimeoutMs()));
        // Default is to retry forever: a missing cluster must fail the trial, not hang it.
        cc.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(settings.connectTimeoutMs());
        try {
            return HazelcastClient.newHazelcastClient(cc);
        } catch (RuntimeException e) {
            throw new DistributedException("hazelcast: cannot reach cluster '" + settings.clusterName() + "' at "
                    + String.join(",", settings.members()) + " within " + settings.connectTimeoutMs() + " ms ("
                    + HazelcastEngine.firstLine(e) + ")", e);
        }
    }
}
