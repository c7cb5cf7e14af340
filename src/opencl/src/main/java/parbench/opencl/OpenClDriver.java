package parbench.opencl;

import java.util.List;

/**
 * The three questions OpenCL detection asks of the system, kept behind an interface so that the
 * detection logic can be tested with fakes (no library, no platform, no device) without
 * uninstalling anything. {@link JoclDriver} is the real implementation.
 */
public interface OpenClDriver {

    /**
     * Loads the OpenCL ICD loader (libOpenCL) and the binding's native code.
     *
     * @throws LinkageError when a native library cannot be loaded
     */
    void load();

    /** The platforms the ICD loader reports; empty when no ICD is registered. */
    List<OpenClInfo.Platform> platforms();
}
