package parbench.opencl;

import static org.jocl.CL.CL_MEM_WRITE_ONLY;

import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

import parbench.core.DeviceCount;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiArgs;

/**
 * Monte Carlo pi as an OpenCL C kernel ({@code monte_carlo_pi.cl}) through JOCL: SplitMix64
 * samples exactly as {@link parbench.core.SplitMix64}, counts reduced per work-group in local
 * memory, the per-group partial counts added on the host.
 */
public final class MonteCarloPiJocl extends JoclKernel implements MonteCarloPi.Device {

    /** Work-group size, a power of two for the tree reduction; 256 vectorises well on PoCL and fills GPU SIMDs. */
    static final int WORK_GROUP = 256;
    /** Groups per compute unit: enough that the runtime can balance load, few enough that partials stay tiny. */
    static final int GROUPS_PER_COMPUTE_UNIT = 16;

    private final cl_kernel kernel;
    private final int maxGroups;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public MonteCarloPiJocl() {
        build("monte_carlo_pi.cl", "-DWG=" + WORK_GROUP);
        kernel = kernel("monte_carlo_pi");
        maxGroups = Math.max(1, device.info().computeUnits()) * GROUPS_PER_COMPUTE_UNIT;
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        Bound bound = reuse(x -> true, Bound::new);
        bound.problem(seed, samples);
        bound.endToEnd();
        return bound.count();
    }

    /** Binds to one problem: the partial-count buffer is created now; the count is read by download(). */
    @Override
    public DeviceCount bind(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        Bound bound = new Bound();
        bound.problem(seed, samples);
        return bound;
    }

    /** Groups for a problem: no more than there are samples to give each work-item one. */
    static int groups(long samples, int maxGroups) {
        long needed = (samples + WORK_GROUP - 1) / WORK_GROUP;
        return (int) Math.max(1, Math.min(maxGroups, needed));
    }

    /** The inside count: the first {@code groups} partial counts added. */
    static long sum(long[] partial, int groups) {
        long sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += partial[g];
        }
        return sum;
    }

    private final class Bound extends BoundKernel implements DeviceCount {
        final cl_mem dPartial;
        final long[] partial = new long[maxGroups];
        long seed;
        long samples;
        int groups;
        long count;

        Bound() {
            dPartial = buffer(CL_MEM_WRITE_ONLY, (long) maxGroups * Sizeof.cl_ulong);
        }

        void problem(long seed, long samples) {
            this.seed = seed;
            this.samples = samples;
            this.groups = groups(samples, maxGroups);
        }

        /** Nothing to copy: the seed and the sample count travel as kernel arguments. */
        @Override
        public void upload() {
        }

        @Override
        public void launch() {
            JoclDevice.arg(kernel, 0, seed);
            JoclDevice.arg(kernel, 1, samples);
            JoclDevice.arg(kernel, 2, dPartial);
            device.run(kernel, new long[] {(long) groups * WORK_GROUP}, new long[] {WORK_GROUP});
        }

        @Override
        public void download() {
            device.read(dPartial, partial, groups);
            count = sum(partial, groups);
        }

        @Override
        public long count() {
            return count;
        }
    }
}
