package parbench.plot.compare;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The ratio head/base of one benchmark from fork pairs measured back to back (A B or B A, in
 * random order), as {@code ab} runs them.
 *
 * <p>Each pair gives one log-ratio {@code d = ln(head fork mean) - ln(base fork mean)}. Drift and
 * bursts of load that last longer than a pair hit both of its forks alike and cancel in {@code d};
 * what is left is fork-to-fork noise. The pairs are independent (fresh JVMs, order randomised),
 * so the test is the paired t-test on {@code d} with n - 1 degrees of freedom; the interval is
 * symmetric in log space. A burst that hits one fork of a pair makes one large {@code d}: it widens
 * the interval (fewer detections) rather than creating a false alarm.
 */
public final class PairedStatistics {

    private PairedStatistics() {
    }

    /**
     * @param base       base fork means, one per pair (finite, positive)
     * @param head       head fork means, same pairs in the same order
     * @param confidence e.g. 0.95
     */
    public static RatioStatistics.Estimate estimate(double[] base, double[] head, double confidence) {
        if (base.length != head.length) {
            throw new IllegalArgumentException("pairs differ in length: " + base.length + " vs " + head.length);
        }
        int n = base.length;
        if (n == 0) {
            return new RatioStatistics.Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, 0, "no fork pair measured");
        }
        double[] d = new double[n];
        double lb = 0;
        double lh = 0;
        for (int i = 0; i < n; i++) {
            lb += Math.log(base[i]);
            lh += Math.log(head[i]);
            d[i] = Math.log(head[i]) - Math.log(base[i]);
        }
        double baseScore = Math.exp(lb / n);
        double headScore = Math.exp(lh / n);
        double mean = RatioStatistics.mean(d);
        double ratio = Math.exp(mean);
        if (n < 2) {
            return new RatioStatistics.Estimate(baseScore, headScore, ratio, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, 0, "one fork pair: no pair-to-pair variance to test against (use -f 5 or more)");
        }
        double se = Math.sqrt(RatioStatistics.variance(d) / n);
        double df = n - 1;
        if (se == 0) {
            double p = mean == 0 ? 1.0 : 0.0;
            return new RatioStatistics.Estimate(baseScore, headScore, ratio, ratio, ratio, p, df, 0, "");
        }
        TDistribution t = new TDistribution(df);
        double p = 2 * t.cumulativeProbability(-Math.abs(mean) / se);
        double q = t.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new RatioStatistics.Estimate(baseScore, headScore, ratio, Math.exp(mean - q * se),
                Math.exp(mean + q * se), Math.min(1.0, p), df, 0, "");
    }
}
