package parbench.opencl;

import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_WRITE_ONLY;

import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

import parbench.core.DeviceKernel;
import parbench.core.Matmul;

/** Dense matmul as a local-memory tiled, register-blocked OpenCL C kernel ({@code matmul.cl}) through JOCL. */
public final class MatmulJocl implements Matmul {

    /** Rows and columns of C per work-group (fixed in matmul.cl). */
    static final int TM = 32;
    static final int TN = 64;
    /** k-depth of a tile: A 32 x 64 + B 64 x 64 + C 32 x 64 floats = 32 KiB, one L1 data cache. */
    static final int TK = 64;
    /**
     * Work-items per group. On a CPU device one: PoCL runs the group as plain code on one core
     * (with more, it interleaves the work-items around every loop and keeps accumulators in
     * memory). On a GPU 32 work-items, a warp, share the group's 32 micro-tiles.
     */
    static final int WORK_GROUP_CPU = 1;
    static final int WORK_GROUP_OTHER = 32;

    private final JoclDevice device;
    private final cl_program program;
    private final cl_kernel kernel;
    private final int workGroup;
    private Bound cached;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public MatmulJocl() {
        this(0);
    }

    /** With a given work-group size (0: by device type); tests use it to run the GPU-shaped groups on any device. */
    MatmulJocl(int workGroupSize) {
        device = JoclDevice.open("jocl");
        workGroup = workGroupSize > 0 ? workGroupSize
                : device.info().type().equals("CPU") ? WORK_GROUP_CPU : WORK_GROUP_OTHER;
        program = device.build("matmul.cl", "-DWG=" + workGroup + " -DTK=" + TK);
        kernel = device.kernel(program, "matmul");
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        Checks.matmul(a, b, c, n);
        if (cached == null || cached.n != n) {
            if (cached != null) {
                cached.close();
            }
            cached = new Bound(n);
        }
        cached.host(a, b, c);
        cached.upload();
        cached.launch();
        cached.download();
    }

    /** Binds to host arrays: device buffers are created now; upload/launch/download move and compute. */
    public DeviceKernel bind(float[] a, float[] b, float[] c, int n) {
        Checks.matmul(a, b, c, n);
        Bound bound = new Bound(n);
        bound.host(a, b, c);
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
        final int n;
        final cl_mem da;
        final cl_mem db;
        final cl_mem dc;
        float[] a;
        float[] b;
        float[] c;
        private boolean closed;

        Bound(int n) {
            this.n = n;
            long bytes = (long) n * n * Sizeof.cl_float;
            da = device.buffer(CL_MEM_READ_ONLY, bytes);
            db = device.buffer(CL_MEM_READ_ONLY, bytes);
            dc = device.buffer(CL_MEM_WRITE_ONLY, bytes);
        }

        void host(float[] a, float[] b, float[] c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }

        @Override
        public void upload() {
            device.write(da, a, n * n);
            device.write(db, b, n * n);
        }

        @Override
        public void launch() {
            JoclDevice.arg(kernel, 0, da);
            JoclDevice.arg(kernel, 1, db);
            JoclDevice.arg(kernel, 2, dc);
            JoclDevice.arg(kernel, 3, n);
            long groupsX = (n + TN - 1) / TN;
            long groupsY = (n + TM - 1) / TM;
            device.run(kernel, new long[] {groupsX * workGroup, groupsY}, new long[] {workGroup, 1});
        }

        @Override
        public void download() {
            device.read(dc, c, n * n);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            JoclDevice.release(da);
            JoclDevice.release(db);
            JoclDevice.release(dc);
        }
    }
}
