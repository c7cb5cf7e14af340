package parbench.distributed;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiArgs;
import parbench.core.MonteCarloPiSerial;
import parbench.core.SplitMix64;

/**
 * Monte Carlo pi on Hazelcast: the sample range is cut into one contiguous range per worker slot,
 * each task counts its range with the serial loop on its member, and the host adds the counts.
 * Sample i depends only on (seed, i), so the count equals every other backend's.
 */
public final class MonteCarloPiHazelcast extends HazelcastKernel implements MonteCarloPi {

    /** Embedded member or the cluster named by the system properties; see {@link Settings}. */
    public MonteCarloPiHazelcast(int threads) {
        this(threads, Settings.fromSystemProperties());
    }

    public MonteCarloPiHazelcast(int threads, Settings settings) {
        super(threads, settings);
    }

    @Override
    public long countInside(long seed, long samples) {
        MonteCarloPiArgs.check(samples);
        int parts = engine.parallelism();
        List<Range> tasks = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            tasks.add(new Range(seed, Split.start(samples, parts, i), Split.start(samples, parts, i + 1)));
        }
        long count = 0;
        for (long c : engine.run(tasks)) {
            count += c;
        }
        return count;
    }

    /** Counts samples [from, to): the serial kernel over a shifted seed, since sample i uses seed + (i+1)·γ. */
    record Range(long seed, long from, long to) implements Callable<Long>, Serializable {
        @Override
        public Long call() {
            return new MonteCarloPiSerial().countInside(seed + from * SplitMix64.GOLDEN_GAMMA, to - from);
        }
    }
}
