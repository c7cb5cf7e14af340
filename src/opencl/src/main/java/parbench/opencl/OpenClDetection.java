package parbench.opencl;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import parbench.core.Availability;

/**
 * Turns what an {@link OpenClDriver} reports into a chosen device or a reason a person can act on.
 * Both OpenCL backends use this, so Aparapi and JOCL always run on the same device.
 *
 * <p>Device choice: the system property {@value #DEVICE_PROPERTY} (a case-insensitive substring of
 * the device name) when set; otherwise the first GPU, then the first accelerator, then the first
 * CPU device, in platform order.
 */
final class OpenClDetection {

    /** System property that picks a device by (part of) its name. */
    static final String DEVICE_PROPERTY = "parbench.opencl.device";

    static final String INSTALL_HINT = "install ocl-icd-libopencl1 and an ICD such as pocl-opencl-icd";

    private final List<OpenClInfo.Platform> platforms;
    private final int platformIndex;
    private final int deviceIndex;
    private final String reason;

    private OpenClDetection(List<OpenClInfo.Platform> platforms, int platformIndex, int deviceIndex, String reason) {
        this.platforms = platforms;
        this.platformIndex = platformIndex;
        this.deviceIndex = deviceIndex;
        this.reason = reason;
    }

    /** Asks the driver; never throws. */
    static OpenClDetection detect(OpenClDriver driver) {
        return detect(driver, System.getProperty(DEVICE_PROPERTY));
    }

    static OpenClDetection detect(OpenClDriver driver, String wanted) {
        try {
            driver.load();
        } catch (LinkageError e) {
            return failed(List.of(), "no OpenCL library could be loaded (" + e.getMessage() + "): " + INSTALL_HINT);
        } catch (RuntimeException e) {
            return failed(List.of(), "OpenCL could not be initialised (" + e.getMessage() + "): " + INSTALL_HINT);
        }
        List<OpenClInfo.Platform> platforms;
        try {
            platforms = List.copyOf(driver.platforms());
        } catch (LinkageError e) {
            return failed(List.of(), "the OpenCL library failed when queried (" + e.getMessage() + "): " + INSTALL_HINT);
        } catch (RuntimeException e) {
            return failed(List.of(), "querying OpenCL platforms failed: " + e.getMessage());
        }
        if (platforms.isEmpty()) {
            return failed(platforms, "the OpenCL ICD loader found no platform: install an ICD such as pocl-opencl-icd"
                    + " (or a GPU vendor's OpenCL driver); registered ICDs are listed in /etc/OpenCL/vendors/");
        }
        if (platforms.stream().allMatch(p -> p.devices().isEmpty())) {
            return failed(platforms, "OpenCL platform(s) " + platforms.stream().map(p -> "'" + p.name() + "'")
                    .collect(Collectors.joining(", ")) + " report no device: check the ICD's driver"
                    + " (for PoCL: the pocl-opencl-icd package and a supported CPU)");
        }
        if (wanted != null && !wanted.isBlank()) {
            String w = wanted.toLowerCase(Locale.ROOT);
            for (int p = 0; p < platforms.size(); p++) {
                List<OpenClInfo.Device> ds = platforms.get(p).devices();
                for (int d = 0; d < ds.size(); d++) {
                    if (ds.get(d).name().toLowerCase(Locale.ROOT).contains(w)) {
                        return new OpenClDetection(platforms, p, d, null);
                    }
                }
            }
            return failed(platforms, "no OpenCL device name contains '" + wanted + "' (system property "
                    + DEVICE_PROPERTY + "); devices: " + platforms.stream().flatMap(p -> p.devices().stream())
                    .map(OpenClInfo.Device::name).collect(Collectors.joining(", ")));
        }
        for (String type : List.of("GPU", "ACCELERATOR", "CPU")) {
            for (int p = 0; p < platforms.size(); p++) {
                List<OpenClInfo.Device> ds = platforms.get(p).devices();
                for (int d = 0; d < ds.size(); d++) {
                    if (ds.get(d).type().equals(type)) {
                        return new OpenClDetection(platforms, p, d, null);
                    }
                }
            }
        }
        for (int p = 0; p < platforms.size(); p++) {
            if (!platforms.get(p).devices().isEmpty()) {
                return new OpenClDetection(platforms, p, 0, null);
            }
        }
        throw new AssertionError("unreachable: some platform has a device");
    }

    private static OpenClDetection failed(List<OpenClInfo.Platform> platforms, String reason) {
        return new OpenClDetection(platforms, -1, -1, reason);
    }

    boolean available() {
        return reason == null;
    }

    List<OpenClInfo.Platform> platforms() {
        return platforms;
    }

    /** Why no device can be used; null when one was chosen. */
    String reason() {
        return reason;
    }

    int platformIndex() {
        return platformIndex;
    }

    int deviceIndex() {
        return deviceIndex;
    }

    /** The chosen device; only when {@link #available()}. */
    OpenClInfo.Device device() {
        if (!available()) {
            throw new IllegalStateException("OpenCL unavailable: " + reason);
        }
        return platforms.get(platformIndex).devices().get(deviceIndex);
    }

    String platformName() {
        return platforms.get(platformIndex).name();
    }

    Availability availability() {
        return available()
                ? Availability.available(device().summary() + " on platform '" + platformName() + "'")
                : Availability.unavailable(reason);
    }
}
