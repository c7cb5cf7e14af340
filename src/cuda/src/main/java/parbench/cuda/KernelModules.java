package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuModuleLoadData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jcuda.driver.CUmodule;
import jcuda.driver.CUresult;
import jcuda.nvrtc.JNvrtc;
import jcuda.nvrtc.nvrtcProgram;
import jcuda.nvrtc.nvrtcResult;

/**
 * Loads a kernel module: the PTX that nvcc built into the jar when it can, otherwise the CUDA C
 * source from the jar compiled at run time by NVRTC. NVRTC is used when the build had no nvcc,
 * when the device is older than the PTX's virtual architecture, and when the driver is older than
 * the nvcc that wrote the PTX (CUDA_ERROR_UNSUPPORTED_PTX_VERSION). Both paths compile the same
 * source, so the results do not depend on the path; the path taken is recorded as the origin.
 */
final class KernelModules {

    /** Where the resources live on the class path. */
    static final String RESOURCE_DIR = "parbench/cuda/";
    /** The virtual architecture of the nvcc PTX, as major*10+minor (see cuda.ptx.arch in the pom). */
    static final int PTX_ARCH = 75;
    /** Newest virtual architecture every NVRTC 12.x knows; newer GPUs JIT its PTX. */
    static final int NVRTC_MAX_ARCH = 90;

    record Loaded(CUmodule module, String origin) {
    }

    private KernelModules() {
    }

    static Loaded load(String name, CudaDevice device) {
        int arch = device.major() * 10 + device.minor();
        byte[] ptx = resource(name + ".ptx");
        String why;
        if (ptx == null) {
            why = "no nvcc PTX in the jar";
        } else if (arch < PTX_ARCH) {
            why = "device compute " + device.computeCapability() + " is older than the PTX's compute_" + PTX_ARCH;
        } else {
            CUmodule module = new CUmodule();
            int r = cuModuleLoadData(module, nulTerminated(ptx));
            if (r == CUresult.CUDA_SUCCESS) {
                return new Loaded(module, "nvcc PTX compute_" + PTX_ARCH);
            }
            if (r != CUresult.CUDA_ERROR_UNSUPPORTED_PTX_VERSION) {
                Cu.check(r, "cuModuleLoadData(" + name + ".ptx)");
            }
            why = "driver older than the nvcc that wrote the PTX";
        }
        byte[] source = resource(name + ".cu");
        if (source == null) {
            throw new IllegalStateException("no PTX and no CUDA source for module " + name + " under " + RESOURCE_DIR
                    + " on the class path");
        }
        String nvrtcArch = "compute_" + Math.min(arch, NVRTC_MAX_ARCH);
        String compiled = compileWithNvrtc(new String(source, StandardCharsets.UTF_8), name + ".cu", nvrtcArch, why);
        CUmodule module = new CUmodule();
        Cu.check(cuModuleLoadData(module, nulTerminated(compiled.getBytes(StandardCharsets.UTF_8))),
                "cuModuleLoadData(" + name + ", NVRTC)");
        return new Loaded(module, "NVRTC " + nvrtcArch + " (" + why + ")");
    }

    private static String compileWithNvrtc(String source, String fileName, String arch, String why) {
        try {
            nvrtcProgram program = new nvrtcProgram();
            nvrtcCheck(JNvrtc.nvrtcCreateProgram(program, source, fileName, 0, null, null), "nvrtcCreateProgram");
            try {
                String[] options = {"--gpu-architecture=" + arch, "-std=c++17"};
                int r = JNvrtc.nvrtcCompileProgram(program, options.length, options);
                if (r != nvrtcResult.NVRTC_SUCCESS) {
                    String[] log = new String[1];
                    JNvrtc.nvrtcGetProgramLog(program, log);
                    throw new IllegalStateException("NVRTC could not compile " + fileName + " for " + arch + ": "
                            + nvrtcResult.stringFor(r) + "\n" + log[0]);
                }
                String[] ptx = new String[1];
                nvrtcCheck(JNvrtc.nvrtcGetPTX(program, ptx), "nvrtcGetPTX");
                return ptx[0];
            } finally {
                JNvrtc.nvrtcDestroyProgram(program);
            }
        } catch (LinkageError e) {
            throw new IllegalStateException("cannot build " + fileName + ": " + why + ", and NVRTC is not available"
                    + " (libnvrtc.so.12 of the CUDA 12 toolkit not found): " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** NVRTC's version as "major.minor"; throws LinkageError when libnvrtc cannot be loaded. */
    static String nvrtcVersion() {
        int[] major = new int[1];
        int[] minor = new int[1];
        nvrtcCheck(JNvrtc.nvrtcVersion(major, minor), "nvrtcVersion");
        return major[0] + "." + minor[0];
    }

    private static void nvrtcCheck(int result, String call) {
        if (result != nvrtcResult.NVRTC_SUCCESS) {
            throw new CudaCallException(call, result, nvrtcResult.stringFor(result));
        }
    }

    /** A resource under {@link #RESOURCE_DIR}, or null when absent. */
    static byte[] resource(String fileName) {
        try (InputStream in = KernelModules.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + fileName)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE_DIR + fileName, e);
        }
    }

    /** cuModuleLoadData reads a NUL-terminated image. */
    private static byte[] nulTerminated(byte[] ptx) {
        return Arrays.copyOf(ptx, ptx.length + 1);
    }
}
