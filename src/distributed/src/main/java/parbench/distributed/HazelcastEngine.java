package parbench.distributed;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.instance.BuildInfoProvider;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import parbench.core.Availability;
import parbench.core.WorkerPool;

/**
 * The Hazelcast side of every distributed kernel: one per kernel instance, so one per JMH trial.
 * Embedded (no {@code parbench.hazelcast.members}): starts one in-process member whose executor
 * has exactly {@code threads} workers, bound to 127.0.0.1 with every join mechanism off, so it
 * never finds or joins anything else. Cluster: connects a client to members started with
 * {@code benchmarks.jar member}; {@code threads} is then the total number of workers used across
 * the cluster, taken from the members in turn.
 *
 * <p>Every wait is bounded: the client gives up connecting after the connect timeout, a probe task
 * sent to every member at start-up must answer within the probe timeout (a member that cannot load
 * the task classes fails here), jobs poll their futures and fail as soon as a member leaves, and
 * at the latest after the job timeout. A failure closes the engine; the message is one line.
 */
public final class HazelcastEngine implements AutoCloseable {

    /** Executor name on every member; its pool size is the member's worker count. */
    static final String EXECUTOR = "parbench";
    /** Member attributes the member command sets, read by clients to spread tasks. */
    static final String ATTR_WORKERS = "parbench.workers";
    static final String ATTR_CORES = "parbench.cores";
    /** How often a waiting job looks for a member that left. */
    private static final long POLL_MS = 50;

    private final HazelcastInstance instance;
    private final IExecutorService executor;
    private final Settings settings;
    private final ClusterInfo info;
    /** Member for each task slot: task i of a job runs on slots[i % slots.size()]. */
    private final List<Member> slots;
    /** Set by the membership/lifecycle listeners: the first reason the engine can no longer run jobs. */
    private volatile String fault;

