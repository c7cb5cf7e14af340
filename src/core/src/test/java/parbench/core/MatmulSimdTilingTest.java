package parbench.core;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simd kernels with small, odd tile sizes, so that k-slice edges, A-block edges and row-block
 * splits are crossed many times at sizes the test can afford (the defaults need n > 256).
 */
class MatmulSimdTilingTest {

    static Stream<Arguments> tilings() {
        // (kc, mc): a 1-deep slice, slices not dividing n, an mc that is not a multiple of 6 (rounded down).
        return Stream.of(Arguments.of(1, 6), Arguments.of(7, 12), Arguments.of(16, 13), Arguments.of(33, 30),
                Arguments.of(64, 48));
    }

    static final int[] SIZES = {1, 5, 6, 7, 13, 16, 17, 29, 47, 64, 97};

    @ParameterizedTest(name = "kc={0} mc={1}")
    @MethodSource("tilings")
    void simdIsExactForEveryTiling(int kc, int mc) {
        try (Matmul m = new MatmulSimd(kc, mc)) {
            check(m, "simd kc=" + kc + " mc=" + mc);
        }
    }

    @ParameterizedTest(name = "kc={0} mc={1}")
    @MethodSource("tilings")
    void simdForkJoinIsExactForEveryTiling(int kc, int mc) {
        for (int threads : new int[] {1, 2, 3, 8}) {
            try (Matmul m = new MatmulSimdForkJoin(threads, kc, mc)) {
                check(m, "simd_forkjoin(" + threads + ") kc=" + kc + " mc=" + mc);
            }
        }
    }

    private static void check(Matmul m, String what) {
        for (int n : SIZES) {
            float[] a = MatmulReference.smallIntegers(40 + n, n);
            float[] b = MatmulReference.smallIntegers(80 + n, n);
            float[] c = MatmulReference.poisoned(n);
            m.multiply(a, b, c, n);
            new MatmulReference(a, b, n).assertExact(c, what);
            float[] ra = Inputs.randomFloats(40 + n, n * n);
            float[] rb = Inputs.randomFloats(80 + n, n * n);
            m.multiply(ra, rb, c, n);
            new MatmulReference(ra, rb, n).assertClose(c, what);
        }
    }
}
