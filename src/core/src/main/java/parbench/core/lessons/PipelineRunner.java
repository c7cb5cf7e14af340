package parbench.core.lessons;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Runs one transfer: P producers and C consumers on a {@link ThreadTeam} of P + C threads, over a
 * fresh channel per transfer. End of stream: the last producer to finish adds C poison pills after
 * every item (the channels are FIFO, so each consumer reads all items before its pill). Failure:
 * the first exception of any thread is kept, a flag is raised, and every other thread sees it
 * within one {@link #POLL_NANOS} (all waits are timed), stops and returns; then the transfer throws.
 */
final class PipelineRunner implements AutoCloseable {

    /** Longest a blocked producer or consumer waits before looking at the failure flag. */
    static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** End-of-stream marker, compared by identity: a Long outside the cache, never an item (items >= 0). */
    static final Long POISON = Long.valueOf(Long.MIN_VALUE);

    private final int producers;
    private final int consumers;
    private final ThreadTeam team;
    private final Supplier<Channel> channels;
    private final LongUnaryOperator consume;

    PipelineRunner(int threads, Supplier<Channel> channels, LongUnaryOperator consume) {
        this.producers = Pipeline.producers(parbench.core.WorkerPool.checkThreads(threads));
        this.consumers = Pipeline.consumers(threads);
        this.team = new ThreadTeam(producers + consumers);
        this.channels = channels;
        this.consume = consume;
    }

    /** Thrown inside a thread that stops because another one failed; never leaves the transfer. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("another pipeline thread failed", null, false, false);
        }
    }

    Pipeline.Transfer transfer(long items) {
        if (items < 0) {
            throw new IllegalArgumentException("items must be >= 0, got " + items);
        }
        Channel ch = channels.get();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        AtomicInteger producersLeft = new AtomicInteger(producers);
        LongAdder count = new LongAdder();
        LongAdder checksum = new LongAdder();
        team.run(k -> {
            try {
                if (k < producers) {
                    produce(ch, k, items, producersLeft, failed);
                } else {
                    consume(ch, count, checksum, failed);
                }
            } catch (Cancelled c) {
                // another thread failed first; its exception is the one reported
            } catch (Throwable t) {
                firstFailure.compareAndSet(null, t);
                failed.set(true);
            }
        });
        Throwable t = firstFailure.get();
        if (t != null) {
            throw new IllegalStateException("pipeline failed: " + t, t);
        }
        return new Pipeline.Transfer(count.sum(), checksum.sum());
    }

    private void produce(Channel ch, int p, long items, AtomicInteger producersLeft, AtomicBoolean failed)
            throws InterruptedException {
        int sent = 0;
        for (long i = p; i < items; i += producers) {
            // An unbounded channel never blocks: look at the flag now and then anyway.
            if ((++sent & 1023) == 0 && failed.get()) {
                throw new Cancelled();
            }
            put(ch, Long.valueOf(i), failed);
        }
        if (producersLeft.decrementAndGet() == 0) {
            for (int c = 0; c < consumers; c++) {
                put(ch, POISON, failed);
            }
        }
    }

    private static void put(Channel ch, Long item, AtomicBoolean failed) throws InterruptedException {
        while (!ch.offer(item, POLL_NANOS)) {
            if (failed.get()) {
                throw new Cancelled();
            }
        }
    }

    private void consume(Channel ch, LongAdder count, LongAdder checksum, AtomicBoolean failed)
            throws InterruptedException {
        long n = 0;
        long sum = 0;
        try {
            while (true) {
                Long x = ch.poll(POLL_NANOS);
                if (x == null) {
                    if (failed.get()) {
                        throw new Cancelled();
                    }
                    continue;
                }
                if (x == POISON) {
                    return;
                }
                sum += consume.applyAsLong(x);
                n++;
            }
        } finally {
            count.add(n);
            checksum.add(sum);
        }
    }

    int producers() {
        return producers;
    }

    int consumers() {
        return consumers;
    }

    ThreadTeam team() {
        return team;
    }

    @Override
    public void close() {
        team.close();
    }
}
