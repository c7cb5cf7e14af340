package parbench.plot.analysis;

import java.util.List;
import parbench.plot.analysis.checks.MachineNoise;
import parbench.plot.model.Environment;
import parbench.plot.stats.Sample;

/**
 * The 95 % interval of a result's time that a re-run would see (Kalibera &amp; Jones's levels: forks,
 * and the run around them). Two parts, added in quadrature:
 * <ul>
 *   <li>forks: t(n−1)·s/√n over the fork means, where s is never taken below the spread of fork means
 *       this run's machine shows for its results in general (three forks that happen to agree do not
 *       make an interval the machine cannot support);</li>
 *   <li>the run: forks of one run share minutes of machine state that a re-run does not; the
 *       one-thread calibration measured at the start and at the end of the run (fma_peak for compute,
 *       stream_add for memory-bound results) moved by d, so a minutes-scale SD of about d/√2.</li>
 * </ul>
 * On 8 same-build runs of 2026-12-07 (Zen 5, docs/measurements/2026-12-07-after.md) the forks' t
 * interval alone held the many-run mean in 82 % of runs; both parts together in 94 %.
 * Ratios of results (speedups) do not get the run part: it falls on both of them alike.
 */
public final class TimeIntervals {

    private final MachineNoise noise;
    private final double fmaDrift;
    private final double streamDrift;

    private TimeIntervals(MachineNoise noise, double fmaDrift, double streamDrift) {
        this.noise = noise;
        this.fmaDrift = fmaDrift;
        this.streamDrift = streamDrift;
    }

    public static TimeIntervals of(List<Measured> measured, Environment env) {
        double fma = 0;
        double stream = 0;
        if (env != null && env.driftStart() != null && env.driftEnd() != null) {
            fma = change(env.driftStart().fmaPeakGflops(), env.driftEnd().fmaPeakGflops());
            stream = change(env.driftStart().streamAddGBps(), env.driftEnd().streamAddGBps());
        }
        return new TimeIntervals(MachineNoise.of(measured), fma, stream);
    }

    private static double change(double start, double end) {
        double d = Math.abs(end / start - 1);
        return Double.isFinite(d) ? d : 0;
    }

    /** The half-width in the result's own unit; NaN with fewer than two forks. */
    public double halfWidth(Measured m) {
        Sample s = m.nativeSample();
        double mean = Math.abs(s.mean());
        if (s.n() < 2 || !(mean > 0)) {
            return Double.NaN;
        }
        double rsd = Math.sqrt(s.variance()) / mean;
        if (noise.known()) {
            rsd = Math.max(rsd, noise.betweenForkRsd());
        }
        double forks = Sample.tQuantile(s.n() - 1) * rsd / Math.sqrt(s.n());
        double run = 1.96 * runDrift(m) / Math.sqrt(2);
        return mean * Math.hypot(forks, run);
    }

    /** The run's drift that applies to this result: stream_add's for memory-bound ones, else fma_peak's. */
    double runDrift(Measured m) {
        if (m.work().isEmpty()) {
            return fmaDrift;
        }
        Work w = m.work().get();
        boolean memory = w.workload().equals("stream_add") || m.outOfCacheVectorAdd();
        return memory ? streamDrift : fmaDrift;
    }
}
