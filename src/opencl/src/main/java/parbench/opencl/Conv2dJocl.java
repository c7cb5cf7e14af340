package parbench.opencl;

import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

import parbench.core.Conv2d;
import parbench.core.Conv2dArgs;
import parbench.core.DeviceKernel;

/**
 * Valid-mode 2D convolution as an OpenCL C kernel ({@code conv2d.cl}) through JOCL, the filter in
 * constant memory. On CPU devices {@code conv2d_rows}: bands of output rows per work-item, in
 * R x V float8 register blocks that read the image straight from global memory (the tiled kernel
 * spent ~70 % of its time filling its local tile on PoCL). On other devices {@code conv2d}: input
 * tiles with their halo in local memory, WORK_GROUP_OTHER work-items per group.
 */
public final class Conv2dJocl extends JoclKernel implements Conv2d.Device {

    /**
     * CPU devices: a register block of conv2d_rows is R output rows x V float8 (3 x 16 outputs):
     * 6 accumulators + a 6-vector window of input rows + 1 tap = 13 of the 16 AVX2 registers, 6
     * independent FMA chains; the generated code (PoCL 3.1, objdump) has no spills, and it was the
     * fastest block of the sweep (docs/measurements/2026-12-07-kernel-constants-notes.md).
     */
    static final int R = 3;
    static final int V = 2;
    /**
     * CPU devices whose compiler prefers 16 floats per vector (AVX-512): R x V float16. The float8
     * block above issues 256-bit FMAs there, half the peak; 3x2 has the fewest registers of the
     * blocks that measured alike (sweep: docs/measurements/2026-12-07-kernel-constants-notes.md).
     */
    static final int R16 = 3;
    static final int V16 = 2;
    /**
     * CPU devices: output rows per work-item (the last one also takes the remainder), 64 work-items
     * for a 2048-row image; 32 and 64 measured alike, 16 slower (sweep: see R).
     */
    static final int BAND = 32;

    /** Other devices (GPUs): output columns and rows per work-group; the k = 5 halo adds (16+4)(64+4)/(16*64) = 1.3x tile loads. */
    static final int TX = 64;
    static final int TY = 16;

    private final cl_kernel kernel;
    /** Work-items per group of the tiled kernel; 0 for the CPU kernel conv2d_rows. */
    private final int workGroup;
    /** The CPU kernel's rows per work-item (BAND unless chosen for a sweep). */
    private final int band;
    /** Floats per vector of the CPU kernel: 4, 8 or 16. */
    private final int vw;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public Conv2dJocl() {
        this(0, 0, 0, 0, BAND);
    }

    /**
     * With an explicit register block and band for the CPU kernel, for sweeps ({@code Conv2dTuningBenchmark}).
     *
     * @param r    output rows of a register block (>= 1), or 0 for the width's default
     * @param v    vectors of a register block (>= 1), or 0 for the width's default
     * @param vw   floats per vector: 4, 8 or 16, or 0 for the device's preferred width
     * @param band output rows per work-item (>= r)
     */
    public Conv2dJocl(int r, int v, int vw, int band) {
        this(0, check("r", r, 0), check("v", v, 0), checkWidth(vw), check("band", band, Math.max(1, r)));
    }

    private static int checkWidth(int vw) {
        if (vw != 0 && vw != 4 && vw != 8 && vw != 16) {
            throw new IllegalArgumentException("vector width must be 0 (the device's), 4, 8 or 16, got " + vw);
        }
        return vw;
    }

    /** The vector width for a device's preferred float width: the widest of 16, 8, 4 it reaches. */
    static int widthFor(int preferred) {
        return preferred >= 16 ? 16 : preferred >= 8 ? 8 : 4;
    }

    private static int check(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * With a given work-group size for the tiled local-memory kernel, or 0: by device type (CPU
     * devices run conv2d_rows, others the tiled kernel with WORK_GROUP_OTHER). Tests use it to run
     * the GPU-shaped kernel on any device.
     */
    Conv2dJocl(int workGroupSize) {
        this(workGroupSize, 0, 0, 0, BAND);
    }

    /** r, v, vw = 0: the defaults for the device's preferred vector width. */
    private Conv2dJocl(int workGroupSize, int r, int v, int vw, int band) {
        this.band = band;
        workGroup = tiledWorkGroup(workGroupSize);
        boolean cpu = workGroup == 0;
        this.vw = vw > 0 ? vw : widthFor(device.preferredFloatWidth());
        int rr = r > 0 ? r : this.vw == 16 ? R16 : R;
        int vv = v > 0 ? v : this.vw == 16 ? V16 : V;
        if (band < rr) {
            device.close();
            throw new IllegalArgumentException("band must be >= the block's rows r=" + rr + ", got " + band);
        }
        build("conv2d.cl", "-cl-mad-enable -DWG=" + Math.max(1, workGroup) + " -DTX=" + TX
                + " -DTY=" + TY + " -DR=" + rr + " -DV=" + vv + " -DVW=" + this.vw + " -DBAND=" + band);
        kernel = kernel(cpu ? "conv2d_rows" : "conv2d");
    }

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        Bound bound = reuse(x -> x.height == height && x.width == width && x.k == k,
                () -> new Bound(height, width, k));
        bound.host(out, image, filter);
        bound.endToEnd();
    }

    /** Binds to host arrays: device buffers are created now; upload/launch/download move and compute. */
    @Override
    public DeviceKernel bind(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        Bound bound = new Bound(height, width, k);
        bound.host(out, image, filter);
        return bound;
    }

    private final class Bound extends ArraysBound {
        final int height;
        final int width;
        final int k;
        final long tileBytes;
        final cl_mem dImage;
        final cl_mem dFilter;
        final cl_mem dOut;

        Bound(int height, int width, int k) {
            this.height = height;
            this.width = width;
            this.k = k;
            this.tileBytes = workGroup == 0 ? 0 : (long) (TY + k - 1) * (TX + k - 1) * Sizeof.cl_float;
            if (tileBytes > device.info().localMemBytes()) {
                throw new IllegalArgumentException("filter size k=" + k + " needs a " + tileBytes
                        + "-byte local tile, more than the device's " + device.info().localMemBytes() + " bytes");
            }
            long filterBytes = (long) k * k * Sizeof.cl_float;
            if (filterBytes > device.maxConstantBufferBytes()) {
                throw new IllegalArgumentException("filter size k=" + k + " needs " + filterBytes
                        + " bytes of constant memory, more than the device's " + device.maxConstantBufferBytes());
            }
            dImage = input(height * width);
            dFilter = input(k * k);
            dOut = output((height - k + 1) * (width - k + 1));
        }

        @Override
        public void launch() {
            JoclDevice.arg(kernel, 0, dImage);
            JoclDevice.arg(kernel, 1, height);
            JoclDevice.arg(kernel, 2, width);
            JoclDevice.arg(kernel, 3, dFilter);
            JoclDevice.arg(kernel, 4, k);
            JoclDevice.arg(kernel, 5, dOut);
            int oh = height - k + 1;
            if (workGroup == 0) {
                device.run(kernel, new long[] {Math.max(1, oh / band)}, new long[] {1});
                return;
            }
            JoclDevice.localArg(kernel, 6, tileBytes);
            long groupsX = (width - k + 1 + TX - 1) / TX;
            long groupsY = (oh + TY - 1) / TY;
            runTiled(kernel, groupsX, groupsY, workGroup);
        }
    }
}
