package parbench.opencl;

import static org.jocl.CL.CL_MEM_WRITE_ONLY;

import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

import parbench.core.DeviceCount;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiArgs;

/**
 * Monte Carlo pi as an OpenCL C kernel ({@code monte_carlo_pi.cl}) through JOCL: SplitMix64
 * samples exactly as {@link parbench.core.SplitMix64}, counts reduced per work-group in local
 * memory, the per-group partial counts added on the host.
 */
public final class MonteCarloPiJocl implements MonteCarloPi.Device {

    /** Work-group size, a power of two for the tree reduction; 256 vectorises well on PoCL and fills GPU SIMDs. */
    static final int WORK_GROUP = 256;
    /** Groups per compute unit: enough that the runtime can balance load, few enough that partials stay tiny. */
    static final int GROUPS_PER_COMPUTE_UNIT = 16;

    private final JoclDevice device;
    private final cl_program program;
    private final cl_kernel kernel;
    private final int maxGroups;
    private Bound cached;

    /** Opens the OpenCL device and compiles the kernel; throws with the reason when OpenCL is unavailable. */
    public MonteCarloPiJocl() {
        device = JoclDevice.open("jocl");
        program = device.build("monte_carlo_pi.cl", "-DWG=" + WORK_GROUP);
        kernel = device.kernel(program, "monte_carlo_pi");
        maxGroups = Math.max(1, device.info().computeUnits()) * GROUPS_PER_COMPUTE_UNIT;
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        if (cached == null) {
            cached = new Bound();
        }
        cached.problem(seed, samples);
        cached.upload();
        cached.launch();
        cached.download();
        return cached.count();
    }

    /** Binds to one problem: the partial-count buffer is created now; the count is read by download(). */
    @Override
    public DeviceCount bind(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        Bound bound = new Bound();
        bound.problem(seed, samples);
        return bound;
    }

    @Override
    public void close() {
        if (cached != null) {
            cached.close();
            cached = null;
        }
        JoclDevice.release(kernel);
        JoclDevice.release(program);
        device.close();
    }

    /** Groups for a problem: no more than there are samples to give each work-item one. */
    static int groups(long samples, int maxGroups) {
        long needed = (samples + WORK_GROUP - 1) / WORK_GROUP;
        return (int) Math.max(1, Math.min(maxGroups, needed));
    }

    private final class Bound implements DeviceCount {
        final cl_mem dPartial;
        final long[] partial = new long[maxGroups];
        long seed;
        long samples;
        int groups;
        long count;
        private boolean closed;

        Bound() {
            dPartial = device.buffer(CL_MEM_WRITE_ONLY, (long) maxGroups * Sizeof.cl_ulong);
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
            long sum = 0;
            for (int g = 0; g < groups; g++) {
                sum += partial[g];
            }
            count = sum;
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            JoclDevice.release(dPartial);
        }
    }
}
