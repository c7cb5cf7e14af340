package parbench.opencl;

import com.aparapi.Range;

import parbench.core.DeviceKernel;
import parbench.core.Matmul;

/**
 * Dense matmul as an Aparapi kernel ({@link MatmulAparapiKernel}): on a CPU device strips of four
 * rows of C per work-item from global memory, elsewhere (or with a forced work-group size)
 * local-memory tiles; pinned
 * to the OpenCL device; throws rather than let Aparapi fall back to Java threads. Transfers are
 * explicit, as described in {@link VectorAddAparapi}.
 */
public final class MatmulAparapi extends AparapiKernel<MatmulAparapiKernel> implements Matmul.Device {

    private final int workGroup;
    /** Whether the strip kernel runs (a CPU device and no forced work-group size), else the tiled one. */
    private final boolean stripKernel;

    /** Selects the OpenCL device; throws with the reason when Aparapi cannot run on OpenCL. */
    public MatmulAparapi() {
        this(0);
    }

    /** With a given work-group size (0: by device type); tests use it to run GPU-shaped groups on any device. */
    MatmulAparapi(int workGroupSize) {
        super(new MatmulAparapiKernel(), 2);
        workGroup = AparapiDevice.workGroup(device, workGroupSize);
        stripKernel = cpuForm(workGroupSize);
        // The kernel belongs to this instance and its form never changes: set once, not per pass.
        kernel.rows = stripKernel ? 1 : 0;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        Checks.matmul(a, b, c, n);
        bound(a, b, c, n).endToEnd();
    }

    /** Binds to host arrays: the device buffers are created now; upload/launch/download move and compute. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c, int n) {
        Checks.matmul(a, b, c, n);
        ArraysBound bound = bound(a, b, c, n);
        bound.upload();
        return bound;
    }

    /** The kernel bound to the host arrays; Aparapi creates the device buffers at the first pass. */
    private ArraysBound bound(float[] a, float[] b, float[] c, int n) {
        int groupsX = (n + MatmulAparapiKernel.TN - 1) / MatmulAparapiKernel.TN;
        int groupsY = (n + MatmulAparapiKernel.TM - 1) / MatmulAparapiKernel.TM;
        int strips = (n + MatmulAparapiKernel.STRIP - 1) / MatmulAparapiKernel.STRIP;
        Range range = formRange(stripKernel, Math.max(1, strips), groupsX, groupsY, workGroup);
        return new ArraysBound(transferOnly -> kernel.problem(a, b, c, n, transferOnly), range, c, a, b);
    }
}
