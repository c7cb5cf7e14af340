package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.first;
import static parbench.plot.analysis.checks.Evidence.list;
import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.signedPercent;
import static parbench.plot.analysis.checks.Evidence.subject;
import static parbench.plot.analysis.checks.Evidence.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.model.IterationsFile;
import parbench.plot.stats.Sample;

/**
 * Measurement iterations that had not settled, judged against the noise of the machine rather
 * than by a fixed band around three iterations of one fork:
 * <ul>
 * <li>a <em>trend</em>: the second half of each fork's measurement iterations differs from the
 * first by a relative amount whose mean over the forks exceeds {@link #TREND} and is significant
 * (Student t over the forks' trends, two-sided at 99 %, so that a core that happened to switch to
 * its slow speed in several forks rarely passes for a trend): a JIT still compiling does this in every JVM,
 * a core that changed speed once does it in one fork, up or down;</li>
 * <li>a <em>swing</em>: the median coefficient of variation of the result's forks above
 * {@link #SWING} and above {@link #SWING_FACTOR}× the machine's median within-fork noise.</li>
 * </ul>
 */
public final class NoSteadyStateCheck implements Check {

    /** A mean trend over the forks above this fraction of the mean… */
    static final double TREND = 0.10;
    /** A median within-fork coefficient of variation above this… */
    static final double SWING = 0.20;
    /** …and above this many times the machine's median within-fork coefficient of variation. */
    static final double SWING_FACTOR = 3;

    @Override
    public void run(CheckInput in, Findings out) {
        Map<Measured, List<IterationsFile.Fork>> all = SteadyState.forks(in, out);
        if (all == null) {
            return;
        }
        double swingLimit = Double.isFinite(in.noise().withinForkCv())
                ? Math.max(SWING, SWING_FACTOR * in.noise().withinForkCv()) : SWING;
        for (Map.Entry<Measured, List<IterationsFile.Fork>> e : all.entrySet()) {
            Measured m = e.getKey();
            boolean rate = m.higherBetter();
            List<Double> trends = new ArrayList<>();
            List<Double> cvs = new ArrayList<>();
            List<IterationsFile.Fork> judged = new ArrayList<>();
            for (IterationsFile.Fork f : e.getValue()) {
                double[] meas = SteadyState.asTimes(f.measurement(), rate);
                if (meas.length < 2) {
                    continue;
                }
                double mean = SteadyState.mean(meas);
                int h = meas.length / 2;
                double firstHalf = SteadyState.mean(java.util.Arrays.copyOfRange(meas, 0, h));
                double secondHalf = SteadyState.mean(java.util.Arrays.copyOfRange(meas, meas.length - h, meas.length));
                double ss = 0;
                for (double v : meas) {
                    ss += (v - mean) * (v - mean);
                }
                trends.add((secondHalf - firstHalf) / mean);
                cvs.add(Math.sqrt(ss / (meas.length - 1)) / mean);
                judged.add(f);
            }
            if (trends.isEmpty()) {
                continue;
            }
            double[] t = trends.stream().mapToDouble(Double::doubleValue).toArray();
            double meanTrend = SteadyState.mean(t);
            boolean trending = Math.abs(meanTrend) > TREND && significant(t, meanTrend);
            double medianCv = MachineNoise.medianOf(cvs.stream().mapToDouble(Double::doubleValue).toArray());
            boolean swinging = medianCv > swingLimit;
            if (!trending && !swinging) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (trending) {
                why.add("the second half of the measurement iterations is " + signedPercent(meanTrend) + " "
                        + (meanTrend > 0 ? "slower" : "faster") + " than the first on average over " + t.length
                        + " fork" + (t.length == 1 ? "" : "s"));
            }
            if (swinging) {
                why.add("median coefficient of variation " + Format.percent(medianCv) + " (limit "
                        + Format.percent(swingLimit) + ")");
            }
            // The evidence text only for results that have a finding: most have none.
            List<String> forkLines = new ArrayList<>();
            for (int i = 0; i < judged.size(); i++) {
                IterationsFile.Fork f = judged.get(i);
                forkLines.add("fork " + f.fork() + ": measurement iterations " + list(f.measurement()) + " " + unit(m)
                        + " (second half " + signedPercent(trends.get(i)) + ", CV " + Format.percent(cvs.get(i)) + ")");
            }
            out.add(new Finding(Kind.NO_STEADY_STATE, subject(m), params(m),
                    String.join("; ", why) + ": " + String.join("; ", first(forkLines, 3)),
                    "the measurement iterations had not settled (JIT still compiling, GC, frequency changes or "
                            + "other load) beyond what this machine's other results show: more warmup iterations",
                    List.of(m)));
        }
    }

    /** A mean over the forks that Student's t tells from zero (one fork: the trend alone decides). */
    private static boolean significant(double[] t, double mean) {
        if (t.length < 2) {
            return true;
        }
        double ss = 0;
        for (double v : t) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (t.length - 1) / t.length);
        return se == 0 || Math.abs(mean) / se > Sample.tInverse(t.length - 1, 0.995);
    }
}
