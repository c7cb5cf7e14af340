package parbench.opencl;

import com.aparapi.Range;
import com.aparapi.device.OpenCLDevice;

import parbench.core.DeviceKernel;
import parbench.core.VectorAdd;
import parbench.core.VectorAddArgs;

/**
 * Vector add as an Aparapi kernel ({@link VectorAddAparapiKernel}) pinned to the OpenCL device;
 * throws rather than let Aparapi fall back to Java threads.
 *
 * <p>Transfers are explicit: Aparapi keeps one device buffer per host array and reuses it while the
 * same arrays are passed again; put() only marks an array, and Aparapi copies it at the next
 * execution, so upload() runs an empty one-work-item pass to make the copy happen there and not
 * inside launch().
 */
public final class VectorAddAparapi implements VectorAdd.Device {

    /** Work-group size, as for the JOCL kernel: a multiple of GPU SIMD widths, a long vector loop on PoCL. */
    static final int WORK_GROUP = VectorAddJocl.WORK_GROUP;

    private final OpenCLDevice device;
    private final VectorAddAparapiKernel kernel = new VectorAddAparapiKernel();

    /** Selects the OpenCL device; throws with the reason when Aparapi cannot run on OpenCL. */
    public VectorAddAparapi() {
        device = AparapiDevice.select();
        AparapiDevice.pin(kernel, device);
    }

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        Bound bound = new Bound(a, b, c);
        bound.upload();
        bound.launch();
        bound.download();
    }

    /** Binds to host arrays: the device buffers are created now; upload/launch/download move and compute. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        Bound bound = new Bound(a, b, c);
        bound.upload();
        return bound;
    }

    @Override
    public void close() {
        kernel.dispose();
    }

    private final class Bound implements DeviceKernel {
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

        private void fields(int transferOnly) {
            kernel.a = a;
            kernel.b = b;
            kernel.c = c;
            kernel.offset = 0;
            kernel.transferOnly = transferOnly;
        }

        @Override
        public void upload() {
            if (a.length == 0) {
                return;
            }
            fields(1);
            kernel.put(a).put(b);
            AparapiDevice.execute(kernel, Range.create(device, 1, 1), device);
        }

        @Override
        public void launch() {
            fields(0);
            if (bulk > 0) {
                AparapiDevice.execute(kernel, Range.create(device, bulk, WORK_GROUP), device);
            }
            if (a.length > bulk) {
                kernel.offset = bulk;
                AparapiDevice.execute(kernel, Range.create(device, a.length - bulk, 1), device);
            }
        }

        @Override
        public void download() {
            if (a.length == 0) {
                return;
            }
            kernel.get(c);
        }

        /** The buffers belong to the kernel and are reused or released with it. */
        @Override
        public void close() {
        }
    }
}
