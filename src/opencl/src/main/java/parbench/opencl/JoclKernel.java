package parbench.opencl;

import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_WRITE_ONLY;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jocl.Sizeof;
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

    /**
     * Other devices (GPUs): work-items per group of the tiled kernels of matmul.cl and conv2d.cl,
     * a warp, sharing the group's 32 micro-tiles (matmul) or 32 items of 1 x 32 outputs (conv2d).
     */
    static final int WORK_GROUP_OTHER = 32;

    /**
     * Work-items per group of a kernel class's tiled kernel, or 0 for its CPU scheme: 0 on a CPU
     * device unless a size is forced, else the forced size or WORK_GROUP_OTHER.
     */
    final int tiledWorkGroup(int workGroupSize) {
        boolean cpu = workGroupSize == 0 && device.info().type().equals("CPU");
        return cpu ? 0 : workGroupSize > 0 ? workGroupSize : WORK_GROUP_OTHER;
    }

    /** Runs a tiled kernel over groupsX x groupsY work-groups of workGroup work-items along x, and waits. */
    final void runTiled(cl_kernel kernel, long groupsX, long groupsY, int workGroup) {
        device.run(kernel, new long[] {groupsX * workGroup, groupsY}, new long[] {workGroup, 1});
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

    /**
     * A bound kernel whose inputs and output are float arrays of fixed lengths, copied whole: the
     * buffers are made by {@link #input} and {@link #output}, the host arrays given by {@link #host}.
     */
    abstract class ArraysBound extends BoundKernel {
        private final List<Input> inputs = new ArrayList<>();
        private cl_mem output;
        private int outputLength;
        private float[][] hostInputs;
        private float[] hostOutput;

        /** The buffer of the next input (in the order of host()), of length floats. */
        final cl_mem input(int length) {
            cl_mem m = buffer(CL_MEM_READ_ONLY, (long) length * Sizeof.cl_float);
            inputs.add(new Input(m, length));
            return m;
        }

        /** The buffer of the output, of length floats. */
        final cl_mem output(int length) {
            output = buffer(CL_MEM_WRITE_ONLY, (long) length * Sizeof.cl_float);
            outputLength = length;
            return output;
        }

        /** The host arrays of the next calls: the output, then the inputs in the order of input(). */
        final void host(float[] out, float[]... in) {
            hostOutput = out;
            hostInputs = in;
        }

        @Override
        public final void upload() {
            for (int i = 0; i < hostInputs.length; i++) {
                Input in = inputs.get(i);
                device.write(in.buffer(), hostInputs[i], in.length());
            }
        }

        @Override
        public final void download() {
            device.read(output, hostOutput, outputLength);
        }
    }

    private record Input(cl_mem buffer, int length) {
    }
}
