package parbench.opencl;

import parbench.core.Availability;

/**
 * Whether the aparapi backend can run here: the OpenCL device it would be pinned to, or why not.
 * Aparapi's Java thread pool does not count as available. Never throws.
 */
public final class AparapiSupport {

    private AparapiSupport() {
    }

    public static Availability availability() {
        Availability opencl = JoclSupport.availability();
        if (!opencl.available()) {
            return opencl;
        }
        String problem;
        try {
            problem = AparapiDevice.problem();
        } catch (RuntimeException | LinkageError e) {
            problem = "Aparapi failed to initialise: " + e;
        }
        return problem == null ? Availability.available(opencl.detail() + " via Aparapi OpenCL")
                : Availability.unavailable(problem);
    }
}
