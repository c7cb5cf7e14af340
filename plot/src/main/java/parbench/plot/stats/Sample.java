package parbench.plot.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The per-iteration measurements of one result, pooled over forks, in one unit. Statistics are
 * computed from these raw values, never from JMH's score/error alone.
 */
public final class Sample {

    /** Confidence level of every interval in the report. */
    public static final double CONFIDENCE = 0.95;

    private final double[] values;

    private Sample(double[] values) {
        this.values = values;
    }

    /**
     * Pools JMH's per-fork iteration values, scaled by {@code factor} (unit conversion). Falls
     * back to the single {@code score} when the JSON carried no raw data. Non-finite values
     * are dropped (they carry no information about the mean).
     */
    public static Sample of(List<double[]> rawData, double score, double factor) {
        double[] all = rawData.stream().flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite).map(v -> v * factor).toArray();
        if (all.length == 0 && Double.isFinite(score)) {
            all = new double[] {score * factor};
        }
        return new Sample(all);
    }

    public static Sample of(double... values) {
        return new Sample(values.clone());
    }

    public int n() {
        return values.length;
    }

    public double[] values() {
        return values.clone();
    }

    private double mean = Double.NaN;
    private boolean meanKnown;

    public double mean() {
        if (!meanKnown) {
            mean = values.length == 0 ? Double.NaN : StatUtils.mean(values);
            meanKnown = true;
        }
        return mean;
    }

    /** Unbiased sample variance; NaN with fewer than two values. */
    public double variance() {
        return values.length < 2 ? Double.NaN : StatUtils.variance(values);
    }

    /** Squared standard error of the mean. */
    public double meanVariance() {
        return variance() / values.length;
    }

    /** Half-width of the Student-t confidence interval of the mean; NaN with fewer than two values. */
    public double halfWidth() {
        if (values.length < 2) {
            return Double.NaN;
        }
        return tQuantile(values.length - 1) * Math.sqrt(meanVariance());
    }

    /** Two-sided Student-t quantile for {@link #CONFIDENCE} with {@code df} degrees of freedom. */
    public static double tQuantile(double df) {
        // The inverse CDF is an iterative solve; reports ask for the same few df thousands of times.
        return T_QUANTILES.computeIfAbsent(df,
                d -> new TDistribution(null, d).inverseCumulativeProbability(0.5 + CONFIDENCE / 2));
    }

    private static final java.util.Map<Double, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();
}
