package parbench.opencl;

import com.aparapi.Range;

import parbench.core.Conv2d;
import parbench.core.Conv2dArgs;
import parbench.core.DeviceKernel;

/**
 * Valid-mode 2D convolution as an Aparapi kernel ({@link Conv2dAparapiKernel}): on a CPU device one
 * output row per work-item straight from global memory, elsewhere (or with a forced work-group
 * size) an input tile with halo in local memory; filter in constant memory, pinned to the OpenCL device; throws rather than let
 * Aparapi fall back to Java threads. Transfers are explicit, as described in {@link VectorAddAparapi}.
 */
public final class Conv2dAparapi extends AparapiKernel<Conv2dAparapiKernel> implements Conv2d.Device {

    private final int workGroup;
    /** Whether the row kernel runs (a CPU device and no forced work-group size), else the tiled one. */
    private final boolean rowKernel;
    /** Local tiles by filter size, so the same k reuses the same array (Aparapi keys buffers by array). */
    private float[] tile = new float[1];
    private int tileK = -1;

    /** Selects the OpenCL device; throws with the reason when Aparapi cannot run on OpenCL. */
    public Conv2dAparapi() {
        this(0);
    }

    /** With a given work-group size (0: by device type); tests use it to run GPU-shaped groups on any device. */
    Conv2dAparapi(int workGroupSize) {
        super(new Conv2dAparapiKernel(), 2);
        // At most TY work-items: the kernel has TY rows of work per group, so more would idle after
        // the barrier. Idle work-items also trigger a PoCL bug (loopvec work-group codegen with a
        // partially active group; see JuliaGPU/OpenCL.jl#460): with 32 or 64 work-items per group,
        // 37x100 k=5 came out wrong in 1 and 15 of 300 runs on a loaded machine, with 16 in 0 of 300.
        workGroup = Math.min(AparapiDevice.workGroup(device, workGroupSize), Conv2dAparapiKernel.TY);
        rowKernel = cpuForm(workGroupSize);
        // The kernel belongs to this instance and its form never changes: set once, not per pass.
        kernel.rows = rowKernel ? 1 : 0;
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        bound(image, height, width, filter, k, out).endToEnd();
    }

    /** Binds to host arrays: the device buffers are created now; upload/launch/download move and compute. */
    @Override
    public DeviceKernel bind(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        ArraysBound bound = bound(image, height, width, filter, k, out);
        bound.upload();
        return bound;
    }

    private float[] tile(int k) {
        if (k != tileK) {
            long bytes = (long) (Conv2dAparapiKernel.TY + k - 1) * (Conv2dAparapiKernel.TX + k - 1) * Float.BYTES;
            if (bytes > device.getLocalMemSize()) {
                throw new IllegalArgumentException("filter size k=" + k + " needs a " + bytes
                        + "-byte local tile, more than the device's " + device.getLocalMemSize() + " bytes");
            }
            tile = new float[(int) (bytes / Float.BYTES)];
            tileK = k;
        }
        return tile;
    }

    /** The kernel bound to the host arrays; Aparapi creates the device buffers at the first pass. */
    private ArraysBound bound(float[] image, int height, int width, float[] filter, int k, float[] out) {
        float[] localTile = tile(k);
        int groupsX = (width - k + 1 + Conv2dAparapiKernel.TX - 1) / Conv2dAparapiKernel.TX;
        int groupsY = (height - k + 1 + Conv2dAparapiKernel.TY - 1) / Conv2dAparapiKernel.TY;
        Range range = formRange(rowKernel, height - k + 1, groupsX, groupsY, workGroup);
        return new ArraysBound(transferOnly -> kernel.problem(image, height, width, filter, k, out, localTile,
                transferOnly), range, out, image, filter);
    }
}
