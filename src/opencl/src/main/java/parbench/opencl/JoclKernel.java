package parbench.opencl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

import parbench.core.DeviceKernel;

/**
 * What every JOCL kernel class shares: the device (opened in the constructor, which throws with
 * the reason when OpenCL is unavailable), its program and kernels, released with the instance,
 * and the kernels bound to one problem ({@link BoundKernel}), which own their device buffers. The
 * end-to-end call reuses one bound kernel while the problem's shape stays the same; {@code bind}
 * makes a new one per problem.
 */
abstract class JoclKernel implements AutoCloseable {

    final JoclDevice device;
    private cl_program program;
    private final List<cl_kernel> kernels = new ArrayList<>();
    /** The bound kernel of the end-to-end calls, or null before the first. */
    private BoundKernel cached;

    JoclKernel() {
        device = JoclDevice.open("jocl");
    }

    /** Compiles the class's OpenCL C resource; called once, by the constructor. */
    final void build(String resource, String options) {
        program = device.build(resource, options);
    }

    /** A kernel of the program, released with the instance. */
    final cl_kernel kernel(String name) {
        cl_kernel k = device.kernel(program, name);
        kernels.add(k);
        return k;
    }

    /** The bound kernel for an end-to-end call: the last one while it {@code fits}, else a new one. */
    @SuppressWarnings("unchecked") // every subclass caches bound kernels of one class only
    final <B extends BoundKernel> B reuse(Predicate<B> fits, Supplier<B> create) {
        if (cached == null || !fits.test((B) cached)) {
            if (cached != null) {
                cached.close();
            }
            cached = create.get();
        }
        return (B) cached;
    }

    @Override
    public void close() {
        if (cached != null) {
            cached.close();
            cached = null;
        }
        for (cl_kernel k : kernels) {
            JoclDevice.release(k);
        }
        JoclDevice.release(program);
        device.close();
    }

    /** A kernel bound to one problem: its device buffers are made by {@link #buffer} and released once, by close(). */
    abstract class BoundKernel implements DeviceKernel {
        private final List<cl_mem> buffers = new ArrayList<>();
        private boolean closed;

        final cl_mem buffer(long flags, long bytes) {
            cl_mem m = device.buffer(flags, bytes);
            buffers.add(m);
            return m;
        }

        @Override
        public final void close() {
            if (closed) {
                return;
            }
            closed = true;
            for (cl_mem m : buffers) {
                JoclDevice.release(m);
            }
        }
    }
}
