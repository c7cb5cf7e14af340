package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build-ptx.sh, which the Maven build runs at generate-resources (working directory: the module). */
class BuildPtxScriptTest {

    private static final Path SCRIPT = Path.of("build-ptx.sh");

    private record Run(int exit, String output) {
    }

    private static Run run(String path, Path src, Path out) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toAbsolutePath().toString(), src.toString(),
                out.toString(), "compute_75").redirectErrorStream(true);
        pb.environment().put("PATH", path);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build-ptx.sh did not finish");
        return new Run(p.exitValue(), output);
    }

    @Test
    void withoutNvccTheBuildGoesOnAndSaysNvrtcWillCompile(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs /bin/bash");
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("k.cu"), "this is not CUDA C");
        // An empty directory as the whole PATH: no nvcc can be found.
        Path emptyPath = Files.createDirectories(dir.resolve("empty-path"));
        Run r = run(emptyPath.toString(), src, dir.resolve("out"));
        assertEquals(0, r.exit(), r.output());
        assertEquals("[parbench-cuda] nvcc not on the PATH: no PTX built; the CUDA C will be compiled by NVRTC at run time",
                r.output().strip());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void brokenCudaCFailsTheBuildWhenNvccIsPresent(@TempDir Path dir) throws Exception {
        assumeTrue(KernelResourcesTest.nvccOnPath(), "nvcc not on the PATH: cannot check that bad CUDA C fails the build");
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("broken.cu"),
                "extern \"C\" __global__ void broken(float* a) { a[threadIdx.x] = undefined_name; }\n");
        Run r = run(System.getenv("PATH"), src, dir.resolve("out"));
        assertNotEquals(0, r.exit(), "nvcc accepted broken CUDA C: " + r.output());
        assertTrue(r.output().contains("undefined_name"), r.output());
    }
}
