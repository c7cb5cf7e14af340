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

    private final class Bound extends BoundKernel {
        final float[] a;
        final float[] b;
        final float[] c;
        final int bulk;

        Bound(float[] a, float[] b, float[] c) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.bulk = a.length / WORK_GROUP * WORK_GROUP;
        }

        @Override
        void fields(int transferOnly) {
            kernel.a = a;
            kernel.b = b;
            kernel.c = c;
            kernel.offset = 0;
            kernel.transferOnly = transferOnly;
        }

        @Override
        void put() {
            kernel.put(a).put(b);
        }

        /** The bulk: whole work-groups; the tail goes in a second pass, see launch(). */
        @Override
        Range range() {
            return Range.create(device, bulk, WORK_GROUP);
        }

        @Override
        public void upload() {
            if (a.length > 0) {
                transfer();
            }
        }

        @Override
        public void launch() {
            fields(0);
            if (bulk > 0) {
                execute(range());
            }
            if (a.length > bulk) {
                kernel.offset = bulk;
                execute(Range.create(device, a.length - bulk, 1));
            }
        }

        @Override
        public void download() {
            if (a.length == 0) {
                return;
            }
            kernel.get(c);
        }
    }
}
