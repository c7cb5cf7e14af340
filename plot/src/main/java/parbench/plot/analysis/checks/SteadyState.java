package parbench.plot.analysis.checks;

import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Measured;
import parbench.plot.model.IterationsFile;

/** The warmup and measurement iterations of each result's forks (iterations.json), for the two steady-state checks. */
final class SteadyState {

    private SteadyState() {
    }

    /** Result → its forks; null (and a "not run" note) without iterations.json. */
    static Map<Measured, List<IterationsFile.Fork>> forks(CheckInput in, Findings out) {
        if (in.iterations() == null) {
            out.notRun("steady state: no iterations.json beside the results (plain JMH JSON keeps no warmup "
                    + "iterations), so warmup and measurement iterations could not be compared");
            return null;
        }
        Map<Measured, List<IterationsFile.Fork>> forks = in.forksByResult();
        int without = in.measured().size() - forks.size();
        if (without > 0) {
            out.notRun("steady state: iterations.json has no entry for " + without + " of " + in.measured().size()
                    + " results (they were not checked)");
        }
        return forks;
    }

    /** Positive values as times (rates, higher is better, as 1/rate): slower is larger. */
    static double[] asTimes(double[] v, boolean rate) {
        return java.util.Arrays.stream(v).filter(x -> Double.isFinite(x) && x > 0).map(x -> rate ? 1 / x : x).toArray();
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
