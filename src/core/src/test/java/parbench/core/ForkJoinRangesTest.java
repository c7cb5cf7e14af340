package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fork/join backends' one splitting rule: every index once, leaves within size, splits on whole units. */
class ForkJoinRangesTest {

    @Test
    void leavesCoverTheRangeOnceWithinSizeAndSplitOnWholeUnits() {
        int[][] cases = {{0, 1, 1, 1}, {0, 2, 1, 1}, {3, 1000, 7, 1}, {0, 1031, 64, 16}, {5, 5 + 700, 100, 100},
            {0, 650, 100, 100}, {0, 150, 100, 100}, {0, 7, 100, 16}};
        try (WorkerPool pool = new WorkerPool(3)) {
            for (int[] c : cases) {
                int from = c[0], to = c[1], leaf = c[2], align = c[3];
                List<int[]> leaves = new ArrayList<>();
                ForkJoinRanges.forEach(pool, from, to, leaf, align, (lo, hi) -> {
                    synchronized (leaves) {
                        leaves.add(new int[] {lo, hi});
                    }
                });
                leaves.sort(Comparator.comparingInt(r -> r[0]));
                String what = from + ".." + to + " leaf " + leaf + " align " + align;
                int next = from;
                for (int i = 0; i < leaves.size(); i++) {
                    int[] r = leaves.get(i);
                    assertEquals(next, r[0], what + ": gap or overlap");
                    assertTrue(r[1] > r[0] && r[1] - r[0] <= leaf, what + ": leaf " + r[0] + ".." + r[1]);
                    if (i < leaves.size() - 1) {
                        assertEquals(0, (r[1] - from) % align, what + ": split " + r[1] + " not on a whole unit");
                    }
                    next = r[1];
                }
                assertEquals(to, next, what);
            }
        }
    }

    @Test
    void wholeBandsLeaveOnlyTheLastLeafShort() {
        // 650 rows in bands of 100: six whole bands and a last one of 50, never a double-length leftover.
        List<Integer> sizes = new ArrayList<>();
        try (WorkerPool pool = new WorkerPool(2)) {
            ForkJoinRanges.forEach(pool, 0, 650, 100, 100, (lo, hi) -> {
                synchronized (sizes) {
                    sizes.add(hi - lo);
                }
            });
        }
        sizes.sort(null);
        assertEquals(List.of(50, 100, 100, 100, 100, 100, 100), sizes);
    }

    @Test
    void onePieceRunsOnTheCallerAndMorePiecesOnlyOnThePoolsWorkers() {
        try (WorkerPool pool = new WorkerPool(2)) {
            List<Thread> ran = new ArrayList<>();
            ForkJoinRanges.forEach(pool, 0, 100, 100, 1, (lo, hi) -> ran.add(Thread.currentThread()));
            assertEquals(List.of(Thread.currentThread()), ran);
            assertEquals(42L, ForkJoinRanges.sum(pool, 0, 42, 64, 8, (lo, hi) -> {
                assertEquals(Thread.currentThread(), ran.get(0));
                return hi - lo;
            }));
            assertTrue(pool.workersStarted().isEmpty(), "a one-piece range woke a worker");

            List<Thread> split = new ArrayList<>();
            ForkJoinRanges.forEach(pool, 0, 101, 100, 1, (lo, hi) -> {
                synchronized (split) {
                    split.add(Thread.currentThread());
                }
            });
            assertEquals(2, split.size());
            for (Thread t : split) {
                assertTrue(pool.workersStarted().contains(t), t.getName() + " is not a worker of the pool");
            }
        }
    }

    @Test
    void sumAddsEveryLeafOnce() {
        try (WorkerPool pool = new WorkerPool(2)) {
            assertEquals(1_000_003L, ForkJoinRanges.sum(pool, 0, 1_000_003, 4096, 8, (lo, hi) -> hi - lo));
            assertEquals(0L, ForkJoinRanges.sum(pool, 0, 0, 16, 8, (lo, hi) -> hi - lo));
            // Sum of indices 10..99 with tiny leaves: every index counted once.
            assertEquals(4905L, ForkJoinRanges.sum(pool, 10, 100, 3, 2, (lo, hi) -> {
                long s = 0;
                for (long i = lo; i < hi; i++) {
                    s += i;
                }
                return s;
            }));
        }
    }

    @Test
    void aLeafSizeOrAlignmentBelowOneIsRefused() {
        try (WorkerPool pool = new WorkerPool(1)) {
            assertThrows(IllegalArgumentException.class, () -> ForkJoinRanges.forEach(pool, 0, 10, 0, 1, (lo, hi) -> { }));
            assertThrows(IllegalArgumentException.class, () -> ForkJoinRanges.sum(pool, 0, 10, 4, 0, (lo, hi) -> 0));
        }
    }
}
