package parbench.opencl;

import java.util.function.IntConsumer;

import com.aparapi.Kernel;
import com.aparapi.Range;
import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;

import parbench.core.DeviceKernel;

/**
 * What every Aparapi kernel class shares: the Aparapi kernel pinned to the OpenCL device (selected
 * in the constructor, which throws with the reason when Aparapi cannot run on OpenCL), runs that
 * throw rather than fall back to Java threads, and the kernels bound to one problem
 * ({@link BoundKernel}).
 *
 * <p>Transfers are explicit: Aparapi keeps one device buffer per host array and reuses it while
 * the same arrays are passed again; put() only marks an array, and Aparapi copies it at the next
 * execution, so upload() runs an empty one-work-item pass to make the copy happen there and not
 * inside launch().
 *
 * @param <K> the Aparapi kernel
 */
abstract class AparapiKernel<K extends Kernel> implements AutoCloseable {

    final K kernel;
    final OpenCLDevice device;
    /** The one-work-item range of a transfer pass, in the kernel's dimensions. */
    private final Range single;

    /** @param dimensions 1 or 2, as the kernel's launch range */
    AparapiKernel(K kernel, int dimensions) {
        this.kernel = kernel;
        device = AparapiDevice.select();
        AparapiDevice.pin(kernel, device);
        single = dimensions == 1 ? Range.create(device, 1, 1) : Range.create2D(device, 1, 1, 1, 1);
    }

    /** Whether a kernel with a CPU form (Conv2d, Matmul) runs it: a CPU device and no forced work-group size. */
    final boolean cpuForm(int workGroupSize) {
        return workGroupSize == 0 && device.getType() == Device.TYPE.CPU;
    }

    /**
     * The launch range of a kernel with a CPU form: for that form one work-item per unit of rows
     * (1 x units), else groupsX x groupsY work-groups of workGroup work-items along x.
     */
    final Range formRange(boolean cpuForm, int units, int groupsX, int groupsY, int workGroup) {
        return cpuForm ? Range.create2D(device, 1, units, 1, 1)
                : Range.create2D(device, groupsX * workGroup, groupsY, workGroup, 1);
    }

    /** Runs the kernel over the range on the OpenCL device, or throws. */
    final void execute(Range range) {
        AparapiDevice.execute(kernel, range, device);
    }

    @Override
    public void close() {
        kernel.dispose();
    }

    /** A kernel bound to one problem; its device buffers belong to the Aparapi kernel and are reused or released with it. */
    abstract class BoundKernel implements DeviceKernel {

        /** Sets the kernel's fields to this problem; with transferOnly = 1 a pass only moves the put() arrays. */
        abstract void fields(int transferOnly);

        /** Marks the inputs for the next pass to copy (Kernel.put); none by default. */
        void put() {
        }

        /** The launch's range. */
        abstract Range range();

        /** A pass that moves data and computes nothing: the put() inputs in, a first use's buffers allocated. */
        final void transfer() {
            fields(1);
            put();
            execute(single);
        }

        @Override
        public void upload() {
            transfer();
        }

        @Override
        public void launch() {
            fields(0);
            execute(range());
        }

        @Override
        public final void close() {
        }
    }

    /** A bound kernel on float arrays: inputs copied in by the transfer pass, one pass over a fixed range, one output read back. */
    class ArraysBound extends BoundKernel {
        private final IntConsumer fields;
        private final Range range;
        private final float[] out;
        private final float[][] inputs;

        /**
         * @param fields sets the kernel's fields to this problem, given transferOnly
         * @param range  the launch's range
         * @param out    the output, read back by download()
         * @param inputs the inputs, marked by put() in this order
         */
        ArraysBound(IntConsumer fields, Range range, float[] out, float[]... inputs) {
            this.fields = fields;
            this.range = range;
            this.out = out;
            this.inputs = inputs;
        }

        @Override
        final void fields(int transferOnly) {
            fields.accept(transferOnly);
        }

        @Override
        final void put() {
            for (float[] in : inputs) {
                kernel.put(in);
            }
        }

        @Override
        final Range range() {
            return range;
        }

        @Override
        public void download() {
            kernel.get(out);
        }
    }
}
