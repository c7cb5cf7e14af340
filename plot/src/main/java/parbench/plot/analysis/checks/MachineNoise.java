package parbench.plot.analysis.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import parbench.plot.analysis.Measured;
import parbench.plot.stats.Sample;

/**
 * How noisy this run's machine was, measured over all its results with two or more forks: the
 * median relative spread of the fork means (between forks) and of the iterations inside a fork
 * (within forks). A per-result check compares a result with these, so that a shared VM whose
 * cores change speed every few seconds does not make every result suspect, while a result far
 * noisier than the rest still is. {@code forkRange} is the median ratio of the slowest to the fastest
 * fork mean of a result (about 1.35 on a host whose cores switch between two speeds). Unknown (NaN)
 * with fewer than {@link #MIN_RESULTS} results.
 */
public record MachineNoise(int results, double betweenForkRsd, double withinForkCv, double forkRange) {

    /** Fewer results than this give no estimate of the machine (the result would be judged against itself). */
    public static final int MIN_RESULTS = 5;

    public static MachineNoise of(List<Measured> measured) {
        List<Double> between = new ArrayList<>();
        List<Double> within = new ArrayList<>();
        List<Double> range = new ArrayList<>();
        for (Measured m : measured) {
            Sample s = m.nativeSample();
            double mean = Math.abs(s.mean());
            if (s.n() < 2 || !(mean > 0)) {
                continue;
            }
            between.add(Math.sqrt(s.variance()) / mean);
            double[] fm = s.forkMeans();
            double lo = Arrays.stream(fm).map(Math::abs).min().getAsDouble();
            double hi = Arrays.stream(fm).map(Math::abs).max().getAsDouble();
            if (lo > 0) {
                range.add(hi / lo);
            }
            double w = s.withinForkVariance();
            if (Double.isFinite(w)) {
                within.add(Math.sqrt(w) / mean);
            }
        }
        return new MachineNoise(between.size(), median(between), median(within), median(range));
    }

    public boolean known() {
        return results >= MIN_RESULTS && Double.isFinite(betweenForkRsd);
    }

    /** The median of at least {@link #MIN_RESULTS} finite values; NaN with fewer. */
    static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
        return s.length < MIN_RESULTS ? Double.NaN : medianOf(s);
    }

    /** The median of some values (NaN when empty); used by the checks on per-fork figures. */
    static double medianOf(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
