package parbench.opencl;

import com.aparapi.Range;

import parbench.core.DeviceCount;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiArgs;

/**
 * Monte Carlo pi as an Aparapi kernel ({@link MonteCarloPiAparapiKernel}) with a local-memory
 * reduction per work-group, pinned to the OpenCL device; throws rather than let Aparapi fall back
 * to Java threads. Counts match {@link parbench.core.SplitMix64} exactly.
 */
public final class MonteCarloPiAparapi extends AparapiKernel<MonteCarloPiAparapiKernel> implements MonteCarloPi.Device {

    /** Work-group size, a power of two for the tree reduction (same as the JOCL kernel). */
    static final int WORK_GROUP = MonteCarloPiJocl.WORK_GROUP;

    private final int maxGroups;
    /** One partial-count array per instance, so Aparapi keeps reusing its device buffer. */
    private final long[] partial;

    /** Selects the OpenCL device; throws with the reason when Aparapi cannot run on OpenCL. */
    public MonteCarloPiAparapi() {
        super(new MonteCarloPiAparapiKernel(), 1);
        maxGroups = Math.max(1, device.getMaxComputeUnits()) * MonteCarloPiJocl.GROUPS_PER_COMPUTE_UNIT;
        partial = new long[maxGroups];
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        Bound bound = new Bound(seed, samples);
        bound.endToEnd();
        return bound.count();
    }

    /** Binds to one problem: the partial-count buffer is created now; the count is read by download(). */
    @Override
    public DeviceCount bind(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        Bound bound = new Bound(seed, samples);
        bound.transfer();
        return bound;
    }

    private final class Bound extends BoundKernel implements DeviceCount {
        final long seed;
        final long samples;
        final int groups;
        long count;

        Bound(long seed, long samples) {
            this.seed = seed;
            this.samples = samples;
            this.groups = MonteCarloPiJocl.groups(samples, maxGroups);
        }

        @Override
        void fields(int transferOnly) {
            kernel.problem(seed, samples, partial, transferOnly);
        }

        /** Nothing to copy: the seed and the sample count travel as kernel arguments. */
        @Override
        public void upload() {
        }

        @Override
        Range range() {
            return Range.create(device, groups * WORK_GROUP, WORK_GROUP);
        }

        @Override
        public void download() {
            kernel.get(partial);
            count = MonteCarloPiJocl.sum(partial, groups);
        }

        @Override
        public long count() {
            return count;
        }
    }
}
