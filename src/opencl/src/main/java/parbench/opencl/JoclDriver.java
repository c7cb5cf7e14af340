package parbench.opencl;

import static org.jocl.CL.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * The real {@link OpenClDriver}, through JOCL. JOCL's global exception mode is left off (other
 * code in the JVM may rely on it either way): every call's error code is checked here instead.
 */
final class JoclDriver implements OpenClDriver {

    /** ocl-icd returns this from clGetPlatformIDs when no ICD is registered. */
    static final int CL_PLATFORM_NOT_FOUND_KHR = -1001;

    @Override
    public void load() {
        // Touching CL loads JOCL's native library, which loads libOpenCL; failures are LinkageErrors.
        CL.setLogLevel(CL.LogLevel.LOG_QUIET);
        int[] n = new int[1];
        clGetPlatformIDs(0, null, n);
    }

    @Override
    public List<OpenClInfo.Platform> platforms() {
        List<OpenClInfo.Platform> result = new ArrayList<>();
        for (cl_platform_id p : platformIds()) {
            List<OpenClInfo.Device> devices = new ArrayList<>();
            for (cl_device_id d : deviceIds(p)) {
                devices.add(device(d));
            }
            result.add(new OpenClInfo.Platform(platformString(p, CL_PLATFORM_NAME), platformString(p, CL_PLATFORM_VENDOR),
                    platformString(p, CL_PLATFORM_VERSION), devices));
        }
        return result;
    }

    static cl_platform_id[] platformIds() {
        int[] n = new int[1];
        int err = clGetPlatformIDs(0, null, n);
        if (err == CL_PLATFORM_NOT_FOUND_KHR || (err == CL_SUCCESS && n[0] == 0)) {
            return new cl_platform_id[0];
        }
        check(err, "clGetPlatformIDs");
        cl_platform_id[] ids = new cl_platform_id[n[0]];
        check(clGetPlatformIDs(n[0], ids, null), "clGetPlatformIDs");
        return ids;
    }

    static cl_device_id[] deviceIds(cl_platform_id platform) {
        int[] n = new int[1];
        int err = clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, n);
        if (err == CL_DEVICE_NOT_FOUND || (err == CL_SUCCESS && n[0] == 0)) {
            return new cl_device_id[0];
        }
        check(err, "clGetDeviceIDs");
        cl_device_id[] ids = new cl_device_id[n[0]];
        check(clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, n[0], ids, null), "clGetDeviceIDs");
        return ids;
    }

    static OpenClInfo.Device device(cl_device_id d) {
        long type = deviceLong(d, CL_DEVICE_TYPE);
        String typeName = (type & CL_DEVICE_TYPE_GPU) != 0 ? "GPU"
                : (type & CL_DEVICE_TYPE_ACCELERATOR) != 0 ? "ACCELERATOR"
                : (type & CL_DEVICE_TYPE_CPU) != 0 ? "CPU" : "OTHER";
        int[] cu = new int[1];
        check(clGetDeviceInfo(d, CL_DEVICE_MAX_COMPUTE_UNITS, Sizeof.cl_uint, Pointer.to(cu), null), "clGetDeviceInfo");
        long[] wg = new long[1];
        check(clGetDeviceInfo(d, CL_DEVICE_MAX_WORK_GROUP_SIZE, Sizeof.size_t, Pointer.to(wg), null), "clGetDeviceInfo");
        return new OpenClInfo.Device(deviceString(d, CL_DEVICE_NAME), deviceString(d, CL_DEVICE_VENDOR),
                deviceString(d, CL_DEVICE_VERSION), typeName, cu[0], deviceLong(d, CL_DEVICE_GLOBAL_MEM_SIZE),
                deviceLong(d, CL_DEVICE_LOCAL_MEM_SIZE), wg[0]);
    }

    private static long deviceLong(cl_device_id d, int param) {
        long[] v = new long[1];
        check(clGetDeviceInfo(d, param, Sizeof.cl_ulong, Pointer.to(v), null), "clGetDeviceInfo");
        return v[0];
    }

    private static String deviceString(cl_device_id d, int param) {
        return infoString((size, value, sizeRet) -> clGetDeviceInfo(d, param, size, value, sizeRet), "clGetDeviceInfo");
    }

    private static String platformString(cl_platform_id p, int param) {
        return infoString((size, value, sizeRet) -> clGetPlatformInfo(p, param, size, value, sizeRet), "clGetPlatformInfo");
    }

    /** A clGet*Info call for one parameter: (value size, value, size returned). */
    private interface InfoCall {
        int get(long size, Pointer value, long[] sizeRet);
    }

    /** A string parameter: its size asked first, then its bytes. */
    private static String infoString(InfoCall call, String name) {
        long[] size = new long[1];
        check(call.get(0, null, size), name);
        byte[] buf = new byte[(int) size[0]];
        check(call.get(buf.length, Pointer.to(buf), null), name);
        return cString(buf);
    }

    private static String cString(byte[] buf) {
        int len = 0;
        while (len < buf.length && buf[len] != 0) {
            len++;
        }
        return new String(buf, 0, len, StandardCharsets.UTF_8).trim();
    }

    /** Throws with the call's name and the symbolic error code unless err is CL_SUCCESS. */
    static void check(int err, String call) {
        if (err != CL_SUCCESS) {
            throw new IllegalStateException(call + " failed: " + CL.stringFor_errorCode(err));
        }
    }
}
