package parbench.opencl;

import static org.jocl.CL.CL_MEM_READ_WRITE;

import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

import parbench.core.DeviceKernel;
import parbench.core.Matmul;

/**
 * Dense matmul as OpenCL C kernels ({@code matmul.cl}) through JOCL. On CPU devices
 * {@code pack_b} (B into 16-wide panels, part of every launch) and {@code matmul_packed} (a BLIS
 * loop nest with a 4 x 16 float8 micro-kernel, A and the panels read from global memory); the
 * local-memory tiled kernel spent ~80 % of its time copying tiles on PoCL. On other devices
 * {@code matmul}: local-memory tiles, register-blocked, WORK_GROUP_OTHER work-items per group.
 */
public final class MatmulJocl extends JoclKernel implements Matmul.Device {

    /**
     * CPU devices (PoCL): rows of C per work-item of matmul_packed (a multiple of 4): 16
     * work-items at n = 1024. The MC x KC block of A (128 KiB) stays in L2 while every packed B
     * panel slice is swept over it; 64 was the fastest of 32, 64, 128 (sweep:
     * docs/measurements/2026-12-07-kernel-constants-notes.md).
     */
    static final int MC = 64;
    /** CPU devices: depth of a k slice; a KC x 16 slice of a packed B panel is 32 KiB (see MC for the sweep). */
    static final int KC = 512;

    /** Other devices (GPUs): rows and columns of C per work-group, 32 micro-tiles of 4 x 16 to share among a warp. */
    static final int TM = 32;
    static final int TN = 64;
    /** Other devices: k-depth of a local tile: A 32 x 64 + B 64 x 64 + C 32 x 64 floats = 32 KiB of local memory. */
    static final int TK = 64;

    private final cl_kernel kernel;
    /** CPU scheme only (else null): packs B into 16-wide panels before matmul_packed runs. */
    private final cl_kernel packB;
    /** Work-items per group of the tiled kernel; 0 for the CPU scheme. */
    private final int workGroup;
    /** The CPU scheme's block sizes (MC and KC unless chosen for a sweep). */
    private final int mc;
    private final int kc;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public MatmulJocl() {
        this(0, MC, KC);
    }

    /**
     * With explicit block sizes for the CPU kernels, for sweeps ({@code MatmulTuningBenchmark}).
     *
     * @param mc rows of C per work-item (a multiple of 4)
     * @param kc depth of a k slice (>= 1)
     */
    public MatmulJocl(int mc, int kc) {
        this(0, checkMc(mc), checkKc(kc));
    }

    private static int checkMc(int mc) {
        if (mc < 4 || mc % 4 != 0) {
            throw new IllegalArgumentException("mc must be a positive multiple of 4, got " + mc);
        }
        return mc;
    }

    private static int checkKc(int kc) {
        if (kc < 1) {
            throw new IllegalArgumentException("kc must be >= 1, got " + kc);
        }
        return kc;
    }

    /**
     * With a given work-group size for the tiled local-memory kernel, or 0: by device type (CPU
     * devices run the packed kernels, others the tiled kernel with WORK_GROUP_OTHER). Tests use
     * it to run the GPU-shaped kernel on any device.
     */
    MatmulJocl(int workGroupSize) {
        this(workGroupSize, MC, KC);
    }

    private MatmulJocl(int workGroupSize, int mc, int kc) {
        this.mc = mc;
        this.kc = kc;
        workGroup = tiledWorkGroup(workGroupSize);
        boolean cpu = workGroup == 0;
        build("matmul.cl", "-cl-mad-enable -DWG=" + Math.max(1, workGroup) + " -DTM=" + TM
                + " -DTN=" + TN + " -DTK=" + TK + " -DMC=" + mc + " -DKC=" + kc);
        kernel = kernel(cpu ? "matmul_packed" : "matmul");
        packB = cpu ? kernel("pack_b") : null;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        Checks.matmul(a, b, c, n);
        Bound bound = reuse(x -> x.n == n, () -> new Bound(n));
        bound.host(c, a, b);
        bound.endToEnd();
    }

    /** Binds to host arrays: device buffers are created now; upload/launch/download move and compute. */
    @Override
    public DeviceKernel bind(float[] a, float[] b, float[] c, int n) {
        Checks.matmul(a, b, c, n);
        Bound bound = new Bound(n);
        bound.host(c, a, b);
        return bound;
    }

    /** Width of a packed B panel (two float8), as NR in matmul.cl. */
    static final int NR = 16;

    static long panels(int n) {
        return (n + NR - 1) / NR;
    }

    private final class Bound extends ArraysBound {
        final int n;
        final cl_mem da;
        final cl_mem db;
        final cl_mem dc;
        /** Packed B panels (CPU scheme), else null. */
        final cl_mem dbp;

        Bound(int n) {
            this.n = n;
            da = input(n * n);
            db = input(n * n);
            dc = output(n * n);
            dbp = packB == null ? null
                    : buffer(CL_MEM_READ_WRITE, (long) n * panels(n) * NR * Sizeof.cl_float);
        }

        @Override
        public void launch() {
            if (packB != null) {
                JoclDevice.arg(packB, 0, db);
                JoclDevice.arg(packB, 1, dbp);
                JoclDevice.arg(packB, 2, n);
                device.enqueue(packB, null, new long[] {panels(n), (n + kc - 1) / kc}, new long[] {1, 1});
                JoclDevice.arg(kernel, 0, da);
                JoclDevice.arg(kernel, 1, dbp);
                JoclDevice.arg(kernel, 2, dc);
                JoclDevice.arg(kernel, 3, n);
                device.run(kernel, new long[] {(n + mc - 1) / mc}, new long[] {1});
                return;
            }
            JoclDevice.arg(kernel, 0, da);
            JoclDevice.arg(kernel, 1, db);
            JoclDevice.arg(kernel, 2, dc);
            JoclDevice.arg(kernel, 3, n);
            long groupsX = (n + TN - 1) / TN;
            long groupsY = (n + TM - 1) / TM;
            runTiled(kernel, groupsX, groupsY, workGroup);
        }
    }
}
