package parbench.cuda;

import java.util.Locale;

/**
 * One CUDA device as the driver reports it.
 *
 * @param ordinal          device number for cuDeviceGet
 * @param name             marketing name, e.g. "NVIDIA A100-SXM4-40GB"
 * @param major            compute capability, major
 * @param minor            compute capability, minor
 * @param totalMemoryBytes global memory
 * @param multiprocessors  streaming multiprocessor count
 */
public record CudaDevice(int ordinal, String name, int major, int minor, long totalMemoryBytes, int multiprocessors) {

    /** Compute capability as "8.6". */
    public String computeCapability() {
        return major + "." + minor;
    }

    /** One line for reports: {@code 0: NVIDIA T4 (compute 7.5, 15.6 GiB, 40 SMs)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%d: %s (compute %s, %.1f GiB, %d SMs)", ordinal, name,
                computeCapability(), totalMemoryBytes / (1024.0 * 1024 * 1024), multiprocessors);
    }
}
