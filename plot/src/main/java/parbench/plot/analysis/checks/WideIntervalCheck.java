package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;
import static parbench.plot.analysis.checks.Evidence.unit;

import java.util.List;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.TimeIntervals;
import parbench.plot.stats.Sample;

/**
 * Half-width above {@link #WIDE} of the mean: the result is not wrong, it is imprecise. It
 * supports no claim finer than its interval, and no target is met by it, but it is not suspect.
 */
public final class WideIntervalCheck implements Check {

    static final double WIDE = 0.10;

    @Override
    public void run(CheckInput in, Findings out) {
        TimeIntervals times = TimeIntervals.of(in.measured(), in.env());
        for (Measured m : in.measured()) {
            var s = m.nativeSample();
            if (s.n() < 2) {
                continue;
            }
            double hw = times.halfWidth(m);
            double rel = hw / Math.abs(s.mean());
            if (rel > WIDE) {
                out.add(new Finding(Kind.WIDE_INTERVAL, subject(m), params(m),
                        Format.plusMinus(s.mean(), hw, unit(m)) + " (95 % CI over " + s.n()
                                + " fork means and the run's drift): half-width " + Format.percent(rel) + " of the mean",
                        "too few forks for the fork-to-fork variation (t(" + (s.n() - 1) + ") = "
                                + Format.num(Sample.tQuantile(s.n() - 1))
                                + ") or a machine that moved during the run: the result supports no claim finer than ±"
                                + Format.percent(rel) + "; run more forks, on a quieter machine",
                        List.of(m)));
            }
        }
    }
}
