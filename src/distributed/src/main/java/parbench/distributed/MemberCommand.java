package parbench.distributed;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

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
        Options o;
        try {
            o = Options.parse(args);
        } catch (UsageException e) {
            return Cli.fail(System.err, "member", e.getMessage(), USAGE);
        }
        if (o == null) {
            System.out.println(USAGE);
            return ExitCodes.OK;
        }
        return run(o.port, o.workers, o.host, o.cluster, o.join);
    }

    /** The command line; null when help was asked for. */
    static final class Options {
        int port = 5701;
        int workers = Runtime.getRuntime().availableProcessors();
        String host = "127.0.0.1";
        String cluster = Settings.DEFAULT_CLUSTER;
        final List<String> join = new ArrayList<>();
        boolean help;

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            List<String> positional = new ArrayList<>();
            new OptionScanner().value("--port", "--workers", "--host", "--cluster", "--join")
                    .unknown(name -> "unknown option '" + name + "'")
                    .scan(args, positional, (name, value) -> {
                        switch (name) {
                            case "--port" -> o.port = intArg(name, value, 1, 65535);
                            case "--workers" -> o.workers = intArg(name, value, 1, 4096);
                            case "--host" -> o.host = value;
                            case "--cluster" -> o.cluster = value;
                            case "--join" -> o.join(value);
                            default -> o.help = true;
                        }
                    });
            if (o.help) {
                return null;
            }
            if (!positional.isEmpty()) {
                throw new UsageException("unknown option '" + positional.get(0) + "'");
            }
            return o;
        }

        private void join(String list) throws UsageException {
            for (String m : list.split(",")) {
                if (!m.isBlank()) {
                    try {
                        Settings.checkAddress(m.trim());
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage().replace(Settings.MEMBERS, "--join"));
                    }
                    join.add(m.trim());
                }
            }
        }
    }

    /** Runs the member until it is stopped; exit 2 with one line when it cannot start. */
    private static int run(int port, int workers, String host, String cluster, List<String> join) {
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
            return Cli.fail(System.err, "member", "cannot start on " + host + ":" + port + ": " + HazelcastEngine.firstLine(e)
                    + (join.isEmpty() ? "" : " (a member at --join may have rejected this one; run with"
                    + " -Dhazelcast.logging.type=jdk to see why)"));
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

    private static int intArg(String option, String v, int min, int max) throws UsageException {
        int x;
        try {
            x = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + v + "'");
        }
        if (x < min || x > max) {
            throw new UsageException(option + " must be " + min + ".." + max + ", got " + v);
        }
        return x;
    }
}
