package parbench.opencl;

import com.aparapi.Range;

import parbench.core.DeviceKernel;
import parbench.core.VectorAdd;
import parbench.core.VectorAddArgs;

/**
 * Vector add as an Aparapi kernel ({@link VectorAddAparapiKernel}) pinned to the OpenCL device;
 * throws rather than let Aparapi fall back to Java threads. Transfers are explicit, as described in
 * {@link AparapiKernel}.
 */
public final class VectorAddAparapi extends AparapiKernel<VectorAddAparapiKernel> implements VectorAdd.Device {

    /** Work-group size, as for the JOCL kernel: a multiple of GPU SIMD widths, a long vector loop on PoCL. */
    static final int WORK_GROUP = VectorAddJocl.WORK_GROUP;

    /** Selects the OpenCL device; throws with the reason when Aparapi cannot run on OpenCL. */
    public VectorAddAparapi() {
        super(new VectorAddAparapiKernel(), 1);
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        new Bound(a, b, c).endToEnd();
    }

    /** Binds to host arrays: the device buffers are created now; upload/launch/download move and compute. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        Bound bound = new Bound(a, b, c);
        bound.upload();
        return bound;
    }

    private final class Bound extends ArraysBound {
        final int length;
        final int bulk;

        /** No fixed range: launch() runs the bulk in whole work-groups, then the tail. */
        Bound(float[] a, float[] b, float[] c) {
            super(transferOnly -> kernel.problem(a, b, c, transferOnly), null, c, a, b);
            this.length = a.length;
            this.bulk = length / WORK_GROUP * WORK_GROUP;
        }

        @Override
        public void upload() {
            if (length > 0) {
                transfer();
            }
        }

        @Override
        public void launch() {
            fields(0);
            if (bulk > 0) {
                execute(Range.create(device, bulk, WORK_GROUP));
            }
            if (length > bulk) {
                kernel.offset = bulk;
                execute(Range.create(device, length - bulk, 1));
            }
        }

        @Override
        public void download() {
            if (length > 0) {
                super.download();
            }
        }
    }
}
