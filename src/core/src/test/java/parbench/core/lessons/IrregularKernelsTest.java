package parbench.core.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IrregularKernelsTest {

    /** Empty, 1 item, fewer items than 3 or 8 threads, primes, and more than a few dynamic chunks. */
    static final int[] SIZES = {0, 1, 2, 5, 7, 17, 97, 1009};
    static final int[] THREADS = {1, 2, 3, 8};

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (IrregularVariant v : IrregularVariant.values()) {
            for (int t : v.threaded() ? THREADS : new int[] {1}) {
                out.add(Arguments.of(v, t));
            }
        }
        return out.stream();
    }

    static long[] reference(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = SkewedWork.item(i, n);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} threads={1}")
    @MethodSource("variants")
    void everyItemEqualsTheSerialReference(IrregularVariant v, int threads) {
        try (Irregular k = v.create(threads)) {
            for (int n : SIZES) {
                long[] out = new long[n];
                // A value no item produces would survive in a slot that no thread wrote.
                Arrays.fill(out, 0x5A5A5A5AL);
                k.compute(out);
                assertArrayEquals(reference(n), out, v.id() + " threads=" + threads + " n=" + n);
                // Twice with the same kernel: the shared counter and the team are reused.
                k.compute(out);
                assertArrayEquals(reference(n), out, v.id() + " second call n=" + n);
            }
        }
    }

    @Test
    void dynamicIsCorrectForChunksOfOneAndLargerThanTheInput() {
        for (int chunk : new int[] {1, 3, 2000}) {
            try (Irregular k = new IrregularDynamic(3, chunk)) {
                for (int n : SIZES) {
                    long[] out = new long[n];
                    k.compute(out);
                    assertArrayEquals(reference(n), out, "chunk=" + chunk + " n=" + n);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new IrregularDynamic(2, 0));
    }

    @Test
    void skewRisesFromOneToOneHundredUnits() {
        int n = 1000;
        assertEquals(1, SkewedWork.weight(0, n));
        assertEquals(SkewedWork.MAX_WEIGHT, SkewedWork.weight(n - 1, n));
        for (int i = 1; i < n; i++) {
            assertTrue(SkewedWork.weight(i, n) >= SkewedWork.weight(i - 1, n), "weight falls at " + i);
        }
        assertEquals(1, SkewedWork.weight(0, 1));
        // The claim in SkewedWork's comment: the second half holds ~74.5% of the work.
        int big = 100_000;
        long half = 0;
        for (int i = big / 2; i < big; i++) {
            half += SkewedWork.weight(i, big);
        }
        double share = (double) half / SkewedWork.totalUnits(big);
        assertEquals(0.745, share, 0.005);
    }

    @Test
    void rejectsNullOutputAndBadThreadCounts() {
        for (IrregularVariant v : IrregularVariant.values()) {
            try (Irregular k = v.create(2)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.compute(null));
                assertEquals("out must not be null", e.getMessage());
            }
            if (v.threaded()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.create(0));
                assertEquals("threads must be >= 1, got 0", e.getMessage());
            }
        }
        assertEquals(IrregularVariant.STATIC_CYCLIC, IrregularVariant.fromId("static_cyclic"));
        assertThrows(IllegalArgumentException.class, () -> IrregularVariant.fromId("guided"));
    }
}
