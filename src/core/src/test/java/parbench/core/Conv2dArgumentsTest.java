package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is rejected by every backend with an IllegalArgumentException naming the problem. */
class Conv2dArgumentsTest {

    static List<Supplier<Conv2d>> backends() {
        return List.of(Conv2dSerial::new, () -> new Conv2dForkJoin(2), () -> new Conv2dStreams(2),
                Conv2dSimd::new, () -> new Conv2dSimdForkJoin(2));
    }

    private static final float[] IMG = new float[6 * 5];
    private static final float[] F3 = new float[9];
    private static final float[] OUT = new float[4 * 3];

    private static void rejects(Conv2d conv, String expectedInMessage, float[] image, int h, int w,
                                float[] filter, int k, float[] out) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> conv.convolve(image, h, w, filter, k, out));
        assertTrue(e.getMessage().contains(expectedInMessage),
                "message '" + e.getMessage() + "' should mention '" + expectedInMessage + "'");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void rejectsBadArgumentsNamingTheParameter(Supplier<Conv2d> backend) {
        try (Conv2d c = backend.get()) {
            rejects(c, "image must not be null", null, 6, 5, F3, 3, OUT);
            rejects(c, "filter must not be null", IMG, 6, 5, null, 3, OUT);
            rejects(c, "out must not be null", IMG, 6, 5, F3, 3, null);
            rejects(c, "height must be >= 1, got 0", IMG, 0, 5, F3, 3, OUT);
            rejects(c, "height must be >= 1, got -6", IMG, -6, 5, F3, 3, OUT);
            rejects(c, "width must be >= 1, got -5", IMG, 6, -5, F3, 3, OUT);
            rejects(c, "filter size k must be >= 1, got 0", IMG, 6, 5, new float[0], 0, OUT);
            rejects(c, "filter size k must be >= 1, got -3", IMG, 6, 5, F3, -3, OUT);
            rejects(c, "filter size k=7 exceeds image height 6", IMG, 6, 5, new float[49], 7, new float[0]);
            rejects(c, "filter size k=6 exceeds image width 5", IMG, 6, 5, new float[36], 6, new float[0]);
            rejects(c, "image length 30 != height*width = 6*6", IMG, 6, 6, F3, 3, new float[16]);
            rejects(c, "filter length 9 != k*k = 2*2", IMG, 6, 5, F3, 2, new float[20]);
            rejects(c, "out length 12 != (height-k+1)*(width-k+1) = 20", IMG, 6, 5, new float[4], 2, OUT);
            rejects(c, "out must not be the same array as image", IMG, 6, 5, new float[1], 1, IMG);
            // Large sizes whose product overflows int are a length mismatch, not an exception from inside.
            rejects(c, "image length 30 != height*width = 65536*65536", IMG, 65536, 65536, F3, 3, OUT);
        }
    }

    @Test
    void threadedBackendsRejectThreadCountsBelowOne() {
        for (int bad : new int[] {0, -1}) {
            String expected = "threads must be >= 1, got " + bad;
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> new Conv2dForkJoin(bad)).getMessage());
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> new Conv2dStreams(bad)).getMessage());
            assertEquals(expected,
                    assertThrows(IllegalArgumentException.class, () -> new Conv2dSimdForkJoin(bad)).getMessage());
        }
    }
}
