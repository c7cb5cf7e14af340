package parbench.opencl;

import parbench.core.Availability;

/** Whether the jocl backend can run here: the OpenCL device it would use, or why not. Never throws. */
public final class JoclSupport {

    private JoclSupport() {
    }

    public static Availability availability() {
        return availability(new JoclDriver());
    }

    static Availability availability(OpenClDriver driver) {
        try {
            return OpenClDetection.detect(driver).availability();
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable("OpenCL detection failed: " + e);
        }
    }
}
