package parbench.core.lessons;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Like {@link HistogramSynchronized} with an explicit {@link ReentrantLock} per bin (non-fair):
 * the same mutual exclusion through java.util.concurrent instead of the object monitor.
 */
public final class HistogramReentrantLock extends BlockHistogram {

    public HistogramReentrantLock(int threads) {
        super(threads);
    }

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        long[] counts = new long[bins];
        ReentrantLock[] locks = new ReentrantLock[bins];
        for (int b = 0; b < bins; b++) {
            locks[b] = new ReentrantLock();
        }
        blocks(values.length, (k, from, to) -> {
            for (int i = from; i < to; i++) {
                int b = Histogram.binOf(values[i], bins);
                ReentrantLock lock = locks[b];
                lock.lock();
                try {
                    counts[b]++;
                } finally {
                    lock.unlock();
                }
            }
        });
        return counts;
    }
}
