package parbench.opencl;

import org.jocl.cl_kernel;
import org.jocl.cl_mem;

import parbench.core.DeviceKernel;
import parbench.core.VectorAdd;
import parbench.core.VectorAddArgs;

/** Vector add as a hand-written OpenCL C kernel ({@code vector_add.cl}) through JOCL. */
public final class VectorAddJocl extends JoclKernel implements VectorAdd.Device {

    /**
     * Work-group size. 256 is a multiple of every GPU's SIMD width, and on PoCL's CPU device a
     * group is one vectorised loop of 256 iterations, long enough to amortise group dispatch.
     */
    static final int WORK_GROUP = 256;

    private final cl_kernel kernel;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public VectorAddJocl() {
        build("vector_add.cl", "");
        kernel = kernel("vector_add");
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        Bound bound = reuse(x -> x.n == a.length, () -> new Bound(a.length));
        bound.host(c, a, b);
        bound.endToEnd();
    }

    /** Binds to host arrays: device buffers are created now; upload/launch/download move and compute. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        Bound bound = new Bound(a.length);
        bound.host(c, a, b);
        return bound;
    }

    private final class Bound extends ArraysBound {
        final int n;
        final cl_mem da;
        final cl_mem db;
        final cl_mem dc;

        Bound(int n) {
            this.n = n;
            da = input(n);
            db = input(n);
            dc = output(n);
        }

        @Override
        public void launch() {
            JoclDevice.arg(kernel, 0, da);
            JoclDevice.arg(kernel, 1, db);
            JoclDevice.arg(kernel, 2, dc);
            long bulk = (long) n / WORK_GROUP * WORK_GROUP;
            if (bulk > 0) {
                device.enqueue(kernel, null, new long[] {bulk}, new long[] {WORK_GROUP});
            }
            if (n > bulk) {
                device.enqueue(kernel, new long[] {bulk}, new long[] {n - bulk}, new long[] {1});
            }
            device.finish();
        }
    }
}
