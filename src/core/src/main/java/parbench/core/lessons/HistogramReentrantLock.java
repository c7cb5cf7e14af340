package parbench.core.lessons;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Like {@link HistogramSynchronized} with an explicit {@link ReentrantLock} per bin (non-fair):
 * the same mutual exclusion through java.util.concurrent instead of the object monitor.
 */
public final class HistogramReentrantLock implements Histogram {

    private final ThreadTeam team;

    public HistogramReentrantLock(int threads) {
        this.team = new ThreadTeam(threads);
    }

    @Override
    public long[] count(int[] values, int bins) {
        Histogram.check(values, bins);
        int n = values.length;
        int t = team.threads();
        long[] counts = new long[bins];
        ReentrantLock[] locks = new ReentrantLock[bins];
        for (int b = 0; b < bins; b++) {
            locks[b] = new ReentrantLock();
        }
        team.run(k -> {
            int to = Histogram.blockStart(k + 1, n, t);
            for (int i = Histogram.blockStart(k, n, t); i < to; i++) {
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

    public ThreadTeam team() {
        return team;
    }

    @Override
    public void close() {
        team.close();
    }
}
