package parbench.core.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PipelineTest {

    static final long[] ITEMS = {0, 1, 2, 3, 7, 97, 10_007};
    static final int[] THREADS = {1, 2, 3, 8};
    static final int[] CAPACITIES = {1, 3, 64};

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (PipelineVariant v : PipelineVariant.values()) {
            for (int t : THREADS) {
                for (int c : v.bounded() ? CAPACITIES : new int[] {1}) {
                    out.add(Arguments.of(v, t, c));
                }
            }
        }
        return out.stream();
    }

    /** The same variant with a custom per-item consumer function (package-private constructors). */
    static Pipeline create(PipelineVariant v, int threads, int capacity, LongUnaryOperator consume) {
        return switch (v) {
            case ARRAY_BLOCKING_QUEUE -> new PipelineArrayBlockingQueue(threads, capacity, consume);
            case LINKED_BLOCKING_QUEUE -> new PipelineLinkedBlockingQueue(threads, capacity, consume);
            case LINKED_TRANSFER_QUEUE -> new PipelineLinkedTransferQueue(threads, consume);
            case SEMAPHORE -> new PipelineSemaphore(threads, capacity, consume);
        };
    }

    @ParameterizedTest(name = "{0} threads={1} capacity={2}")
    @MethodSource("cases")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyItemIsConsumedExactlyOnce(PipelineVariant v, int threads, int capacity) {
        try (Pipeline p = v.create(threads, capacity)) {
            for (long n : ITEMS) {
                assertEquals(Pipeline.expected(n), p.transfer(n), v.id() + " threads=" + threads + " n=" + n);
            }
        }
        // The checksum's claim, checked directly: a tally per item, each must be exactly 1.
        int n = 20_011;
        AtomicIntegerArray seen = new AtomicIntegerArray(n);
        try (Pipeline p = create(v, threads, capacity, x -> {
            seen.incrementAndGet((int) x);
            return Pipeline.hash(x);
        })) {
            assertEquals(Pipeline.expected(n), p.transfer(n));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen.get(i), "item " + i + " consumed " + seen.get(i) + " times");
        }
    }

    @Test
    void checksumChangesWhenAnItemIsDuplicatedInsteadOfAnother() {
        Pipeline.Transfer ok = Pipeline.expected(100);
        long dup = ok.checksum() - Pipeline.hash(41) + Pipeline.hash(40);
        assertFalse(dup == ok.checksum());
    }

    @Test
    void threadsSplitIntoProducersAndConsumers() {
        assertEquals(List.of(1, 1), List.of(Pipeline.producers(1), Pipeline.consumers(1)));
        assertEquals(List.of(1, 1), List.of(Pipeline.producers(2), Pipeline.consumers(2)));
        assertEquals(List.of(1, 2), List.of(Pipeline.producers(3), Pipeline.consumers(3)));
        assertEquals(List.of(4, 4), List.of(Pipeline.producers(8), Pipeline.consumers(8)));
    }

    static Stream<Arguments> failures() {
        List<Arguments> out = new ArrayList<>();
        for (PipelineVariant v : PipelineVariant.values()) {
            for (int t : new int[] {2, 3, 8}) {
                out.add(Arguments.of(v, t));
            }
        }
        return out.stream();
    }

    /**
     * A consumer throws on item 5 while producers still have ~10^6 items to send through a buffer
     * of capacity 1: without the failure flag and timed waits the producers would block forever on
     * the full buffer and the other consumers on the empty one. The transfer must fail with the
     * consumer's exception, the pipeline must then still work, and after close no thread remains.
     */
    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("failures")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aThrowingConsumerFailsTheTransferWithoutHangingThreads(PipelineVariant v, int threads)
            throws InterruptedException {
        ArithmeticException boom = new ArithmeticException("consumer failed on item 5");
        boolean[] armed = {true};
        Pipeline p = create(v, threads, 1, x -> {
            if (x == 5 && armed[0]) {
                throw boom;
            }
            return Pipeline.hash(x);
        });
        List<Thread> members;
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.transfer(1_000_000));
            assertSame(boom, e.getCause());
            assertInstanceOf(ArithmeticException.class, e.getCause());
            armed[0] = false; // read by the members after the team's next hand-over (happens-before)
            assertEquals(Pipeline.expected(1000), p.transfer(1000), "the pipeline works again after a failure");
            members = teamOf(p).members();
        } finally {
            p.close();
        }
        for (Thread t : members) {
            t.join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(t.isAlive(), t.getName() + " still alive after close");
        }
    }

    static ThreadTeam teamOf(Pipeline p) {
        if (p instanceof PipelineArrayBlockingQueue q) {
            return q.team();
        }
        if (p instanceof PipelineLinkedBlockingQueue q) {
            return q.team();
        }
        if (p instanceof PipelineLinkedTransferQueue q) {
            return q.team();
        }
        return ((PipelineSemaphore) p).team();
    }

    @Test
    void rejectsBadArguments() {
        assertEquals("capacity must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new PipelineArrayBlockingQueue(2, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PipelineSemaphore(2, -1));
        assertEquals("threads must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new PipelineLinkedTransferQueue(0)).getMessage());
        try (Pipeline p = new PipelineLinkedBlockingQueue(2, 4)) {
            assertEquals("items must be >= 0, got -1",
                    assertThrows(IllegalArgumentException.class, () -> p.transfer(-1)).getMessage());
        }
        assertTrue(PipelineVariant.ARRAY_BLOCKING_QUEUE.bounded());
        assertFalse(PipelineVariant.LINKED_TRANSFER_QUEUE.bounded());
    }
}
