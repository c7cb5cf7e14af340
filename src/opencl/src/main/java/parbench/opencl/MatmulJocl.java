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

    /** Work-group width = columns of C per group = k-step of a tile: 32 covers a warp and four AVX2 vectors. */
    static final int TN = 32;
    /** Work-group height: 4 x 32 = 128 work-items, small enough for every device's group limit. */
    static final int LY = 4;
    /** Rows of C per work-item, held in registers: each B element loaded from local memory feeds RM FMAs. */
    static final int RM = 8;
    /** Rows of C per work-group. */
    static final int TM = LY * RM;

    private final JoclDevice device;
    private final cl_program program;
    private final cl_kernel kernel;
    private Bound cached;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public MatmulJocl() {
        device = JoclDevice.open("jocl");
        program = device.build("matmul.cl", "-DTN=" + TN + " -DLY=" + LY + " -DRM=" + RM + " -DTK=" + TN);
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
            device.run(kernel, new long[] {groupsX * TN, groupsY * LY}, new long[] {TN, LY});
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
