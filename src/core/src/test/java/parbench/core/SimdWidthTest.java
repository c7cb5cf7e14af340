package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.core.VectorAddKernelsTest.assertMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jdk.incubator.vector.VectorShape;
import org.junit.jupiter.api.Test;

/**
 * The vector width of the kernels follows {@value SimdSupport#BITS_PROPERTY}. The core module's
 * vector tests run once per width (128, 256, 512 bits) in separate JVMs (surefire executions in
 * src/core/pom.xml); this test proves each of those JVMs really runs the width it claims to, so a
 * broken property cannot silently test the hardware's width three times.
 */
class SimdWidthTest {

    @Test
    void everyKernelUsesTheRequestedWidth() {
        String prop = System.getProperty(SimdSupport.BITS_PROPERTY);
        int want = prop == null || prop.isBlank() ? VectorShape.preferredShape().vectorBitSize() : Integer.parseInt(prop.strip());
        assertEquals(want, SimdSpecies.BITS);
        assertEquals(prop != null && !prop.isBlank(), SimdSpecies.overridden());
        for (var s : List.of(SimdSpecies.FLOAT, SimdSpecies.LONG, Conv2dSimd.S, VectorAddSimd.SPECIES, FmaPeak.SPECIES,
                StreamBandwidth.SPECIES, MatmulSimdKernel.F, MonteCarloPiSimd.SPECIES)) {
            assertEquals(want, s.vectorBitSize(), s.toString());
        }
        assertSame(SimdSpecies.FLOAT, Conv2dSimd.S);
        assertEquals(want / 32, MatmulSimdKernel.L);
        assertEquals(want / 64, MonteCarloPiSimd.LANES);
        assertTrue(SimdSupport.availability().detail().contains("species " + want + " bits"),
                SimdSupport.availability().detail());
    }

    @Test
    void propertyValues() {
        assertEquals(0, SimdSupport.requestedBits(null));
        assertEquals(0, SimdSupport.requestedBits(" "));
        assertEquals(128, SimdSupport.requestedBits("128"));
        assertEquals(256, SimdSupport.requestedBits(" 256 "));
        assertEquals(512, SimdSupport.requestedBits("512"));
        for (String bad : new String[] {"64", "1024", "0", "-256", "256bits", "avx2", "2e8"}) {
            assertMessage(() -> SimdSupport.requestedBits(bad),
                    "parbench.simd.bits must be 128, 256 or 512 (or unset for the hardware's width), got '" + bad + "'");
        }
    }

    /**
     * An invalid width fails clearly in a fresh JVM: availability names the property, and a kernel
     * refuses to load (rather than quietly using another width).
     */
    @Test
    void invalidWidthFailsClearlyInAFreshJvm() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--add-modules=jdk.incubator.vector",
                "-D" + SimdSupport.BITS_PROPERTY + "=384", "-cp", System.getProperty("java.class.path"),
                BadWidthMain.class.getName()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, p.exitValue(), out);
        assertTrue(out.contains("availability: unavailable: parbench.simd.bits must be 128, 256 or 512"), out);
        assertTrue(out.contains("kernel: ExceptionInInitializerError: parbench.simd.bits must be 128, 256 or 512"), out);
        assertFalse(out.contains("kernel loaded"), out);
    }

    /** Run by {@link #invalidWidthFailsClearlyInAFreshJvm} with a bad property value. */
    static final class BadWidthMain {
        public static void main(String[] args) {
            System.out.println("availability: " + SimdSupport.availability());
            try {
                System.out.println("kernel loaded, " + new VectorAddSimd().getClass());
                System.exit(0);
            } catch (ExceptionInInitializerError e) {
                System.out.println("kernel: ExceptionInInitializerError: " + e.getCause().getMessage());
                System.exit(3);
            }
        }
    }
}
