package parbench.plot.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The measurements of one result, in one unit, as a two-level sample (Kalibera &amp; Jones,
 * "Rigorous Benchmarking in Reasonable Time", ISMM 2013): forks are the independent samples,
 * iterations inside a fork are not (they share one JVM's JIT decisions, heap layout and the
 * minute of machine state it ran in). So the estimate is the mean of the fork means, its
 * variance is the variance of the fork means divided by the number of forks, and an interval
 * uses the Student-t distribution with forks − 1 degrees of freedom. With one fork there is
 * no interval (NaN). The iterations are kept for the checks (within-fork spread, outliers).
 */
public final class Sample {

    /** Confidence level of every interval in the report. */
    public static final double CONFIDENCE = 0.95;

    private final double[][] forks;
    private final double[] forkMeans;
    private final double mean;

    private Sample(double[][] forks) {
        this.forks = forks;
        this.forkMeans = new double[forks.length];
        double sum = 0;
        for (int i = 0; i < forks.length; i++) {
            forkMeans[i] = mean(forks[i]);
            sum += forkMeans[i];
        }
        this.mean = forks.length == 0 ? Double.NaN : sum / forks.length;
    }

    /**
     * JMH's per-fork iteration values, scaled by {@code factor} (unit conversion). Falls back to
     * the single {@code score} as one fork of one iteration when the JSON carried no raw data.
     * Non-finite values are dropped (they carry no information about the mean), and so are
     * forks left empty by that.
     */
    public static Sample of(List<double[]> rawData, double score, double factor) {
        List<double[]> forks = new ArrayList<>(rawData.size());
        for (double[] f : rawData) {
            double[] v = Arrays.stream(f).filter(Double::isFinite).map(x -> x * factor).toArray();
            if (v.length > 0) {
                forks.add(v);
            }
        }
        if (forks.isEmpty() && Double.isFinite(score)) {
            forks.add(new double[] {score * factor});
        }
        return new Sample(forks.toArray(new double[0][]));
    }

    /** A sample whose forks each ran one iteration with these values (the fork means). */
    public static Sample of(double... forkMeans) {
        double[][] f = new double[forkMeans.length][];
        for (int i = 0; i < f.length; i++) {
            f[i] = new double[] {forkMeans[i]};
        }
        return new Sample(f);
    }

    /** Number of forks: the independent samples. */
    public int n() {
        return forks.length;
    }

    /** Number of measurement iterations over all forks. */
    public int iterations() {
        int n = 0;
        for (double[] f : forks) {
            n += f.length;
        }
        return n;
    }

    /** The mean of each fork's iterations, in fork order. */
    public double[] forkMeans() {
        return forkMeans.clone();
    }

    /** The iterations of fork {@code i}. */
    public double[] fork(int i) {
        return forks[i].clone();
    }

    /** Every iteration of every fork, in order (for the outlier check). */
    public double[] iterationValues() {
        return Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
    }

    /** Mean of the fork means (equal to JMH's score when every fork ran the same iterations). */
    public double mean() {
        return mean;
    }

    /** Unbiased variance of the fork means; NaN with fewer than two forks. */
    public double variance() {
        return variance(forkMeans);
    }

    /** Squared standard error of the mean: variance of the fork means / forks. */
    public double meanVariance() {
        return variance() / forks.length;
    }

    /** Half-width of the Student-t interval of the mean over fork means; NaN with fewer than two forks. */
    public double halfWidth() {
        if (forks.length < 2) {
            return Double.NaN;
        }
        return tQuantile(forks.length - 1) * Math.sqrt(meanVariance());
    }

    /**
     * Pooled within-fork variance of single iterations (each fork's sum of squares around its
     * own mean over the pooled degrees of freedom); NaN when no fork has two iterations.
     */
    public double withinForkVariance() {
        double ss = 0;
        int df = 0;
        for (double[] f : forks) {
            if (f.length < 2) {
                continue;
            }
            double m = mean(f);
            for (double v : f) {
                ss += (v - m) * (v - m);
            }
            df += f.length - 1;
        }
        return df == 0 ? Double.NaN : ss / df;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    private static double variance(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return ss / (v.length - 1);
    }

    /** Two-sided Student-t quantile for {@link #CONFIDENCE} with {@code df} degrees of freedom. */
    public static double tQuantile(double df) {
        return tInverse(df, 0.5 + CONFIDENCE / 2);
    }

    /** Student-t inverse CDF at probability p with df degrees of freedom, remembered per (df, p). */
    public static double tInverse(double df, double p) {
        // The inverse CDF is an iterative solve; reports ask for the same few df thousands of times.
        return T_INVERSE.computeIfAbsent(java.util.List.of(df, p), k -> new TDistribution(null, df).inverseCumulativeProbability(p));
    }

    private static final java.util.Map<java.util.List<Double>, Double> T_INVERSE =
            new java.util.concurrent.ConcurrentHashMap<>();
}
