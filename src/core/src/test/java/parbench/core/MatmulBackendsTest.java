package parbench.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CPU matmul backend against the double-precision reference on awkward sizes. */
class MatmulBackendsTest {

    /**
     * Sizes around the vector width (8), the micro-tile (6 rows × 16 columns), the default A block
     * (144 rows) and the default k slice (256), plus the sizes every backend must get right.
     */
    static final int[] SIZES = {0, 1, 2, 3, 5, 6, 7, 8, 9, 12, 13, 15, 16, 17, 31, 33, 64, 65, 100, 127, 129,
        143, 144, 145, 150, 255, 256, 257};

    static final int[] THREADS = {1, 2, 3, 8};

    private static final Map<Integer, MatmulReference> RANDOM_REFS = new ConcurrentHashMap<>();
    private static final Map<Integer, MatmulReference> INTEGER_REFS = new ConcurrentHashMap<>();

    static Stream<Arguments> backends() {
        List<Arguments> list = new ArrayList<>();
        list.add(Arguments.of("serial", (Supplier<Matmul>) MatmulSerial::new));
        list.add(Arguments.of("simd", (Supplier<Matmul>) MatmulSimd::new));
        for (int t : THREADS) {
            list.add(Arguments.of("forkjoin(" + t + ")", (Supplier<Matmul>) () -> new MatmulForkJoin(t)));
            list.add(Arguments.of("streams(" + t + ")", (Supplier<Matmul>) () -> new MatmulStreams(t)));
            list.add(Arguments.of("simd_forkjoin(" + t + ")", (Supplier<Matmul>) () -> new MatmulSimdForkJoin(t)));
        }
        return list.stream();
    }

    static float[][] randomInputs(int n) {
        return new float[][] {Inputs.randomFloats(11 + n, n * n), Inputs.randomFloats(7_000 + n, n * n)};
    }

    static float[][] integerInputs(int n) {
        return new float[][] {MatmulReference.smallIntegers(3 + n, n), MatmulReference.smallIntegers(5_000 + n, n)};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void matchesReferenceWithinRoundingOnRandomInputs(String name, Supplier<Matmul> factory) {
        // One instance for all sizes: buffers are reused, and a smaller n after a larger one
        // must not see stale data.
        try (Matmul m = factory.get()) {
            for (int n : SIZES) {
                float[][] in = randomInputs(n);
                MatmulReference ref = RANDOM_REFS.computeIfAbsent(n, k -> new MatmulReference(in[0], in[1], k));
                float[] c = MatmulReference.poisoned(n);
                m.multiply(in[0], in[1], c, n);
                ref.assertClose(c, name);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void isExactOnSmallIntegers(String name, Supplier<Matmul> factory) {
        // Integer inputs make every product and partial sum exact in float, so any summation order
        // gives the exact result: a dropped, repeated or misplaced term cannot hide in a tolerance.
        try (Matmul m = factory.get()) {
            for (int n : SIZES) {
                float[][] in = integerInputs(n);
                MatmulReference ref = INTEGER_REFS.computeIfAbsent(n, k -> new MatmulReference(in[0], in[1], k));
                float[] c = MatmulReference.poisoned(n);
                m.multiply(in[0], in[1], c, n);
                ref.assertExact(c, name);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void repeatedCallsRecomputeAndLeaveInputsAlone(String name, Supplier<Matmul> factory) {
        int n = 37;
        float[][] first = integerInputs(n);
        float[][] second = {MatmulReference.smallIntegers(99, n), MatmulReference.smallIntegers(98, n)};
        float[] a2copy = second[0].clone();
        float[] b2copy = second[1].clone();
        try (Matmul m = factory.get()) {
            float[] c = MatmulReference.poisoned(n);
            m.multiply(first[0], first[1], c, n);
            new MatmulReference(first[0], first[1], n).assertExact(c, name + " first call");
            m.multiply(second[0], second[1], c, n);
            new MatmulReference(second[0], second[1], n).assertExact(c, name + " second call, same c");
        }
        assertTrue(java.util.Arrays.equals(a2copy, second[0]) && java.util.Arrays.equals(b2copy, second[1]),
                name + " modified its inputs");
    }
}
