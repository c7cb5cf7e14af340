package parbench.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import parbench.core.Availability;

/** Detection fed with fakes that fail the ways JCuda and the driver fail. */
class CudaDetectorTest {

    /** What JCuda's LibUtils throws when libcuda.so.1 is missing (message shortened). */
    private static UnsatisfiedLinkError jcudaNoDriver() {
        return new UnsatisfiedLinkError("Error while loading native library \"JCudaDriver-12.6.0-linux-x86_64\"\n"
                + "Stack trace from the attempt to load the library as a resource:\n"
                + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: "
                + "cannot open shared object file: No such file or directory");
    }

    /** What the JVM throws on every later use of a class whose static initialiser failed. */
    private static NoClassDefFoundError laterUse(Throwable first) {
        NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class jcuda.driver.JCudaDriver");
        if (first != null) {
            e.initCause(new ExceptionInInitializerError("Exception " + first + " [in thread \"main\"]"));
        }
        return e;
    }

    /** A probe whose init behaves as given on successive calls, with the given devices. */
    private static final class FakeProbe implements CudaDriverProbe {
        private final List<Runnable> inits;
        private final int count;
        private final IntFunction<CudaDevice> device;
        private int calls;

        FakeProbe(List<Runnable> inits, int count, IntFunction<CudaDevice> device) {
            this.inits = inits;
            this.count = count;
            this.device = device;
        }

        @Override
        public void init() {
            inits.get(Math.min(calls++, inits.size() - 1)).run();
        }

        @Override
        public int deviceCount() {
            return count;
        }

        @Override
        public CudaDevice device(int ordinal) {
            return device.apply(ordinal);
        }
    }

    private static final CudaDevice T4 = new CudaDevice(0, "Tesla T4", 7, 5, 16L << 30, 40);

    private static FakeProbe initFails(Runnable... inits) {
        return new FakeProbe(List.of(inits), 0, i -> {
            throw new AssertionError("devices must not be queried after a failed init");
        });
    }

    @Test
    void noDriverOnFirstAndOnLaterCalls() {
        UnsatisfiedLinkError first = jcudaNoDriver();
        FakeProbe probe = initFails(() -> {
            throw first;
        }, () -> {
            throw laterUse(first);
        });

        CudaDetection one = CudaDetector.detect(probe);
        CudaDetection two = CudaDetector.detect(probe);

        for (CudaDetection d : List.of(one, two)) {
            assertFalse(d.availability().available());
            assertEquals("no NVIDIA driver: libcuda.so not found (install the NVIDIA driver)", d.availability().detail());
            assertTrue(d.devices().isEmpty());
        }
    }

    @Test
    void laterUseWithoutCauseStillNamesTheDriverBinding() {
        CudaDetection d = CudaDetector.detect(initFails(() -> {
            throw laterUse(null);
        }));
        assertFalse(d.availability().available());
        assertTrue(d.availability().detail().contains("driver"), d.availability().detail());
        assertTrue(d.availability().detail().contains("Could not initialize class jcuda.driver.JCudaDriver"),
                d.availability().detail());
    }

    @Test
    void missingNativesForThePlatform() {
        CudaDetection d = CudaDetector.detect(initFails(() -> {
            throw new UnsatisfiedLinkError("Error while loading native library \"JCudaDriver-12.6.0-linux-riscv64\"");
        }));
        assertFalse(d.availability().available());
        assertTrue(d.availability().detail().startsWith("JCuda's native driver binding could not be loaded"),
                d.availability().detail());
        assertTrue(d.availability().detail().contains("jcuda-natives"), d.availability().detail());
    }

    @Test
    void cuInitNoDevice() {
        CudaDetection d = CudaDetector.detect(initFails(() -> {
            throw new CudaCallException("cuInit", 100, "CUDA_ERROR_NO_DEVICE");
        }));
        assertEquals(Availability.unavailable("CUDA driver present but no CUDA device (cuInit: CUDA_ERROR_NO_DEVICE)"),
                d.availability());
    }

    @Test
    void cuInitDriverTooOld() {
        CudaDetection d = CudaDetector.detect(initFails(() -> {
            throw new CudaCallException("cuInit", 35, "CUDA_ERROR_INSUFFICIENT_DRIVER");
        }));
        assertFalse(d.availability().available());
        assertTrue(d.availability().detail().startsWith("NVIDIA driver too old"), d.availability().detail());
    }

    @Test
    void cuInitOtherErrorIsNamed() {
        CudaDetection d = CudaDetector.detect(initFails(() -> {
            throw new CudaCallException("cuInit", 999, "CUDA_ERROR_UNKNOWN");
        }));
        assertEquals(Availability.unavailable("CUDA driver initialisation failed (cuInit: CUDA_ERROR_UNKNOWN, code 999)"),
                d.availability());
    }

