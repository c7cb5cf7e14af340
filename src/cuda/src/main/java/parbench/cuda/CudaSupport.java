package parbench.cuda;

import java.util.List;
import parbench.core.Availability;

/**
 * Whether the jcuda backend can run here, asked once per JVM. Never throws: a missing driver,
 * missing JCuda natives, a cuInit error or zero devices all become "unavailable: reason".
 */
public final class CudaSupport {

    private CudaSupport() {
    }

    /** Available with the device the kernels run on (device 0), or unavailable with the reason. */
    public static Availability availability() {
        return Holder.DETECTION.availability();
    }

    /** Every CUDA device the driver reports (name, compute capability, memory); empty without a driver. */
    public static List<CudaDevice> devices() {
        return Holder.DETECTION.devices();
    }

    /** Lazily, so that merely loading this class touches no native code. */
    private static final class Holder {
        static final CudaDetection DETECTION = CudaDetector.withKernelRoute(CudaDetector.detect(new JCudaDriverProbe()),
                KernelModules.resource("vector_add.ptx") != null, KernelModules::nvrtcVersion);
    }
}
