package parbench.core.lessons;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Like {@link HistogramSynchronized} with an explicit {@link ReentrantLock} per bin (non-fair):
 * the same mutual exclusion through java.util.concurrent instead of the object monitor.
 */
public final class HistogramReentrantLock extends SharedHistogram {

    public HistogramReentrantLock(int threads) {
        super(threads);
    }

    @Override
    protected void countInto(int[] values, int bins, long[] counts) {
        ReentrantLock[] locks = perBin(new ReentrantLock[bins], ReentrantLock::new);
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
    }
}
