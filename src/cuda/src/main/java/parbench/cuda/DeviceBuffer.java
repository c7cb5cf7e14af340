package parbench.cuda;

import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;

import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;

/** A device allocation that grows on demand and is reused, so repeated calls do not re-allocate. */
final class DeviceBuffer implements AutoCloseable {

    private final CUdeviceptr pointer = new CUdeviceptr();
    private long capacity;

    /** Makes room for at least {@code bytes}; the old contents are not kept. */
    DeviceBuffer ensure(long bytes) {
        if (bytes > capacity) {
            close();
            // cuMemAlloc rejects 0 bytes; a tiny buffer keeps empty problems valid.
            long size = Math.max(bytes, 8);
            Cu.check(cuMemAlloc(pointer, size), "cuMemAlloc(" + size + " bytes)");
            capacity = size;
        }
        return this;
    }

    CUdeviceptr pointer() {
        return pointer;
    }

    void upload(float[] host, long count) {
        if (count > 0) {
            Cu.check(cuMemcpyHtoD(pointer, Pointer.to(host), count * Float.BYTES), "cuMemcpyHtoD");
        }
    }

    void download(float[] host, long count) {
        if (count > 0) {
            Cu.check(cuMemcpyDtoH(Pointer.to(host), pointer, count * Float.BYTES), "cuMemcpyDtoH");
        }
    }

    @Override
    public void close() {
        if (capacity > 0) {
            capacity = 0;
            Cu.check(cuMemFree(pointer), "cuMemFree");
        }
    }
}
