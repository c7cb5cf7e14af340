package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is rejected with a message naming the problem, by every backend alike. */
class MatmulArgsTest {

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("serial", (Supplier<Matmul>) MatmulSerial::new),
                Arguments.of("forkjoin", (Supplier<Matmul>) () -> new MatmulForkJoin(2)),
                Arguments.of("streams", (Supplier<Matmul>) () -> new MatmulStreams(2)),
                Arguments.of("simd", (Supplier<Matmul>) MatmulSimd::new),
                Arguments.of("simd_forkjoin", (Supplier<Matmul>) () -> new MatmulSimdForkJoin(2)));
    }

    private static String rejected(Supplier<Matmul> factory, float[] a, float[] b, float[] c, int n) {
        try (Matmul m = factory.get()) {
            return assertThrows(IllegalArgumentException.class, () -> m.multiply(a, b, c, n)).getMessage();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void rejectsNullArrays(String name, Supplier<Matmul> factory) {
        float[] x = new float[4];
        assertEquals("a must not be null", rejected(factory, null, x, new float[4], 2));
        assertEquals("b must not be null", rejected(factory, x, null, new float[4], 2));
        assertEquals("c must not be null", rejected(factory, x, new float[4], null, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void rejectsWrongLengths(String name, Supplier<Matmul> factory) {
        assertEquals("a.length must be n*n = 9 for n = 3, got 8",
                rejected(factory, new float[8], new float[9], new float[9], 3));
        assertEquals("b.length must be n*n = 9 for n = 3, got 10",
                rejected(factory, new float[9], new float[10], new float[9], 3));
        assertEquals("c.length must be n*n = 9 for n = 3, got 3",
                rejected(factory, new float[9], new float[9], new float[3], 3));
        assertEquals("a.length must be n*n = 0 for n = 0, got 1",
                rejected(factory, new float[1], new float[0], new float[0], 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void rejectsNegativeN(String name, Supplier<Matmul> factory) {
        assertEquals("n must be >= 0, got -1", rejected(factory, new float[1], new float[1], new float[1], -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void rejectsOutputThatIsAnInput(String name, Supplier<Matmul> factory) {
        float[] a = new float[4];
        float[] b = new float[4];
        assertTrue(rejected(factory, a, b, a, 2).startsWith("c must be a separate array from a and b"));
        assertTrue(rejected(factory, a, b, b, 2).startsWith("c must be a separate array from a and b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void acceptsSameArrayForAAndB(String name, Supplier<Matmul> factory) {
        // A × A is legitimate: only the output may not alias an input.
        int n = 19;
        float[] a = MatmulReference.smallIntegers(8, n);
        float[] c = MatmulReference.poisoned(n);
        try (Matmul m = factory.get()) {
            m.multiply(a, a, c, n);
        }
        new MatmulReference(a, a, n).assertExact(c, name);
    }

    @Test
    void rejectsBadThreadCounts() {
        assertEquals("threads must be >= 1, got 0", assertThrows(IllegalArgumentException.class, () -> new MatmulForkJoin(0)).getMessage());
        assertEquals("threads must be >= 1, got -2", assertThrows(IllegalArgumentException.class, () -> new MatmulStreams(-2)).getMessage());
        assertEquals("threads must be >= 1, got 0", assertThrows(IllegalArgumentException.class, () -> new MatmulSimdForkJoin(0)).getMessage());
    }

    @Test
    void rejectsBadTileSizes() {
        assertEquals("kc (k-slice depth) must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new MatmulSimd(0, 144)).getMessage());
        assertEquals("mc (rows per block) must be >= 6, got 5",
                assertThrows(IllegalArgumentException.class, () -> new MatmulSimd(256, 5)).getMessage());
        assertEquals("kc (k-slice depth) must be >= 1, got -1",
                assertThrows(IllegalArgumentException.class, () -> new MatmulSimdForkJoin(2, -1, 144)).getMessage());
    }
}
