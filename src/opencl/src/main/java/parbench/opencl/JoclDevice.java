package parbench.opencl;

import static org.jocl.CL.*;
import static parbench.opencl.JoclDriver.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;
import org.jocl.cl_buffer_region;

/**
 * One OpenCL context and in-order command queue on the device {@link OpenClDetection} chose,
 * owned by one JOCL backend instance. Every call's error code is checked; failures throw with the
 * OpenCL call and error name (and the build log for compile errors).
 *
 * <p>Transfers of float arrays of at least {@link #SPLIT_COPY_BYTES} are split in two halves,
 * each a sub-buffer, moved at the same time by this thread on the main queue and by one copier
 * thread on a second queue. PoCL performs a transfer as one memcpy on the calling thread, so one
 * thread moves ~16 GB/s and two cores move more: measured on this project's 2-core machine
 * (JDK 17, 16 MiB): write 0.96 -> 0.61 ms, read 1.24 -> 0.74 ms. End-to-end times still include
 * every byte moved; only the copy uses both cores, as a host program on a CPU device would.
 */
final class JoclDevice implements AutoCloseable {

    /**
     * Transfers at least this big are split over two threads. Not swept: 1 MiB takes ~60 us to copy
     * at the ~16 GB/s of one thread, the same order as handing work to a parked thread, so below it
     * a split cannot win much; the measured gains above are for 16 MiB.
     */
    static final long SPLIT_COPY_BYTES = 1 << 20;

    private final cl_device_id device;
    private final OpenClInfo.Device info;
    private final cl_context context;
    private final cl_command_queue queue;
    /** Second queue and its thread, for the upper half of big transfers. */
    private final cl_command_queue second;
    private final ExecutorService copier;
    /** CL_DEVICE_MEM_BASE_ADDR_ALIGN in bytes: sub-buffer origins must be multiples of it. */
    private final long baseAlign;

