package parbench.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import parbench.core.Availability;

/** The detection logic against fake drivers, so every failure path is covered without uninstalling anything. */
class OpenClDetectionTest {

    private static final OpenClInfo.Device CPU = new OpenClInfo.Device("pthread-cpu", "CpuVendor", "OpenCL 3.0",
            "CPU", 2, 4L << 30, 512 << 10, 4096);
    private static final OpenClInfo.Device GPU = new OpenClInfo.Device("Big GPU", "GpuVendor", "OpenCL 3.0 CUDA",
            "GPU", 80, 16L << 30, 48 << 10, 1024);

    /** A driver that reports fixed platforms, or fails to load. */
    private record Fake(LinkageError loadError, List<OpenClInfo.Platform> platforms) implements OpenClDriver {
        @Override
        public void load() {
            if (loadError != null) {
                throw loadError;
            }
        }
    }

    private static OpenClInfo.Platform platform(String name, OpenClInfo.Device... devices) {
        return new OpenClInfo.Platform(name, name + " vendor", "OpenCL 3.0", List.of(devices));
    }

    @Test
    void noOpenClLibrary() {
        Fake driver = new Fake(new UnsatisfiedLinkError("libOpenCL.so: cannot open shared object file"), List.of());
        Availability a = JoclSupport.availability(driver);
        assertFalse(a.available());
        assertTrue(a.detail().contains("no OpenCL library could be loaded"), a.detail());
        assertTrue(a.detail().contains("libOpenCL.so: cannot open shared object file"), a.detail());
        assertTrue(a.detail().contains("install ocl-icd-libopencl1 and an ICD such as pocl-opencl-icd"), a.detail());
        OpenClInfo info = OpenClInfo.probe(driver);
        assertTrue(info.platforms().isEmpty());
        assertEquals("OpenCL: " + a.detail(), info.describe().get(0));
    }

    @Test
    void noPlatform() {
        Availability a = JoclSupport.availability(new Fake(null, List.of()));
        assertFalse(a.available());
        assertTrue(a.detail().contains("found no platform"), a.detail());
        assertTrue(a.detail().contains("pocl-opencl-icd"), a.detail());
        assertTrue(a.detail().contains("/etc/OpenCL/vendors"), a.detail());
    }

    @Test
    void platformWithoutDevice() {
        Availability a = JoclSupport.availability(new Fake(null, List.of(platform("Portable Computing Language"))));
        assertFalse(a.available());
        assertTrue(a.detail().contains("'Portable Computing Language' report no device"), a.detail());
    }

    @Test
    void queryFailureIsAReasonNotAnException() {
        OpenClDriver broken = new OpenClDriver() {
            @Override
            public void load() {
            }

            @Override
            public List<OpenClInfo.Platform> platforms() {
                throw new IllegalStateException("clGetDeviceIDs failed: CL_OUT_OF_HOST_MEMORY");
            }
        };
        Availability a = JoclSupport.availability(broken);
        assertFalse(a.available());
        assertTrue(a.detail().contains("CL_OUT_OF_HOST_MEMORY"), a.detail());
    }

    @Test
    void happyPathNamesTheDevice() {
        Fake driver = new Fake(null, List.of(platform("Portable Computing Language", CPU)));
        Availability a = JoclSupport.availability(driver);
        assertTrue(a.available(), a.detail());
        assertEquals("pthread-cpu (CPU, 2 compute units, 4096 MiB global memory) on platform 'Portable Computing Language'",
                a.detail());
        OpenClInfo info = OpenClInfo.probe(driver);
        assertNull(info.problem());
        assertEquals(List.of(
                "platform 0: Portable Computing Language | Portable Computing Language vendor | OpenCL 3.0",
                "  device 0: pthread-cpu | CpuVendor | OpenCL 3.0 | CPU | 2 compute units | global 4096 MiB"
                        + " | local 512 KiB | max work-group 4096"), info.describe());
    }

    @Test
    void gpuIsPreferredOverCpuAcrossPlatforms() {
        Fake driver = new Fake(null, List.of(platform("PoCL", CPU), platform("Empty"), platform("NVIDIA CUDA", GPU)));
        OpenClDetection d = OpenClDetection.detect(driver, null);
        assertTrue(d.available());
        assertEquals("Big GPU", d.device().name());
        assertEquals(2, d.platformIndex());
        assertEquals(0, d.deviceIndex());
    }

    @Test
    void devicePropertyPicksByNameOrExplainsTheChoices() {
        Fake driver = new Fake(null, List.of(platform("PoCL", CPU), platform("NVIDIA CUDA", GPU)));
        assertEquals("pthread-cpu", OpenClDetection.detect(driver, "PTHREAD").device().name());
        OpenClDetection none = OpenClDetection.detect(driver, "radeon");
        assertFalse(none.available());
        assertTrue(none.reason().contains("no OpenCL device name contains 'radeon'"), none.reason());
        assertTrue(none.reason().contains("pthread-cpu, Big GPU"), none.reason());
    }

    @Test
    void realMachineListsTheDeviceTheBackendsUse() {
        OpenClInfo info = OpenClInfo.probe();
        assertNull(info.problem(), () -> "OpenCL probe failed: " + info.problem());
        assertFalse(info.platforms().isEmpty());
        Availability jocl = JoclSupport.availability();
        Availability aparapi = AparapiSupport.availability();
        assertTrue(jocl.available(), jocl.detail());
        assertTrue(aparapi.available(), aparapi.detail());
        OpenClInfo.Device used = OpenClDetection.detect(new JoclDriver()).device();
        assertTrue(info.toString().contains(used.name()), info.toString());
        assertTrue(jocl.detail().startsWith(used.name()), jocl.detail());
        assertTrue(used.computeUnits() > 0 && used.globalMemBytes() > 0 && used.maxWorkGroupSize() > 0, used.toString());
    }
}
