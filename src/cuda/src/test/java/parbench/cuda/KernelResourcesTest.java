package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CUDA C sources always ship; the nvcc PTX ships whenever the build had nvcc on the PATH. */
class KernelResourcesTest {

    static boolean nvccOnPath() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "nvcc")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vector_add", "matmul", "conv2d", "monte_carlo_pi"})
    void cudaSourceShipsWithItsExternCKernel(String module) {
        byte[] cu = KernelModules.resource(module + ".cu");
        assertNotNull(cu, module + ".cu missing from the class path");
        String source = new String(cu, StandardCharsets.UTF_8);
        assertTrue(source.contains("extern \"C\" __global__ void " + module + "("),
                module + ".cu must define extern \"C\" kernel " + module);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vector_add", "matmul", "conv2d", "monte_carlo_pi"})
    void ptxBuiltByNvccWhenNvccIsOnThePath(String module) {
        assumeTrue(nvccOnPath(), "nvcc not on the PATH: no PTX is built, NVRTC compiles the .cu at run time");
        byte[] ptx = KernelModules.resource(module + ".ptx");
        assertNotNull(ptx, module + ".ptx missing although nvcc is on the PATH");
        String text = new String(ptx, StandardCharsets.UTF_8);
        String arch = System.getProperty("parbench.cuda.ptx.arch", "compute_" + KernelModules.PTX_ARCH);
        String target = ".target sm_" + arch.substring("compute_".length());
        assertTrue(text.contains(target), module + ".ptx should contain " + target);
        assertTrue(text.contains(".entry " + module + "("), module + ".ptx should contain entry " + module);
        assertTrue(("compute_" + KernelModules.PTX_ARCH).equals(arch),
                "KernelModules.PTX_ARCH must match cuda.ptx.arch of the pom, " + arch);
    }
}
