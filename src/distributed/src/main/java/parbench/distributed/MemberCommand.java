package parbench.distributed;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar benchmarks.jar member [--port P] [--workers N] [--host H] [--join H:P,...] [--cluster NAME]}:
 * runs one cluster member in the foreground until killed (Ctrl-C / SIGTERM shut it down cleanly).
 * The member has every parbench task class, because it runs from the same jar as the benchmarks.
 * Defaults: port 5701, workers = available processors, host 127.0.0.1 (loopback only), no join
 * (a one-member cluster), cluster name {@code parbench}. Members that should form one cluster list
 * each other with {@code --join}; benchmarks reach them with {@code -Dparbench.hazelcast.members}.
 */
public final class MemberCommand {

    static final String USAGE = "usage: java -jar benchmarks.jar member [--port P] [--workers N] [--host H]"
            + " [--join HOST:PORT,...] [--cluster NAME]";

    private MemberCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Exit 2 with one line on bad arguments or when the member cannot start; otherwise runs until stopped. */
    public static int run(String[] args) {
        int port = 5701;
        int workers = Runtime.getRuntime().availableProcessors();
        String host = "127.0.0.1";
        String cluster = Settings.DEFAULT_CLUSTER;
        List<String> join = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port" -> port = intArg(a, value(args, ++i, a), 1, 65535);
                    case "--workers" -> workers = intArg(a, value(args, ++i, a), 1, 4096);
                    case "--host" -> host = value(args, ++i, a);
                    case "--cluster" -> cluster = value(args, ++i, a);
                    case "--join" -> {
                        for (String m : value(args, ++i, a).split(",")) {
                            if (!m.isBlank()) {
                                Settings.checkAddress(m.trim());
                                join.add(m.trim());
                            }
                        }
                    }
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("member: " + e.getMessage().replace(Settings.MEMBERS, "--join") + "\n" + USAGE);
            return 2;
        }
        Config config = HazelcastInstances.memberConfig(cluster, host, port, false, workers);
        // Ctrl-C / SIGTERM: Hazelcast's own hook shuts the member down gracefully.
        config.setProperty("hazelcast.shutdownhook.enabled", "true");
        // TCP/IP join is on for every member, even one started without --join (it then lists only
        // itself): Hazelcast rejects a join request whose join method differs from the master's
        // ("Incompatible joiners! expected: , found: tcp-ip"), so a first member with no join method
        // made every later 'member --join' fail with "Node failed to start!".
        List<String> joinList = join.isEmpty() ? List.of(host + ":" + port) : join;
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).setMembers(joinList);
        // Default 5 s wait before joining: members here start within a second of each other.
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        HazelcastInstance hz;
        try {
            hz = Hazelcast.newHazelcastInstance(config);
        } catch (RuntimeException e) {
            System.err.println("member: cannot start on " + host + ":" + port + ": " + HazelcastEngine.firstLine(e)
                    + (join.isEmpty() ? "" : " (a member at --join may have rejected this one; run with"
                    + " -Dhazelcast.logging.type=jdk to see why)"));
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        System.out.println("parbench member " + host + ":" + port + " cluster=" + cluster + " workers=" + workers
                + " cores=" + Runtime.getRuntime().availableProcessors() + " members="
                + hz.getCluster().getMembers().size() + ": ready");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            hz.shutdown();
        }
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int intArg(String option, String v, int min, int max) {
        try {
            int x = Integer.parseInt(v);
            if (x < min || x > max) {
                throw new IllegalArgumentException(option + " must be " + min + ".." + max + ", got " + v);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + v + "'");
        }
    }
}
