package parbench.core.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ThreadTeamTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyMemberRunsItsIndexOnceOnItsOwnThreadPerRun() {
        try (ThreadTeam team = new ThreadTeam(3)) {
            for (int round = 0; round < 50; round++) {
                AtomicIntegerArray seen = new AtomicIntegerArray(3);
                Set<Thread> threads = ConcurrentHashMap.newKeySet();
                team.run(k -> {
                    seen.incrementAndGet(k);
                    threads.add(Thread.currentThread());
                });
                for (int k = 0; k < 3; k++) {
                    assertEquals(1, seen.get(k), "round " + round + " index " + k);
                }
                assertEquals(3, threads.size());
                assertEquals(Set.copyOf(team.members()), threads);
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailingMemberFailsTheRunAndTheTeamStaysUsable() {
        try (ThreadTeam team = new ThreadTeam(2)) {
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run(k -> {
                if (k == 1) {
                    throw boom;
                }
            }));
            assertSame(boom, e);
            AtomicIntegerArray seen = new AtomicIntegerArray(2);
            team.run(seen::incrementAndGet);
            assertEquals(1, seen.get(0));
            assertEquals(1, seen.get(1));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void closeEndsEveryMember() throws InterruptedException {
        ThreadTeam team = new ThreadTeam(4);
        team.run(k -> { });
        team.close();
        for (Thread t : team.members()) {
            t.join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(t.isAlive(), t.getName() + " still alive after close");
        }
        assertThrows(IllegalStateException.class, () -> team.run(k -> { }));
        team.close(); // idempotent
    }
}
