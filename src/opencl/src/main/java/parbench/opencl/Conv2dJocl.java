package parbench.opencl;

import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_WRITE_ONLY;

import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

import parbench.core.Conv2d;
import parbench.core.DeviceKernel;

/**
 * Valid-mode 2D convolution as an OpenCL C kernel ({@code conv2d.cl}) through JOCL: input tiles
 * with their halo in local memory, the filter in constant memory.
 */
public final class Conv2dJocl implements Conv2d {

    /** Output columns and rows per work-group (fixed in conv2d.cl). */
    static final int TX = 64;
    static final int TY = 16;
    /**
     * Work-items per group. On a CPU device one: PoCL runs the group as plain code on one core
     * (with more, it interleaves the work-items around every loop and keeps sums in memory).
     * On a GPU 32 work-items, a warp, share the group's 32 items of 1 x 32 outputs.
     */
    static final int WORK_GROUP_CPU = 1;
    static final int WORK_GROUP_OTHER = 32;

    private final JoclDevice device;
    private final cl_program program;
    private final cl_kernel kernel;
    private final int workGroup;
    private Bound cached;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public Conv2dJocl() {
        this(0);
    }

    /** With a given work-group size (0: by device type); tests use it to run the GPU-shaped groups on any device. */
    Conv2dJocl(int workGroupSize) {
        device = JoclDevice.open("jocl");
        workGroup = workGroupSize > 0 ? workGroupSize
                : device.info().type().equals("CPU") ? WORK_GROUP_CPU : WORK_GROUP_OTHER;
        program = device.build("conv2d.cl", "-DWG=" + workGroup);
        kernel = device.kernel(program, "conv2d");
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Checks.conv2d(image, height, width, filter, k, out);
        if (cached == null || cached.height != height || cached.width != width || cached.k != k) {
            if (cached != null) {
                cached.close();
            }
            cached = new Bound(height, width, k);
        }
        cached.host(image, filter, out);
        cached.upload();
        cached.launch();
        cached.download();
    }

    /** Binds to host arrays: device buffers are created now; upload/launch/download move and compute. */
    public DeviceKernel bind(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Checks.conv2d(image, height, width, filter, k, out);
        Bound bound = new Bound(height, width, k);
        bound.host(image, filter, out);
        return bound;
    }

    @Override
    public void close() {
        if (cached != null) {
            cached.close();
            cached = null;
        }
        JoclDevice.release(kernel);
        JoclDevice.release(program);
        device.close();
    }

    private final class Bound implements DeviceKernel {
        final int height;
        final int width;
        final int k;
        final int outLength;
        final long tileBytes;
        final cl_mem dImage;
        final cl_mem dFilter;
        final cl_mem dOut;
        float[] image;
        float[] filter;
        float[] out;
        private boolean closed;

        Bound(int height, int width, int k) {
            this.height = height;
            this.width = width;
            this.k = k;
            this.outLength = (height - k + 1) * (width - k + 1);
            this.tileBytes = (long) (TY + k - 1) * (TX + k - 1) * Sizeof.cl_float;
            if (tileBytes > device.info().localMemBytes()) {
                throw new IllegalArgumentException("filter size k=" + k + " needs a " + tileBytes
                        + "-byte local tile, more than the device's " + device.info().localMemBytes() + " bytes");
            }
            long filterBytes = (long) k * k * Sizeof.cl_float;
            if (filterBytes > device.maxConstantBufferBytes()) {
                throw new IllegalArgumentException("filter size k=" + k + " needs " + filterBytes
                        + " bytes of constant memory, more than the device's " + device.maxConstantBufferBytes());
            }
            dImage = device.buffer(CL_MEM_READ_ONLY, (long) height * width * Sizeof.cl_float);
            dFilter = device.buffer(CL_MEM_READ_ONLY, filterBytes);
            dOut = device.buffer(CL_MEM_WRITE_ONLY, (long) outLength * Sizeof.cl_float);
        }

        void host(float[] image, float[] filter, float[] out) {
            this.image = image;
            this.filter = filter;
            this.out = out;
        }

        @Override
        public void upload() {
            device.write(dImage, image, height * width);
            device.write(dFilter, filter, k * k);
        }

        @Override
        public void launch() {
            JoclDevice.arg(kernel, 0, dImage);
            JoclDevice.arg(kernel, 1, height);
            JoclDevice.arg(kernel, 2, width);
            JoclDevice.arg(kernel, 3, dFilter);
            JoclDevice.arg(kernel, 4, k);
            JoclDevice.arg(kernel, 5, dOut);
            JoclDevice.localArg(kernel, 6, tileBytes);
            long groupsX = (width - k + 1 + TX - 1) / TX;
            long groupsY = (height - k + 1 + TY - 1) / TY;
            device.run(kernel, new long[] {groupsX * workGroup, groupsY}, new long[] {workGroup, 1});
        }

        @Override
        public void download() {
            device.read(dOut, out, outLength);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            JoclDevice.release(dImage);
            JoclDevice.release(dFilter);
            JoclDevice.release(dOut);
        }
    }
}
