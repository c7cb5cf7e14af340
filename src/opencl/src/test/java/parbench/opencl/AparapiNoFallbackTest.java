package parbench.opencl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.aparapi.Kernel;
import com.aparapi.Range;
import com.aparapi.device.OpenCLDevice;

/**
 * Aparapi cannot translate a kernel that calls a method on a Java object, so it falls back to its
 * Java thread pool and still fills the output. The guard must refuse those results.
 */
class AparapiNoFallbackTest {

    @Test
    void untranslatableKernelThrowsInsteadOfRunningInJava() {
        OpenCLDevice device = AparapiDevice.select();
        UntranslatableKernel kernel = new UntranslatableKernel();
        try {
            AparapiDevice.pin(kernel, device);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> AparapiDevice.execute(kernel, Range.create(device, 8, 8), device));
            assertTrue(e.getMessage().contains("did not run UntranslatableKernel as OpenCL"), e.getMessage());
            assertTrue(e.getMessage().contains("refusing"), e.getMessage());
            // Aparapi's own reason is passed on, so a person can see why OpenCL failed.
            assertTrue(e.getMessage().contains("Using java objects inside kernels is not supported"), e.getMessage());
        } finally {
            kernel.dispose();
        }
    }

    @Test
    void translatableKernelPassesTheGuard() {
        OpenCLDevice device = AparapiDevice.select();
        VectorAddAparapiKernel kernel = new VectorAddAparapiKernel();
        try {
            AparapiDevice.pin(kernel, device);
            kernel.a = new float[] {1, 2};
            kernel.b = new float[] {3, 4};
            kernel.c = new float[2];
            kernel.n = 2;
            kernel.put(kernel.a).put(kernel.b);
            AparapiDevice.execute(kernel, Range.create(device, 2, 2), device);
            kernel.get(kernel.c);
            assertTrue(kernel.isRunningCL());
            assertTrue(kernel.c[0] == 4f && kernel.c[1] == 6f, () -> kernel.c[0] + ", " + kernel.c[1]);
        } finally {
            kernel.dispose();
        }
    }
}

/** Calls StringBuilder.length() inside run(): legal Java, not translatable to OpenCL by Aparapi. */
final class UntranslatableKernel extends Kernel {
    final StringBuilder text = new StringBuilder("abc");
    float[] out = new float[8];

    @Override
    public void run() {
        out[getGlobalId()] = text.length();
    }
}
