package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleGetGlobal;

import java.util.HashMap;
import java.util.Map;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import parbench.core.Availability;

/**
 * The one CUDA context of this JVM: the primary context of device 0, shared by every jcuda kernel
 * (as the CUDA runtime API shares it), with the loaded modules cached by name. It is retained for
 * the life of the JVM; the driver releases it at exit. Every entry point makes it current on the
 * calling thread, because JMH may set up and measure on different threads.
 */
final class CudaContext {

    private static CudaContext shared;

    private final CUcontext context = new CUcontext();
    private final CudaDevice device;
    private final Map<String, CUmodule> modules = new HashMap<>();
    private final Map<String, String> origins = new HashMap<>();

    private CudaContext(CudaDevice device) {
        this.device = device;
        CUdevice handle = new CUdevice();
        Cu.check(cuDeviceGet(handle, device.ordinal()), "cuDeviceGet");
        Cu.check(cuDevicePrimaryCtxRetain(context, handle), "cuDevicePrimaryCtxRetain");
        makeCurrent();
    }

    /**
     * The shared context, current on this thread.
     *
     * @throws IllegalStateException carrying the availability reason when the backend is unavailable
     */
    static synchronized CudaContext acquire() {
        requireAvailable(CudaSupport.availability());
        if (shared == null) {
            shared = new CudaContext(CudaSupport.devices().get(0));
        }
        shared.makeCurrent();
        return shared;
    }

    /** Rejects an unavailable backend with its reason instead of letting a raw LinkageError escape. */
    static void requireAvailable(Availability availability) {
        if (!availability.available()) {
            throw new IllegalStateException("jcuda backend unavailable: " + availability.detail());
        }
    }

    void makeCurrent() {
        Cu.check(cuCtxSetCurrent(context), "cuCtxSetCurrent");
    }

    void synchronize() {
        Cu.check(cuCtxSynchronize(), "cuCtxSynchronize");
    }

    CudaDevice device() {
        return device;
    }

    /** A kernel entry point of a module (module = the .cu file name without extension). */
    synchronized CUfunction function(String module, String kernel) {
        CUfunction f = new CUfunction();
        Cu.check(cuModuleGetFunction(f, module(module), kernel), "cuModuleGetFunction(" + kernel + ")");
        return f;
    }

    /** The device address of a {@code __constant__} or {@code __device__} variable of a module. */
    synchronized CUdeviceptr global(String module, String symbol, long minBytes) {
        CUdeviceptr p = new CUdeviceptr();
        long[] bytes = new long[1];
        Cu.check(cuModuleGetGlobal(p, bytes, module(module), symbol), "cuModuleGetGlobal(" + symbol + ")");
        if (bytes[0] < minBytes) {
            throw new IllegalStateException(symbol + " in " + module + " has " + bytes[0] + " bytes, need " + minBytes);
        }
        return p;
    }

    /** How a module was built: "nvcc PTX" or "NVRTC ..." (null when not loaded yet). */
    synchronized String origin(String module) {
        return origins.get(module);
    }

    private CUmodule module(String name) {
        CUmodule m = modules.get(name);
        if (m == null) {
            KernelModules.Loaded loaded = KernelModules.load(name, device);
            m = loaded.module();
            modules.put(name, m);
            origins.put(name, loaded.origin());
        }
        return m;
    }
}
