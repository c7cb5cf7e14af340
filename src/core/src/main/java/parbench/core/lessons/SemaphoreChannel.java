package parbench.core.lessons;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The classic semaphore bounded buffer: free-slot permits and stored-item permits around a FIFO. */
final class SemaphoreChannel implements Channel {

    private final ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore free;
    private final Semaphore stored = new Semaphore(0);

    SemaphoreChannel(int capacity) {
        this.free = new Semaphore(Pipeline.checkCapacity(capacity));
    }

    @Override
    public boolean offer(Long item, long timeoutNanos) throws InterruptedException {
        if (!free.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        queue.add(item);
        stored.release();
        return true;
    }

    @Override
    public Long poll(long timeoutNanos) throws InterruptedException {
        if (!stored.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
            return null;
        }
        // A stored permit is released only after its item was added, so the queue is not empty.
        Long item = queue.poll();
        free.release();
        return item;
    }
}
