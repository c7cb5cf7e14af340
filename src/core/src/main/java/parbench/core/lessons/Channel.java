package parbench.core.lessons;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The buffer between producers and consumers, with timed operations only: a thread blocked on a
 * full or empty buffer wakes up at least every poll interval to see whether the pipeline failed.
 */
interface Channel {

    /** Adds the item, waiting up to timeoutNanos for room; false if there was none. */
    boolean offer(Long item, long timeoutNanos) throws InterruptedException;

    /** Takes the oldest item, waiting up to timeoutNanos; null if there was none. */
    Long poll(long timeoutNanos) throws InterruptedException;

    /** A channel over a {@link BlockingQueue} (bounded or not). */
    static Channel of(BlockingQueue<Long> queue) {
        return new Channel() {
            @Override
            public boolean offer(Long item, long timeoutNanos) throws InterruptedException {
                return queue.offer(item, timeoutNanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public Long poll(long timeoutNanos) throws InterruptedException {
                return queue.poll(timeoutNanos, TimeUnit.NANOSECONDS);
            }
        };
    }
}
