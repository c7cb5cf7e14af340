package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input is rejected before any device work, with a message that names the problem. */
class CudaArgsTest {

    private static void rejects(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void vectorAdd() {
        assertDoesNotThrow(() -> CudaArgs.vectorAdd(new float[0], new float[0], new float[0]));
        rejects("vector add needs arrays of equal length, got a=3, b=2, c=3",
                () -> CudaArgs.vectorAdd(new float[3], new float[2], new float[3]));
        rejects("c must not be null", () -> CudaArgs.vectorAdd(new float[3], new float[3], null));
    }

    @Test
    void matmul() {
        assertDoesNotThrow(() -> CudaArgs.matmul(new float[9], new float[9], new float[9], 3));
        rejects("matrix size n must be >= 0, got -1", () -> CudaArgs.matmul(new float[0], new float[0], new float[0], -1));
        rejects("b has 8 elements, needs n*n = 9", () -> CudaArgs.matmul(new float[9], new float[8], new float[9], 3));
        rejects("matrix size n=50000 is too large: n*n exceeds a Java array",
                () -> CudaArgs.matmul(new float[0], new float[0], new float[0], 50_000));
    }

    @Test
    void conv2d() {
        assertDoesNotThrow(() -> CudaArgs.conv2d(new float[20], 4, 5, new float[9], 3, new float[6]));
        rejects("filter size k must be >= 1, got 0", () -> CudaArgs.conv2d(new float[20], 4, 5, new float[0], 0, new float[20]));
        rejects("filter size k=64 exceeds the jcuda conv2d limit of 63 (the filter lives in constant memory)",
                () -> CudaArgs.conv2d(new float[100 * 100], 100, 100, new float[64 * 64], 64, new float[37 * 37]));
        rejects("image 4x5 is smaller than the 5x5 filter (valid mode needs height >= k and width >= k)",
                () -> CudaArgs.conv2d(new float[20], 4, 5, new float[25], 5, new float[1]));
        rejects("image has 19 elements, needs height*width = 20",
                () -> CudaArgs.conv2d(new float[19], 4, 5, new float[9], 3, new float[6]));
        rejects("filter has 8 elements, needs k*k = 9",
                () -> CudaArgs.conv2d(new float[20], 4, 5, new float[8], 3, new float[6]));
        rejects("out has 5 elements, needs (height-k+1)*(width-k+1) = 6",
                () -> CudaArgs.conv2d(new float[20], 4, 5, new float[9], 3, new float[5]));
    }

    @Test
    void monteCarlo() {
        assertDoesNotThrow(() -> CudaArgs.monteCarlo(0));
        rejects("samples must be >= 0, got -5", () -> CudaArgs.monteCarlo(-5));
    }
}
