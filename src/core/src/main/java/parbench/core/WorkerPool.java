package parbench.core;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;

/**
 * A private {@link ForkJoinPool} with exactly {@code threads} workers, created once per kernel
 * (so once per JMH trial) and closed with it. Parallel kernels never use the common pool, so the
 * {@code threads} setting is real. The pool remembers which worker threads it started, so tests
 * can prove the work ran on the requested number of workers.
 */
public final class WorkerPool implements AutoCloseable {

    private final int threads;
    private final ForkJoinPool pool;
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();

    public WorkerPool(int threads) {
        this.threads = checkThreads(threads);
        // maximumPoolSize = threads with a saturate predicate that says "carry on": otherwise a
        // worker blocked in join() makes the pool start spare threads (seen in tests: 3 workers
        // in a 2-thread pool), so more than `threads` threads would have run the kernel. A long
        // keep-alive stops idle workers retiring and being replaced between JMH iterations.
        this.pool = new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("parbench-worker-" + t.getPoolIndex());
            started.add(t);
            return t;
        }, null, false, threads, threads, 1, p -> true, 1, TimeUnit.DAYS);
    }

    /** Rejects thread counts below 1 with a message naming the parameter. */
    public static int checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return threads;
    }

    public int threads() {
        return threads;
    }

    /**
     * How long a caller spins on a task it handed to the pool before it parks, in nanoseconds
     * (system property {@code parbench.spinNanos}; default 0, park at once). Measured on the 2-vCPU
     * machine (vector add 128 Ki, 2 leaves, docs/measurements/2026-12-07-perf.md): 20 us of spinning
     * gained nothing at threads=1 and lost ~35 % at threads=2, where the spinning caller takes a
     * core from a worker. Kept as a knob for machines with spare cores.
     */
    static final long SPIN_NANOS = Long.getLong("parbench.spinNanos", 0L);

    /** Runs a fork/join task in this pool and waits for it: spins up to {@link #SPIN_NANOS}, then blocks. */
    public <T> T invoke(ForkJoinTask<T> task) {
        pool.execute(task);
        awaitBriefly(task);
        return task.join();
    }

    private static void awaitBriefly(ForkJoinTask<?> task) {
        if (SPIN_NANOS <= 0) {
            return;
        }
        long end = System.nanoTime() + SPIN_NANOS;
        while (!task.isDone() && System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
    }

    /**
     * Runs {@code work} (typically a parallel stream pipeline) inside this pool: a parallel stream
     * started from a worker thread of a pool runs in that pool, not in the common pool.
     */
    public <T> T call(Callable<T> work) {
        try {
            ForkJoinTask<T> task = pool.submit(work);
            awaitBriefly(task);
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for workers", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /** Runs {@code work} inside this pool; see {@link #call(Callable)}. */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** The distinct worker threads this pool has started so far (never more than threads). */
    public Set<Thread> workersStarted() {
        return Set.copyOf(started);
    }

    /** The underlying pool, for tests that check parallelism. */
    public ForkJoinPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
