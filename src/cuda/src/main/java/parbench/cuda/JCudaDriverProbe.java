package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDeviceTotalMem;
import static jcuda.driver.JCudaDriver.cuInit;

import java.nio.charset.StandardCharsets;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;

/**
 * Asks the real driver through JCuda. The first call loads JCuda's native library, which needs
 * libcuda.so from the NVIDIA driver: without it this throws UnsatisfiedLinkError, and every later
 * call NoClassDefFoundError; {@link CudaDetector} turns both into a reason.
 */
final class JCudaDriverProbe implements CudaDriverProbe {

    @Override
    public void init() {
        Cu.check(cuInit(0), "cuInit");
    }

    @Override
    public int deviceCount() {
        int[] count = new int[1];
        Cu.check(cuDeviceGetCount(count), "cuDeviceGetCount");
        return count[0];
    }

    @Override
    public CudaDevice device(int ordinal) {
        CUdevice device = new CUdevice();
        Cu.check(cuDeviceGet(device, ordinal), "cuDeviceGet");
        byte[] name = new byte[256];
        Cu.check(cuDeviceGetName(name, name.length, device), "cuDeviceGetName");
        int len = 0;
        while (len < name.length && name[len] != 0) {
            len++;
        }
        long[] memory = new long[1];
        Cu.check(cuDeviceTotalMem(memory, device), "cuDeviceTotalMem");
        return new CudaDevice(ordinal, new String(name, 0, len, StandardCharsets.UTF_8),
                attribute(device, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR),
                attribute(device, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR),
                memory[0],
                attribute(device, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT));
    }

    private static int attribute(CUdevice device, int attribute) {
        int[] value = new int[1];
        Cu.check(cuDeviceGetAttribute(value, attribute, device), "cuDeviceGetAttribute");
        return value[0];
    }
}
