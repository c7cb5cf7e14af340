package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.count;
import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;
import static parbench.plot.analysis.checks.Evidence.unit;

import java.util.List;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;

/**
 * Wrong output by design (a record with a lostUpdates secondary metric, the racy histogram):
 * its time is not a valid result; the lost fraction is the race made visible.
 */
public final class WrongOutputCheck implements Check {

    @Override
    public void run(CheckInput in, Findings out) {
        for (Measured m : in.measured()) {
            if (!m.wrongOutput()) {
                continue;
            }
            double lost = m.lostFraction();
            Double n = m.r().secondary().get(Measured.LOST_UPDATES);
            String time = "; time " + Format.num(m.nativeSample().mean()) + " " + unit(m);
            // None lost in this run (one thread, or no updates overlapped) is luck, not correctness:
            // say so instead of calling this run's output wrong.
            boolean noneLost = n != null && n == 0;
            out.add(new Finding(Kind.WRONG_OUTPUT, subject(m), params(m),
                    (Double.isFinite(lost) ? count(n) + " of " + count(m.r().secondary().get(Measured.UPDATES))
                            + " updates lost (" + Format.percent(lost) + ")" : "lostUpdates recorded, updates unknown")
                            + time + (noneLost ? " is of output that nothing guarantees" : " is of wrong output"),
                    (noneLost ? "unsynchronised updates of shared counters: this run happened to lose none (one thread, "
                            + "or no updates overlapped), but the race can lose increments, so the variant's result "
                            + "is not trusted"
                            : "unsynchronised updates of shared counters: the race loses increments, so the result is wrong")
                            + " and its time is never used in a speedup, ranking, target or summary",
                    List.of(m)));
        }
    }
}