    private JoclDevice(cl_device_id device, OpenClInfo.Device info, cl_context context, cl_command_queue queue,
                       cl_command_queue second) {
        this.device = device;
        this.info = info;
        this.context = context;
        this.queue = queue;
        this.second = second;
        this.copier = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parbench-jocl-copy");
            t.setDaemon(true);
            return t;
        });
        int[] bits = new int[1];
        check(clGetDeviceInfo(device, CL_DEVICE_MEM_BASE_ADDR_ALIGN, Sizeof.cl_uint, Pointer.to(bits), null),
                "clGetDeviceInfo(CL_DEVICE_MEM_BASE_ADDR_ALIGN)");
        this.baseAlign = Math.max(1, bits[0] / 8);
    }

    /** Opens the chosen device, or throws naming the backend and the reason OpenCL is unavailable. */
    static JoclDevice open(String backend) {
        OpenClDetection det = OpenClDetection.detect(new JoclDriver());
        if (!det.available()) {
            throw new IllegalStateException(backend + " is unavailable: " + det.reason());
        }
        cl_platform_id platform = JoclDriver.platformIds()[det.platformIndex()];
        cl_device_id device = JoclDriver.deviceIds(platform)[det.deviceIndex()];
        cl_context_properties props = new cl_context_properties();
        props.addProperty(CL_CONTEXT_PLATFORM, platform);
        int[] err = new int[1];
        cl_context context = clCreateContext(props, 1, new cl_device_id[] {device}, null, null, err);
        check(err[0], "clCreateContext");
        cl_command_queue queue = clCreateCommandQueue(context, device, 0, err);
        if (err[0] != CL_SUCCESS) {
            clReleaseContext(context);
            check(err[0], "clCreateCommandQueue");
        }
        cl_command_queue second = clCreateCommandQueue(context, device, 0, err);
        if (err[0] != CL_SUCCESS) {
            clReleaseCommandQueue(queue);
            clReleaseContext(context);
            check(err[0], "clCreateCommandQueue");
        }
        return new JoclDevice(device, det.device(), context, queue, second);
    }

    OpenClInfo.Device info() {
        return info;
    }

    /** CL_DEVICE_PREFERRED_VECTOR_WIDTH_FLOAT: floats per vector the device's compiler prefers (16 on AVX-512 CPUs). */
    int preferredFloatWidth() {
        int[] v = new int[1];
        check(clGetDeviceInfo(device, CL_DEVICE_PREFERRED_VECTOR_WIDTH_FLOAT, Sizeof.cl_uint, Pointer.to(v), null),
                "clGetDeviceInfo(CL_DEVICE_PREFERRED_VECTOR_WIDTH_FLOAT)");
        return v[0];
    }

    /** CL_DEVICE_MAX_CONSTANT_BUFFER_SIZE: the largest __constant argument. */
    long maxConstantBufferBytes() {
        long[] v = new long[1];
        check(clGetDeviceInfo(device, CL_DEVICE_MAX_CONSTANT_BUFFER_SIZE, Sizeof.cl_ulong, Pointer.to(v), null),
                "clGetDeviceInfo");
        return v[0];
    }

    /** Compiles an OpenCL C source from the class path (parbench/opencl/NAME) with build options. */
    cl_program build(String resource, String options) {
        String source = readResource(resource);
        int[] err = new int[1];
        cl_program program = clCreateProgramWithSource(context, 1, new String[] {source}, null, err);
        check(err[0], "clCreateProgramWithSource(" + resource + ")");
        int built = clBuildProgram(program, 1, new cl_device_id[] {device}, options, null, null);
        if (built != CL_SUCCESS) {
            String log = buildLog(program);
            clReleaseProgram(program);
            throw new IllegalStateException("clBuildProgram(" + resource + ", \"" + options + "\") failed: "
                    + stringFor_errorCode(built) + System.lineSeparator() + log);
        }
        return program;
    }

    cl_kernel kernel(cl_program program, String name) {
        int[] err = new int[1];
        cl_kernel k = clCreateKernel(program, name, err);
        check(err[0], "clCreateKernel(" + name + ")");
        return k;
    }

    cl_mem buffer(long flags, long bytes) {
        int[] err = new int[1];
        // A zero-sized buffer is an OpenCL error; one spare element keeps n = 0 legal.
        cl_mem m = clCreateBuffer(context, flags, Math.max(bytes, 4), null, err);
        check(err[0], "clCreateBuffer(" + bytes + " bytes)");
        return m;
    }

    /** Copies host[0, length) to the start of buffer and waits; big copies in two halves at once. */
    void write(cl_mem buffer, float[] host, int length) {
        transfer(buffer, host, length, true);
    }

    /** Waits for the queue's work, then copies the start of buffer into host[0, length). */
    void read(cl_mem buffer, float[] host, int length) {
        finish(); // the second queue does not wait for kernels on the first
        transfer(buffer, host, length, false);
    }

    private void transfer(cl_mem buffer, float[] host, int length, boolean write) {
        long bytes = (long) length * Sizeof.cl_float;
        if (length <= 0) {
            return;
        }
        long split = bytes / 2 / baseAlign * baseAlign;
        if (bytes < SPLIT_COPY_BYTES || split == 0) {
            copy(queue, buffer, 0, bytes, Pointer.to(host), write);
            return;
        }
        cl_mem low = subBuffer(buffer, 0, split);
        cl_mem high = null;
        try {
            high = subBuffer(buffer, split, bytes - split);
            cl_mem upper = high;
            Future<?> other = copier.submit(() -> copy(second, upper, 0, bytes - split,
                    Pointer.to(host).withByteOffset(split), write));
            try {
                copy(queue, low, 0, split, Pointer.to(host), write);
            } finally {
                await(other);
            }
        } finally {
            release(low);
            if (high != null) {
                release(high);
            }
        }
    }

    private static void copy(cl_command_queue q, cl_mem m, long offset, long bytes, Pointer host, boolean write) {
        if (write) {
            check(clEnqueueWriteBuffer(q, m, CL_TRUE, offset, bytes, host, 0, null, null), "clEnqueueWriteBuffer");
        } else {
            check(clEnqueueReadBuffer(q, m, CL_TRUE, offset, bytes, host, 0, null, null), "clEnqueueReadBuffer");
        }
    }

    private cl_mem subBuffer(cl_mem buffer, long origin, long bytes) {
        int[] err = new int[1];
        cl_mem m = clCreateSubBuffer(buffer, 0, CL_BUFFER_CREATE_TYPE_REGION, new cl_buffer_region(origin, bytes), err);
        check(err[0], "clCreateSubBuffer(" + origin + ", " + bytes + ")");
        return m;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while copying", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    void read(cl_mem buffer, long[] host, int length) {
        if (length > 0) {
            check(clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, (long) length * Sizeof.cl_ulong, Pointer.to(host),
                    0, null, null), "clEnqueueReadBuffer");
        }
    }

    /** Enqueues an NDRange and waits for it: launch() times the kernel alone. */
    void run(cl_kernel kernel, long[] global, long[] local) {
        enqueue(kernel, null, global, local);
        finish();
    }

    /** Enqueues an NDRange (offset may be null) without waiting. */
    void enqueue(cl_kernel kernel, long[] offset, long[] global, long[] local) {
        check(clEnqueueNDRangeKernel(queue, kernel, global.length, offset, global, local, 0, null, null),
                "clEnqueueNDRangeKernel");
    }

    void finish() {
        check(clFinish(queue), "clFinish");
    }

    static void arg(cl_kernel k, int index, cl_mem m) {
        check(clSetKernelArg(k, index, Sizeof.cl_mem, Pointer.to(m)), "clSetKernelArg(" + index + ")");
    }

    static void arg(cl_kernel k, int index, int v) {
        check(clSetKernelArg(k, index, Sizeof.cl_int, Pointer.to(new int[] {v})), "clSetKernelArg(" + index + ")");
    }

    static void arg(cl_kernel k, int index, long v) {
        check(clSetKernelArg(k, index, Sizeof.cl_long, Pointer.to(new long[] {v})), "clSetKernelArg(" + index + ")");
    }

    /** A __local buffer argument of the given size, allocated per work-group by the runtime. */
    static void localArg(cl_kernel k, int index, long bytes) {
        check(clSetKernelArg(k, index, bytes, null), "clSetKernelArg(" + index + ", local " + bytes + " bytes)");
    }

    static void release(cl_mem m) {
        if (m != null) {
            clReleaseMemObject(m);
        }
    }

    static void release(cl_kernel k) {
        if (k != null) {
            clReleaseKernel(k);
        }
    }

    static void release(cl_program p) {
        if (p != null) {
            clReleaseProgram(p);
        }
    }

    /** Rounds n up to a multiple of m (m > 0); at least m, so that an empty range still launches legally. */
    static long roundUp(long n, long m) {
        return Math.max(m, (n + m - 1) / m * m);
    }

    private String buildLog(cl_program program) {
        long[] size = new long[1];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
        byte[] buf = new byte[(int) size[0]];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, buf.length, Pointer.to(buf), null);
        return new String(buf, StandardCharsets.UTF_8).trim();
    }

    private static String readResource(String name) {
        String path = "/parbench/opencl/" + name;
        try (InputStream in = JoclDevice.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("OpenCL source " + path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenCL source " + path, e);
        }
    }

    @Override
    public void close() {
        copier.shutdownNow();
        clReleaseCommandQueue(second);
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
    }
}
