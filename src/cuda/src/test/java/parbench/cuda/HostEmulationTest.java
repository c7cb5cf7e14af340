package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import parbench.core.Conv2d;
import parbench.core.Inputs;

/**
 * Executes the shipped CUDA C on the host (src/test/cuda/host_emulation.cpp, built with g++),
 * one std::thread per CUDA thread and a barrier for __syncthreads(), and checks the results
 * against the serial reference. On machines without a GPU this is the only place the kernels'
 * indexing, tiling, halos and reductions run; it does not replace the GPU tests.
 */
class HostEmulationTest {

    private static final String DYNAMIC_SHARED = "extern __shared__ float tile[];";

    @TempDir
    static Path work;
    private static Path emulator;

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    @BeforeAll
    static void buildEmulator() throws Exception {
        assumeTrue(onPath("g++"), "g++ not on the PATH: the CUDA C host emulation cannot be built");
        for (String module : List.of("vector_add", "matmul", "conv2d", "monte_carlo_pi")) {
            String source = new String(KernelModules.resource(module + ".cu"), StandardCharsets.UTF_8);
            if (module.equals("conv2d")) {
                assertTrue(source.contains(DYNAMIC_SHARED), "conv2d.cu no longer declares " + DYNAMIC_SHARED
                        + "; update the emulation's rewrite");
                source = source.replace(DYNAMIC_SHARED, "float* tile = g_dynamic_shared;");
            }
            Files.writeString(work.resolve(module + ".cu"), source);
        }
        emulator = work.resolve("host_emulation");
        Run r = run(120, "g++", "-std=c++20", "-O2", "-pthread", "-Wall", "-Wextra", "-Wno-unknown-pragmas",
                "-I" + work, "-o", emulator.toString(), Path.of("src/test/cuda/host_emulation.cpp").toAbsolutePath().toString());
        assertEquals(0, r.exit(), "g++ failed:\n" + r.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        // A divergent __syncthreads() deadlocks the emulation: the timeout turns that into a failure.
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out (deadlock at a barrier?): " + String.join(" ", command));
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String emulate(Path dir, Object... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(emulator.toString(), args[0].toString(), dir.toString()));
        for (int i = 1; i < args.length; i++) {
            command.add(args[i].toString());
        }
        Run r = run(300, command.toArray(String[]::new));
        assertEquals(0, r.exit(), "emulation failed:\n" + r.output());
        return r.output().strip();
    }

    private static void write(Path file, float[] v) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(v);
        Files.write(file, buf.array());
    }

    private static float[] read(Path file, int n) throws IOException {
        float[] v = new float[n];
        ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }


    @ParameterizedTest
    @ValueSource(ints = {0, 1, 17, 255, 4098, 70_001})
    void vectorAdd(int n) throws Exception {
        Path dir = Files.createTempDirectory(work, "va");
        float[] a = Inputs.randomFloats(1, n);
        float[] b = Inputs.randomFloats(2, n);
        write(dir.resolve("a.bin"), a);
        write(dir.resolve("b.bin"), b);
        emulate(dir, "vector_add", n);
        assertArrayEquals(Reference.add(a, b), read(dir.resolve("c.bin"), n));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 31, 32, 33, 70})
    void matmul(int n) throws Exception {
        Path dir = Files.createTempDirectory(work, "mm");
        float[] a = Inputs.randomFloats(3, n * n);
        float[] b = Inputs.randomFloats(4, n * n);
        write(dir.resolve("a.bin"), a);
        write(dir.resolve("b.bin"), b);
        emulate(dir, "matmul", n);
        Reference.assertMatmul(a, b, n, read(dir.resolve("c.bin"), n * n), "matmul n=" + n);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "5,5,5", "17,31,3", "8,33,1", "40,70,4", "41,75,7", "70,90,63"})
    void conv2d(int height, int width, int k) throws Exception {
        Path dir = Files.createTempDirectory(work, "cv");
        float[] image = Inputs.randomFloats(5, height * width);
        float[] filter = Inputs.randomFloats(6, k * k);  // not symmetric: a flip would fail
        write(dir.resolve("image.bin"), image);
        write(dir.resolve("filter.bin"), filter);
        emulate(dir, "conv2d", height, width, k);
        int outLen = Conv2d.outSize(height, k) * Conv2d.outSize(width, k);
        Reference.assertConvolution(image, height, width, filter, k, read(dir.resolve("out.bin"), outLen),
                "conv2d " + height + "x" + width + " k=" + k);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "42,1000", "-7,65537", "9223372036854775807,300007", "-9223372036854775808,12345"})
    void monteCarloPiCountIsBitExact(long seed, long samples) throws Exception {
        String count = emulate(work, "monte_carlo_pi", seed, samples);
        assertEquals(Reference.countInside(seed, samples), Long.parseLong(count), "seed " + seed + ", " + samples);
    }
}
