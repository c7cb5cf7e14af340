package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.list;
import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;
import static parbench.plot.analysis.checks.Evidence.unit;

import java.util.Arrays;
import java.util.List;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;

/**
 * Between-fork spread far above within-fork spread (one-way ANOVA ratio
 * F = var(fork means) / (within-fork variance / iterations per fork) above {@link #FORK_F}, fork
 * means spread over more than {@link #FORK_RANGE} of the mean) <em>and</em> far above what this
 * machine's forks do for its other results (relative SD of the fork means above
 * {@link #MACHINE_FACTOR}× the run's median, slowest fork over {@link #TWO_SPEED_RATIO}× the fastest). On a host whose cores change speed every few
 * seconds every result's forks disagree a little; that is the machine, said once for the run.
 */
public final class ForksDisagreeCheck implements Check {

    /** Variance of the fork means this many times what the within-fork noise explains… */
    static final double FORK_F = 10;
    /** …with the fork means spread over more than this fraction of the mean… */
    static final double FORK_RANGE = 0.05;
    /** …and a relative SD of the fork means this many times the machine's median… */
    static final double MACHINE_FACTOR = 3;
    /**
     * …and the slowest fork more than this many times the fastest. This fleet's vCPUs each switch
     * between two speeds ~1.35× apart for seconds at a time (benchmarks/scripts/bounds/host-speed.sh),
     * so now and then a whole fork runs on the slow one: on 8 same-build runs of 2026-12-07 (Zen 5)
     * 11 of 72 results had fork means 1.31–1.57× apart, conv2d's most, always one fork against the
     * rest. That is the machine (and widens the interval); the bimodal launches this check is for
     * were 2× and more (docs/measurements/2026-11-30-forks.md).
     */
    static final double TWO_SPEED_RATIO = 1.6;

    @Override
    public void run(CheckInput in, Findings out) {
        MachineNoise noise = in.noise();
        for (Measured m : in.measured()) {
            var s = m.nativeSample();
            if (s.n() < 2) {
                continue;
            }
            double[] fm = s.forkMeans();
            double min = Arrays.stream(fm).min().getAsDouble();
            double max = Arrays.stream(fm).max().getAsDouble();
            double range = (max - min) / Math.abs(s.mean());
            double within = s.withinForkVariance();
            double perFork = (double) s.iterations() / s.n();
            double f = within > 0 ? s.variance() / (within / perFork) : Double.POSITIVE_INFINITY;
            double rsd = Math.sqrt(s.variance()) / Math.abs(s.mean());
            boolean beyondMachine = !noise.known() || rsd > MACHINE_FACTOR * noise.betweenForkRsd();
            boolean beyondTwoSpeeds = min > 0 ? max / min > TWO_SPEED_RATIO : range > FORK_RANGE;
            if (range > FORK_RANGE && f > FORK_F && beyondMachine && beyondTwoSpeeds && Double.isFinite(s.variance())
                    && !Double.isNaN(within)) {
                out.add(new Finding(Kind.FORKS_DISAGREE, subject(m), params(m),
                        "fork means " + list(fm) + " " + unit(m) + " (spread " + Format.percent(range) + " of the mean); "
                                + "within-fork SD " + Format.num(Math.sqrt(within)) + " " + unit(m) + "; between/within ratio F = "
                                + (Double.isFinite(f) ? Format.num(f) : "∞")
                                + (noise.known() ? "; relative SD " + Format.percent(rsd) + " against the machine's "
                                + Format.percent(noise.betweenForkRsd()) : ""),
                        "each JVM launch settled in a different state (JIT decisions, memory placement, huge pages, "
                                + "other load at that minute): the result is bimodal, its mean describes no single run; "
                                + "more forks show how often each state occurs",
                        List.of(m)));
            }
        }
    }
}