    @Test
    void unexpectedRuntimeExceptionDoesNotEscape() {
        CudaDetection d = CudaDetector.detect(initFails(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(Availability.unavailable("CUDA driver initialisation failed: IllegalStateException: boom"),
                d.availability());
    }

    @Test
    void zeroDevices() {
        CudaDetection d = CudaDetector.detect(new FakeProbe(List.of(() -> { }), 0, i -> T4));
        assertEquals(Availability.unavailable("CUDA driver present but no CUDA device (cuDeviceGetCount returned 0)"),
                d.availability());
        assertTrue(d.devices().isEmpty());
    }

    @Test
    void deviceQueryFailure() {
        CudaDetection d = CudaDetector.detect(new FakeProbe(List.of(() -> { }), 1, i -> {
            throw new CudaCallException("cuDeviceGet", 101, "CUDA_ERROR_INVALID_DEVICE");
        }));
        assertEquals(Availability.unavailable(
                "CUDA device query failed: CudaCallException: cuDeviceGet failed: CUDA_ERROR_INVALID_DEVICE (101)"),
                d.availability());
    }

    @Test
    void fakeDevicePresent() {
        CudaDetection d = CudaDetector.detect(new FakeProbe(List.of(() -> { }), 1, i -> T4));
        assertEquals(Availability.available("CUDA device 0: Tesla T4 (compute 7.5, 16.0 GiB, 40 SMs)"), d.availability());
        assertEquals(List.of(T4), d.devices());
    }

    @Test
    void severalDevicesAreAllListedAndTheFirstIsUsed() {
        CudaDevice second = new CudaDevice(1, "NVIDIA A100", 8, 0, 40L << 30, 108);
        CudaDetection d = CudaDetector.detect(new FakeProbe(List.of(() -> { }), 2, i -> i == 0 ? T4 : second));
        assertTrue(d.availability().available());
        assertTrue(d.availability().detail().endsWith("(first of 2 devices)"), d.availability().detail());
        assertEquals(List.of(T4, second), d.devices());
    }

    @Test
    void deviceOlderThanCuda12SupportsIsUnavailableButListed() {
        CudaDevice kepler = new CudaDevice(0, "Tesla K80", 3, 7, 12L << 30, 13);
        CudaDetection d = CudaDetector.detect(new FakeProbe(List.of(() -> { }), 1, i -> kepler));
        assertFalse(d.availability().available());
        assertTrue(d.availability().detail().contains("compute capability below 5.0"), d.availability().detail());
        assertEquals(List.of(kepler), d.devices());
    }

    private static final CudaDevice PASCAL = new CudaDevice(0, "GeForce GTX 1080", 6, 1, 8L << 30, 20);

    private static CudaDetection found(CudaDevice device) {
        return CudaDetector.detect(new FakeProbe(List.of(() -> { }), 1, i -> device));
    }

    @Test
    void kernelRouteNvccPtxWhenPresentAndTheDeviceCanRunIt() {
        CudaDetection d = CudaDetector.withKernelRoute(found(T4), true, () -> {
            throw new AssertionError("NVRTC is not needed");
        });
        assertEquals(Availability.available("CUDA device 0: Tesla T4 (compute 7.5, 16.0 GiB, 40 SMs); kernels: nvcc PTX compute_75"),
                d.availability());
    }

    @Test
    void kernelRouteNvrtcWithoutPtx() {
        CudaDetection d = CudaDetector.withKernelRoute(found(T4), false, () -> "12.6");
        assertEquals(Availability.available("CUDA device 0: Tesla T4 (compute 7.5, 16.0 GiB, 40 SMs); kernels: NVRTC 12.6"
                + " at run time (no nvcc PTX in the jar)"), d.availability());
    }

    @Test
    void kernelRouteNvrtcForADeviceOlderThanThePtx() {
        CudaDetection d = CudaDetector.withKernelRoute(found(PASCAL), true, () -> "12.6");
        assertTrue(d.availability().available());
        assertTrue(d.availability().detail().endsWith("; kernels: NVRTC 12.6 at run time (device older than the PTX's compute_75)"),
                d.availability().detail());
    }

    @Test
    void withoutPtxAndWithoutNvrtcTheBackendIsUnavailable() {
        CudaDetection d = CudaDetector.withKernelRoute(found(T4), false, () -> {
            throw new UnsatisfiedLinkError("/tmp/libJNvrtc-12.6.0-linux-x86_64.so: libnvrtc.so.12: cannot open shared object file");
        });
        assertFalse(d.availability().available());
        assertTrue(d.availability().detail().startsWith("CUDA kernels cannot be built: no nvcc PTX in the jar and NVRTC is not available"),
                d.availability().detail());
        assertTrue(d.availability().detail().contains("libnvrtc.so.12"), d.availability().detail());
        assertEquals(List.of(T4), d.devices());
    }

    @Test
    void kernelRouteLeavesAnUnavailableAnswerAlone() {
        CudaDetection none = CudaDetection.unavailable("no NVIDIA driver: libcuda.so not found (install the NVIDIA driver)");
        assertEquals(none, CudaDetector.withKernelRoute(none, false, () -> {
            throw new AssertionError("NVRTC must not be probed without a device");
        }));
    }
}
