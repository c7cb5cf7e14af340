package parbench.opencl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import parbench.core.Availability;

/**
 * The OpenCL platforms and devices of this machine, for a {@code doctor} command and for
 * {@code environment.json}. {@link #probe()} never throws: when OpenCL cannot be queried the
 * result is empty and {@link #problem()} says why.
 *
 * @param platforms the platforms with their devices, in ICD order
 * @param problem   why the list is empty or incomplete, or null when the query succeeded
 */
public record OpenClInfo(List<Platform> platforms, String problem) {

    /** One OpenCL platform (an installed ICD) and its devices. */
    public record Platform(String name, String vendor, String version, List<Device> devices) {
        public Platform {
            devices = List.copyOf(devices);
        }
    }

    /**
     * One OpenCL device.
     *
     * @param type             CPU, GPU, ACCELERATOR or OTHER
     * @param globalMemBytes   CL_DEVICE_GLOBAL_MEM_SIZE
     * @param localMemBytes    CL_DEVICE_LOCAL_MEM_SIZE
     * @param maxWorkGroupSize CL_DEVICE_MAX_WORK_GROUP_SIZE
     */
    public record Device(String name, String vendor, String version, String type, int computeUnits,
                         long globalMemBytes, long localMemBytes, long maxWorkGroupSize) {

        /** One line: name, type, compute units and memory sizes. */
        public String summary() {
            return String.format(Locale.ROOT, "%s (%s, %d compute units, %d MiB global memory)",
                    name, type, computeUnits, globalMemBytes >> 20);
        }
    }

    public OpenClInfo {
        platforms = List.copyOf(platforms);
    }

    /** Queries the real system through JOCL. Never throws. */
    public static OpenClInfo probe() {
        return probe(new JoclDriver());
    }

    /** Queries through the given driver. Never throws. */
    static OpenClInfo probe(OpenClDriver driver) {
        OpenClDetection d = OpenClDetection.detect(driver);
        return new OpenClInfo(d.platforms(), d.available() ? null : d.reason());
    }

    /** Availability of OpenCL as a whole: the device the OpenCL backends would use, or why none. */
    public static Availability availability() {
        return OpenClDetection.detect(new JoclDriver()).availability();
    }

    /** Human-readable lines: one per platform, then one per device with all its figures. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (problem != null) {
            lines.add("OpenCL: " + problem);
        }
        for (int p = 0; p < platforms.size(); p++) {
            Platform pl = platforms.get(p);
            lines.add(String.format(Locale.ROOT, "platform %d: %s | %s | %s", p, pl.name(), pl.vendor(), pl.version()));
            for (int i = 0; i < pl.devices().size(); i++) {
                Device d = pl.devices().get(i);
                lines.add(String.format(Locale.ROOT,
                        "  device %d: %s | %s | %s | %s | %d compute units | global %d MiB | local %d KiB | max work-group %d",
                        i, d.name(), d.vendor(), d.version(), d.type(), d.computeUnits(),
                        d.globalMemBytes() >> 20, d.localMemBytes() >> 10, d.maxWorkGroupSize()));
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), describe());
    }
}
