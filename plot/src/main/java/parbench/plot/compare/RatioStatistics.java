package parbench.plot.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The ratio current/baseline of one benchmark, with a confidence interval and a p-value.
 *
 * <p>Samples are per-fork means: each JMH fork is a fresh JVM (its own JIT decisions, heap
 * layout, code alignment), so forks are independent while iterations inside one fork are not.
 * The test works on the logarithm of the fork means (timings are multiplicative: a ratio is a
 * difference of logs, and the interval is symmetric in log space), as Welch's unequal-variance
 * t-test with Welch–Satterthwaite degrees of freedom.
 *
 * <p>When a side holds several runs, each run counts once (the side's value is the mean of its
 * run means) and its variance comes from the spread of the run means, which contains
 * run-to-run noise (machine state, other tenants) that forks of one run cannot see. That
 * between-run variance (one-way random-effects estimate: spread of run means minus the
 * within-run part) is also added to a side that has only one run, because that single run
 * carries an unknown run effect of its own. A side with a single fork borrows the fork-to-fork
 * variance of the other side (same benchmark, same machine); with no variance on either side
 * there is no test.
 */
public final class RatioStatistics {

    private RatioStatistics() {
    }

    /**
     * Result in the benchmark's score units.
     *
     * @param baseline   geometric mean of the baseline fork means (each run weighted equally)
     * @param current    same for the current side
     * @param ratio      current / baseline
     * @param ciLow      lower end of the {@code confidence} interval of the ratio (NaN: no test)
     * @param ciHigh     upper end
     * @param pValue     two-sided p-value for "ratio = 1" (NaN: no test)
     * @param df         Welch–Satterthwaite degrees of freedom (NaN: no test)
     * @param betweenRun between-run standard deviation of log scores that was added (0 if none)
     * @param note       why there is no test, or empty
     */
    public record Estimate(double baseline, double current, double ratio, double ciLow, double ciHigh,
                           double pValue, double df, double betweenRun, String note) {
        public boolean tested() {
            return !Double.isNaN(pValue);
        }
    }

    /** One side in log space. */
    private static final class Side {
        final int runs;
        final int forks;
        final double mean;          // mean of run means of log fork means
        final double withinVar;     // pooled within-run variance of log fork means, NaN if no df
        final int withinDf;
        final double runMeansVar;   // variance of the run means, NaN if fewer than 2 runs
        final double meanInvForks;  // mean over runs of 1/n_i

        Side(List<double[]> runForkMeans) {
            List<double[]> logs = new ArrayList<>();
            int total = 0;
            for (double[] run : runForkMeans) {
                if (run.length > 0) {
                    double[] l = new double[run.length];
                    for (int i = 0; i < run.length; i++) {
                        l[i] = Math.log(run[i]);
                    }
                    logs.add(l);
                    total += run.length;
                }
            }
            runs = logs.size();
            forks = total;
            double[] runMeans = new double[runs];
            double ssw = 0;
            int dfw = 0;
            double invSum = 0;
            for (int r = 0; r < runs; r++) {
                double[] l = logs.get(r);
                runMeans[r] = mean(l);
                for (double v : l) {
                    ssw += (v - runMeans[r]) * (v - runMeans[r]);
                }
                dfw += l.length - 1;
                invSum += 1.0 / l.length;
            }
            mean = runs == 0 ? Double.NaN : mean(runMeans);
            withinDf = dfw;
            withinVar = dfw > 0 ? ssw / dfw : Double.NaN;
            runMeansVar = runs >= 2 ? variance(runMeans) : Double.NaN;
            meanInvForks = runs == 0 ? Double.NaN : invSum / runs;
        }

        /** Between-run variance component, NaN with fewer than 2 runs. */
        double betweenVar() {
            if (runs < 2) {
                return Double.NaN;
            }
            // With single-fork runs the within part cannot be separated: count it all as between (conservative).
            return Double.isNaN(withinVar) ? runMeansVar : Math.max(0, runMeansVar - withinVar * meanInvForks);
        }
    }

    /** A variance contribution to the squared standard error, with its degrees of freedom. */
    private record Part(double variance, double df) {
    }

    /**
     * @param baselineRuns per baseline run, its fork means (finite and positive)
     * @param currentRuns  per current run, its fork means (finite and positive)
     * @param confidence   e.g. 0.95
     */
    public static Estimate estimate(List<double[]> baselineRuns, List<double[]> currentRuns, double confidence) {
        Side b = new Side(baselineRuns);
        Side c = new Side(currentRuns);
        if (b.runs == 0 || c.runs == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                    "no finite positive data on the " + (b.runs == 0 ? "baseline" : "current") + " side");
        }
        double diff = c.mean - b.mean;
        double baseScore = Math.exp(b.mean);
        double curScore = Math.exp(c.mean);
        double ratio = Math.exp(diff);

        // Between-run variance known from sides that have several runs (pooled by their df).
        double betweenSum = 0;
        double betweenDf = 0;
        for (Side s : List.of(b, c)) {
            if (s.runs >= 2) {
                betweenSum += s.betweenVar() * (s.runs - 1);
                betweenDf += s.runs - 1;
            }
        }
        double between = betweenDf > 0 ? betweenSum / betweenDf : 0;

        List<Part> parts = new ArrayList<>();
        for (Side s : List.of(b, c)) {
            Side other = s == b ? c : b;
            if (s.runs >= 2) {
                parts.add(new Part(s.runMeansVar / s.runs, s.runs - 1));
            } else {
                double w = s.withinVar;
                double wdf = s.withinDf;
                if (Double.isNaN(w)) {
                    w = other.withinVar;
                    wdf = other.withinDf;
                }
                if (Double.isNaN(w)) {
                    return new Estimate(baseScore, curScore, ratio, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                            "one fork per side: no fork-to-fork variance to test against (use -f 5 or more)");
                }
                parts.add(new Part(w / s.forks, wdf));
                if (between > 0) {
                    parts.add(new Part(between, betweenDf));
                }
            }
        }
        double se2 = 0;
        double denom = 0;
        for (Part p : parts) {
            se2 += p.variance();
            denom += p.variance() * p.variance() / p.df();
        }
        double betweenSd = Math.sqrt(between);
        if (se2 == 0) {
            // Identical fork means on both sides: no noise to speak of, so any difference is exact.
            double p = diff == 0 ? 1.0 : 0.0;
            return new Estimate(baseScore, curScore, ratio, ratio, ratio, p, Double.POSITIVE_INFINITY, betweenSd, "");
        }
        double df = se2 * se2 / denom;
        double se = Math.sqrt(se2);
        TDistribution t = new TDistribution(df);
        double p = 2 * t.cumulativeProbability(-Math.abs(diff) / se);
        double q = t.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Estimate(baseScore, curScore, ratio, Math.exp(diff - q * se), Math.exp(diff + q * se),
                Math.min(1.0, p), df, betweenSd, "");
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}