    private HazelcastEngine(HazelcastInstance instance, Settings settings, String mode, int threads) {
        this.instance = instance;
        this.settings = settings;
        instance.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                fail("member " + address(e.getMember()) + " left the cluster mid-trial");
            }
        });
        instance.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.CLIENT_DISCONNECTED) {
                fail("lost the connection to cluster '" + settings.clusterName() + "'");
            }
        });
        this.executor = instance.getExecutorService(EXECUTOR);
        List<Member> all = new ArrayList<>(instance.getCluster().getMembers());
        List<ClusterInfo.MemberInfo> members = memberInfos(all);
        this.info = new ClusterInfo(mode, engineName(), settings.clusterName(), members);
        this.slots = slots(all, members, threads);
    }

    /** Starts an embedded member or connects to the configured cluster, then probes every member. */
    public static HazelcastEngine start(int threads, Settings settings) {
        WorkerPool.checkThreads(threads);
        HazelcastInstance hz = settings.embeddedMode() ? HazelcastInstances.embeddedMember(threads, settings)
                : HazelcastInstances.client(settings);
        try {
            HazelcastEngine engine = new HazelcastEngine(hz, settings,
                    settings.embeddedMode() ? "embedded" : "cluster", threads);
            engine.probe();
            return engine;
        } catch (RuntimeException | Error e) {
            hz.shutdown();
            throw e;
        }
    }

    /** {@link #start} with the settings the system properties give. */
    public static HazelcastEngine start(int threads) {
        return start(threads, Settings.fromSystemProperties());
    }

    /** What the kernels run on: this engine's members. */
    public ClusterInfo info() {
        return info;
    }

    /** Number of tasks a job should be split into: one per worker slot. */
    public int parallelism() {
        return slots.size();
    }

    /**
     * Runs task i on slot i's member and returns the results in task order. Throws a
     * {@link DistributedException} with one line when a member left, a task failed or the job
     * timed out; the engine is then unusable.
     */
    public <T> List<T> run(List<? extends Callable<T>> tasks) {
        checkUsable();
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        List<Member> targets = new ArrayList<>(tasks.size());
        try {
            for (int i = 0; i < tasks.size(); i++) {
                Member target = slots.get(i % slots.size());
                targets.add(target);
                futures.add(executor.submitToMember(tasks.get(i), target));
            }
            return await(futures, targets, settings.jobTimeoutMs(), "job");
        } catch (DistributedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        } catch (RuntimeException e) {
            // Submission itself failed (e.g. the connection dropped while sending).
            futures.forEach(f -> f.cancel(true));
            throw failure(firstLine(e));
        }
    }

    private <T> List<T> await(List<Future<T>> futures, List<Member> targets, long timeoutMs, String what) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        List<T> results = new ArrayList<>(futures.size());
        for (int i = 0; i < futures.size(); i++) {
            Future<T> f = futures.get(i);
            while (true) {
                checkUsable();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw failure(what + " did not finish on member " + address(targets.get(i)) + " within "
                            + timeoutMs + " ms (" + Settings.JOB_TIMEOUT + " / " + Settings.PROBE_TIMEOUT + ")");
                }
                try {
                    results.add(f.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MS),
                            TimeUnit.MILLISECONDS));
                    break;
                } catch (TimeoutException e) {
                    // poll again: look for a member that left, then wait on
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure("interrupted while waiting for member " + address(targets.get(i)));
                } catch (ExecutionException e) {
                    throw failure(describeTaskFailure(e.getCause(), targets.get(i)));
                } catch (RuntimeException e) {
                    // Hazelcast reports a lost member or connection as a runtime exception from get().
                    throw failure(describeTaskFailure(e, targets.get(i)));
                }
            }
        }
        return results;
    }

    /** One probe task per member: a member that cannot deserialize parbench tasks fails here, quickly. */
    private void probe() {
        List<Future<String>> futures = new ArrayList<>();
        List<Member> targets = new ArrayList<>(instance.getCluster().getMembers());
        for (Member m : targets) {
            futures.add(executor.submitToMember(new ProbeTask(), m));
        }
        try {
            await(futures, targets, settings.probeTimeoutMs(), "start-up probe task");
        } catch (DistributedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    /** Answers on the member: proves the member can load and run parbench task classes. */
    static final class ProbeTask implements Callable<String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String call() {
            return "ok";
        }
    }

    private static String describeTaskFailure(Throwable t, Member target) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ClassNotFoundException || c instanceof NoClassDefFoundError) {
                return "member " + address(target) + " cannot load the task class (" + firstLine(c)
                        + "): start members with 'java -jar benchmarks.jar member' from the same jar";
            }
        }
        String kind = t.getClass().getSimpleName();
        if (kind.contains("MemberLeft") || kind.contains("TargetNotMember") || kind.contains("TargetDisconnected")
                || kind.contains("HazelcastClientNotActive") || kind.contains("HazelcastInstanceNotActive")) {
            return "member " + address(target) + " left mid-trial (" + kind + ")";
        }
        return "task on member " + address(target) + " failed: " + firstLine(t);
    }

    private void checkUsable() {
        String f = fault;
        if (f != null) {
            throw new DistributedException("hazelcast: " + f);
        }
    }

    private void fail(String reason) {
        if (fault == null) {
            fault = reason;
        }
    }

    private DistributedException failure(String reason) {
        fail(reason);
        return new DistributedException("hazelcast: " + fault);
    }

    /** Shuts the member or client down, so no Hazelcast thread keeps the JVM alive. */
    @Override
    public void close() {
        fail("engine closed");
        instance.shutdown();
    }

    /**
     * Whether distributed kernels can run with these settings: embedded needs nothing but the jar;
     * a cluster is reached (within the connect timeout) and described.
     */
    public static Availability availability(Settings settings) {
        if (settings.embeddedMode()) {
            return Availability.available(engineName() + " embedded: one in-process member per trial with "
                    + "'threads' executor workers, loopback only (set -D" + Settings.MEMBERS + " for a cluster)");
        }
        try {
            return Availability.available(describe(settings).toString());
        } catch (DistributedException | IllegalArgumentException e) {
            return Availability.unavailable(e.getMessage());
        }
    }

    /**
     * The cluster's members, workers and cores. Embedded: this JVM as a would-be member (no member
     * is started; workers = cores as a default). Cluster: connects a client and asks.
     */
    public static ClusterInfo describe(Settings settings) {
        if (settings.embeddedMode()) {
            int cores = Runtime.getRuntime().availableProcessors();
            return new ClusterInfo("embedded", engineName(), settings.clusterName(),
                    List.of(new ClusterInfo.MemberInfo("in-process", cores, cores)));
        }
        HazelcastInstance hz = HazelcastInstances.client(settings);
        try {
            return new ClusterInfo("cluster", engineName(), settings.clusterName(),
                    memberInfos(hz.getCluster().getMembers()));
        } finally {
            hz.shutdown();
        }
    }

    static String engineName() {
        return "hazelcast " + BuildInfoProvider.getBuildInfo().getVersion();
    }

    /**
     * Worker slots in turn across members (member 1 worker 1, member 2 worker 1, member 1 worker 2, …),
     * the first {@code threads} of them, so threads=2 on two members uses one worker on each.
     */
    private static List<Member> slots(List<Member> all, List<ClusterInfo.MemberInfo> infos, int threads) {
        int total = 0;
        for (int i = 0; i < all.size(); i++) {
            if (infos.get(i).workers() < 1) {
                throw new DistributedException("hazelcast: member " + infos.get(i).address()
                        + " has no '" + ATTR_WORKERS + "' attribute: start members with 'java -jar benchmarks.jar member'");
            }
            total += infos.get(i).workers();
        }
        if (threads > total) {
            throw new DistributedException("hazelcast: threads=" + threads + " exceeds the " + total
                    + " workers of the " + infos.size() + " member(s); start members with more --workers or lower threads");
        }
        List<Member> slots = new ArrayList<>(threads);
        for (int round = 0; slots.size() < threads; round++) {
            for (int i = 0; i < all.size() && slots.size() < threads; i++) {
                if (infos.get(i).workers() > round) {
                    slots.add(all.get(i));
                }
            }
        }
        return List.copyOf(slots);
    }

    /** Address, workers and cores of each member, from the attributes the member command sets. */
    private static List<ClusterInfo.MemberInfo> memberInfos(Collection<Member> all) {
        List<ClusterInfo.MemberInfo> members = new ArrayList<>();
        for (Member m : all) {
            members.add(new ClusterInfo.MemberInfo(address(m), attribute(m, ATTR_WORKERS), attribute(m, ATTR_CORES)));
        }
        return members;
    }

    private static int attribute(Member m, String name) {
        String v = m.getAttribute(name);
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String address(Member m) {
        return m.getAddress().getHost() + ":" + m.getAddress().getPort();
    }

    static String firstLine(Throwable t) {
        String msg = t.getMessage();
        String s = t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
