package parbench.cuda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import parbench.core.Availability;

/**
 * Turns the answers of a {@link CudaDriverProbe} into an {@link Availability} with a reason a
 * person can act on. Never throws: every failure of the probe becomes "unavailable: reason".
 */
public final class CudaDetector {

    /**
     * Oldest compute capability the CUDA 12 driver API (JCuda 12.6) and NVRTC 12 still support.
     * Devices from 5.0 to 7.4 cannot load the nvcc PTX (compute_75) and are served by NVRTC.
     */
    static final int MIN_MAJOR = 5;

    private CudaDetector() {
    }

    public static CudaDetection detect(CudaDriverProbe probe) {
        try {
            probe.init();
        } catch (LinkageError e) {
            return CudaDetection.unavailable(describeLinkageError(e));
        } catch (CudaCallException e) {
            return CudaDetection.unavailable(describeInitFailure(e));
        } catch (RuntimeException e) {
            return CudaDetection.unavailable("CUDA driver initialisation failed: " + firstLine(e));
        }
        List<CudaDevice> devices = new ArrayList<>();
        try {
            int count = probe.deviceCount();
            if (count <= 0) {
                return CudaDetection.unavailable("CUDA driver present but no CUDA device (cuDeviceGetCount returned "
                        + count + ")");
            }
            for (int i = 0; i < count; i++) {
                devices.add(probe.device(i));
            }
        } catch (LinkageError e) {
            return CudaDetection.unavailable(describeLinkageError(e));
        } catch (RuntimeException e) {
            return CudaDetection.unavailable("CUDA device query failed: " + firstLine(e));
        }
        CudaDevice first = devices.get(0);
        if (first.major() < MIN_MAJOR) {
            return new CudaDetection(Availability.unavailable("CUDA device " + first.describe()
                    + " has compute capability below " + MIN_MAJOR + ".0, the oldest CUDA 12 supports"), devices);
        }
        String detail = "CUDA device " + first.describe()
                + (devices.size() > 1 ? " (first of " + devices.size() + " devices)" : "");
        return new CudaDetection(Availability.available(detail), devices);
    }

    /**
     * Adds how the kernels will be built to an available detection, and turns it unavailable when
     * they cannot be: without usable nvcc PTX (none in the jar, or a device older than its
     * compute_75) the CUDA C must be compiled by NVRTC, whose library may be missing.
     *
     * @param ptxPresent   whether the nvcc PTX files are on the class path
     * @param nvrtcVersion NVRTC's version, e.g. "12.6"; may throw LinkageError when libnvrtc is missing
     */
    public static CudaDetection withKernelRoute(CudaDetection detection, boolean ptxPresent,
            Supplier<String> nvrtcVersion) {
        Availability a = detection.availability();
        if (!a.available()) {
            return detection;
        }
        CudaDevice device = detection.devices().get(0);
        boolean ptxUsable = ptxPresent && device.major() * 10 + device.minor() >= KernelModules.PTX_ARCH;
        if (ptxUsable) {
            return new CudaDetection(Availability.available(a.detail() + "; kernels: nvcc PTX compute_"
                    + KernelModules.PTX_ARCH), detection.devices());
        }
        String why = ptxPresent ? "device older than the PTX's compute_" + KernelModules.PTX_ARCH : "no nvcc PTX in the jar";
        try {
            return new CudaDetection(Availability.available(a.detail() + "; kernels: NVRTC " + nvrtcVersion.get()
                    + " at run time (" + why + ")"), detection.devices());
        } catch (LinkageError | RuntimeException e) {
            return new CudaDetection(Availability.unavailable("CUDA kernels cannot be built: " + why
                    + " and NVRTC is not available (install the CUDA 12 NVRTC library, libnvrtc.so.12): "
                    + firstLine(e)), detection.devices());
        }
    }

    /**
     * JCuda loads its native library on first use. Without the NVIDIA driver that fails with
     * UnsatisfiedLinkError naming libcuda.so; the JVM then marks the class unusable and every later
     * use throws NoClassDefFoundError whose cause chain (JDK 17+) still carries the first message.
     */
    static String describeLinkageError(LinkageError e) {
        String text = chainText(e);
        if (text.contains("libcuda.so")) {
            return "no NVIDIA driver: libcuda.so not found (install the NVIDIA driver)";
        }
        if (text.contains("libcuda") || text.contains("nvcuda")) {
            return "no NVIDIA driver: the CUDA driver library could not be loaded (install the NVIDIA driver): "
                    + firstLine(e);
        }
        if (e instanceof NoClassDefFoundError && text.contains("Could not initialize class")) {
            return "JCuda's driver binding failed to initialise earlier in this JVM (usually no NVIDIA driver): "
                    + firstLine(e);
        }
        if (e instanceof NoClassDefFoundError) {
            return "JCuda classes missing from the class path (add org.jcuda:jcuda): " + firstLine(e);
        }
        return "JCuda's native driver binding could not be loaded (is jcuda-natives for "
                + System.getProperty("os.name", "?").toLowerCase(Locale.ROOT) + "-" + System.getProperty("os.arch", "?")
                + " on the class path?): " + firstLine(e);
    }

    static String describeInitFailure(CudaCallException e) {
        return switch (e.resultName()) {
            case "CUDA_ERROR_NO_DEVICE" -> "CUDA driver present but no CUDA device (cuInit: CUDA_ERROR_NO_DEVICE)";
            case "CUDA_ERROR_INSUFFICIENT_DRIVER" ->
                    "NVIDIA driver too old for JCuda 12.6 (cuInit: CUDA_ERROR_INSUFFICIENT_DRIVER): update the driver";
            case "CUDA_ERROR_NOT_PERMITTED", "CUDA_ERROR_OPERATING_SYSTEM" ->
                    "CUDA driver refused initialisation (cuInit: " + e.resultName() + "): check device permissions";
            default -> "CUDA driver initialisation failed (cuInit: " + e.resultName() + ", code " + e.result() + ")";
        };
    }

    private static String chainText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        String line = m == null ? "" : m.lines().findFirst().orElse("").strip();
        return e.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + line);
    }
}
