package parbench.cuda;

import jcuda.Pointer;
import jcuda.driver.CUfunction;

/**
 * What the jcuda kernels on two float inputs and one float output share ({@code vector_add.cu},
 * {@code matmul.cu}): a function of (a, b, c, n) named as its module, the end-to-end buffers for
 * a, b and c, and the copies of a bound kernel ({@link AbcBound}); each subclass launches.
 */
abstract class AbcJcudaKernel extends JcudaKernel {

    final CUfunction kernel;
    private final DeviceBuffer a = sharedBuffer();
    private final DeviceBuffer b = sharedBuffer();
    private final DeviceBuffer c = sharedBuffer();

    /** @param name the module and its function */
    AbcJcudaKernel(String name) {
        kernel = context.function(name, name);
    }

    /** Bound to host arrays a, b (in) and c (out), all of one length (the callers check it). */
    abstract class AbcBound extends BoundKernel {
        private final float[] ha;
        private final float[] hb;
        private final float[] hc;
        /** The kernel's n argument. */
        final int n;
        private final DeviceBuffer da;
        private final DeviceBuffer db;
        private final DeviceBuffer dc;

        AbcBound(float[] ha, float[] hb, float[] hc, int n, boolean owned) {
            super(owned);
            this.ha = ha;
            this.hb = hb;
            this.hc = hc;
            this.n = n;
            long bytes = (long) hc.length * Float.BYTES;
            this.da = buffer(a, bytes);
            this.db = buffer(b, bytes);
            this.dc = buffer(c, bytes);
        }

        @Override
        final void copyIn() {
            da.upload(ha, ha.length);
            db.upload(hb, hb.length);
        }

        /** The kernel's parameters: (a, b, c, n). */
        final Pointer params() {
            return Pointer.to(Pointer.to(da.pointer()), Pointer.to(db.pointer()), Pointer.to(dc.pointer()),
                    Pointer.to(new int[] {n}));
        }

        @Override
        final void copyOut() {
            dc.download(hc, hc.length);
        }
    }
}
