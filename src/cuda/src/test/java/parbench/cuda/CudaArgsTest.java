package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input is rejected before any device work: by the workload's contract in core (the same
 * message as every other backend), and for conv2d also by the constant-memory filter's limit.
 */
class CudaArgsTest {

    private static void rejects(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void conv2dIsTheCoreContract() {
        assertDoesNotThrow(() -> CudaArgs.conv2d(new float[20], 4, 5, new float[9], 3, new float[6]));
        rejects("filter size k must be >= 1, got 0", () -> CudaArgs.conv2d(new float[20], 4, 5, new float[0], 0, new float[20]));
        rejects("filter size k=5 exceeds image height 4",
                () -> CudaArgs.conv2d(new float[20], 4, 5, new float[25], 5, new float[1]));
        rejects("image length 19 != height*width = 4*5",
                () -> CudaArgs.conv2d(new float[19], 4, 5, new float[9], 3, new float[6]));
        rejects("filter length 8 != k*k = 3*3",
                () -> CudaArgs.conv2d(new float[20], 4, 5, new float[8], 3, new float[6]));
        rejects("out length 5 != (height-k+1)*(width-k+1) = 6",
                () -> CudaArgs.conv2d(new float[20], 4, 5, new float[9], 3, new float[5]));
    }

    @Test
    void conv2dFilterMustFitConstantMemory() {
        assertDoesNotThrow(() -> CudaArgs.conv2d(new float[100 * 100], 100, 100, new float[63 * 63], 63, new float[38 * 38]));
        rejects("filter size k=64 exceeds the jcuda conv2d limit of 63 (the filter lives in constant memory)",
                () -> CudaArgs.conv2d(new float[100 * 100], 100, 100, new float[64 * 64], 64, new float[37 * 37]));
    }
}
