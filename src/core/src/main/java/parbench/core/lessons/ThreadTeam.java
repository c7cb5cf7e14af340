package parbench.core.lessons;

import java.util.List;
import java.util.function.IntConsumer;
import parbench.core.WorkerPool;

/**
 * A fixed team of {@code threads} long-lived platform threads that run one body together, each
 * with its own index 0..threads-1 (an OpenMP "parallel region"). Static schedules need it: with a
 * fork/join pool an idle worker could take a second block, which would make "static" dynamic.
 * Created once per kernel (once per JMH trial), so thread start-up is not timed.
 * A body that throws fails {@link #run} after every member has returned; the first failure wins.
 */
public final class ThreadTeam implements AutoCloseable {

    /** How long {@link #close} waits for each member to end. */
    static final long CLOSE_WAIT_MS = 10_000;

    private final int threads;
    private final Thread[] members;
    private final Object lock = new Object();
    // Guarded by lock.
    private IntConsumer body;
    private long generation;
    private int running;
    private Throwable failure;
    private boolean closed;

    public ThreadTeam(int threads) {
        this.threads = WorkerPool.checkThreads(threads);
        this.members = new Thread[threads];
        for (int k = 0; k < threads; k++) {
            int index = k;
            Thread t = new Thread(() -> loop(index), "parbench-team-" + k);
            // Daemon: a caller that forgets close() must not keep the JVM alive.
            t.setDaemon(true);
            members[k] = t;
            t.start();
        }
    }

    public int threads() {
        return threads;
    }

    /** The member threads, for tests that check they end after {@link #close}. */
    public List<Thread> members() {
        return List.of(members);
    }

    /**
     * Runs {@code body.accept(k)} on member k for every k and waits until all have returned. A
     * failure of any member is rethrown here (unchecked as is, checked wrapped).
     */
    public void run(IntConsumer body) {
        boolean interrupted = false;
        Throwable failed;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the thread team is closed");
            }
            this.body = body;
            failure = null;
            running = threads;
            generation++;
            lock.notifyAll();
            while (running > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // The members are still working on our body: wait for them, then re-interrupt.
                    interrupted = true;
                }
            }
            failed = failure;
            this.body = null;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    private void loop(int index) {
        long seen = 0;
        while (true) {
            IntConsumer work;
            synchronized (lock) {
                while (generation == seen && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // Only close() may end a member; it sets closed first.
                    }
                }
                if (closed) {
                    return;
                }
                seen = generation;
                work = body;
            }
            Throwable t = null;
            try {
                work.accept(index);
            } catch (Throwable e) {
                t = e;
            }
            synchronized (lock) {
                if (t != null && failure == null) {
                    failure = t;
                }
                if (--running == 0) {
                    lock.notifyAll();
                }
            }
        }
    }

    /** Ends every member (waiting up to {@link #CLOSE_WAIT_MS} each); idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        for (Thread t : members) {
            if (t == Thread.currentThread()) {
                continue;
            }
            try {
                t.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
