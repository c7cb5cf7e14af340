package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import parbench.core.Availability;

/** The real detection on this machine, and what the kernels do when CUDA is unavailable. */
class CudaSupportTest {

    /** Where distributions put the driver's libcuda.so.1. */
    private static final List<String> LIBCUDA_PLACES = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
            "/lib/x86_64-linux-gnu", "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib");

    private static boolean libcudaInstalled() {
        return LIBCUDA_PLACES.stream().anyMatch(d -> Files.exists(Path.of(d, "libcuda.so.1")));
    }

    @Test
    void availabilityNeverThrowsAndIsStable() {
        Availability first = CudaSupport.availability();
        Availability second = CudaSupport.availability();
        assertEquals(first, second);
        assertFalse(first.detail().isBlank(), "availability must say what it runs on or why not");
        if (first.available()) {
            assertFalse(CudaSupport.devices().isEmpty(), "available without a device");
        } else if (first.detail().startsWith("no NVIDIA driver")) {
            assertEquals(List.of(), CudaSupport.devices());
        }
    }

    @Test
    void withoutLibcudaTheReasonNamesTheDriver() {
        assumeFalse(libcudaInstalled(), "libcuda.so.1 is installed here: the no-driver reason cannot be observed");
        Availability a = CudaSupport.availability();
        assertFalse(a.available());
        assertEquals("no NVIDIA driver: libcuda.so not found (install the NVIDIA driver)", a.detail());
        assertTrue(CudaSupport.devices().isEmpty());
    }

    @Test
    void kernelsRefuseToConstructWithTheReasonWhenUnavailable() {
        Availability a = CudaSupport.availability();
        assumeFalse(a.available(), "CUDA is available here: " + a.detail());
        List<Supplier<AutoCloseable>> constructors = List.of(VectorAddJcuda::new, MatmulJcuda::new, Conv2dJcuda::new,
                MonteCarloPiJcuda::new);
        for (Supplier<AutoCloseable> constructor : constructors) {
            // Twice: the second construction must not surface a raw NoClassDefFoundError either.
            for (int i = 0; i < 2; i++) {
                IllegalStateException e = assertThrows(IllegalStateException.class, constructor::get);
                assertEquals("jcuda backend unavailable: " + a.detail(), e.getMessage());
            }
        }
    }

    @Test
    void requireAvailableCarriesTheReason() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CudaContext.requireAvailable(Availability.unavailable("no NVIDIA driver: test")));
        assertEquals("jcuda backend unavailable: no NVIDIA driver: test", e.getMessage());
        CudaContext.requireAvailable(Availability.available("fake device"));
    }
}
