package parbench.cuda;

/**
 * The three questions detection asks the CUDA driver. The real implementation is
 * {@link JCudaDriverProbe}; tests feed {@link CudaDetector} fakes that fail the way JCuda does.
 * Any method may throw {@link LinkageError} (JCuda natives or libcuda missing) or
 * {@link CudaCallException} (the driver answered with an error code).
 */
public interface CudaDriverProbe {

    /** Initialises the driver (cuInit). */
    void init();

    /** Number of CUDA devices (cuDeviceGetCount). */
    int deviceCount();

    /** Properties of device {@code ordinal}. */
    CudaDevice device(int ordinal);
}
