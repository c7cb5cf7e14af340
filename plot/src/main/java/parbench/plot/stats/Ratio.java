package parbench.plot.stats;

/**
 * A ratio of two means with its 95 % confidence interval by Fieller's theorem (independent
 * samples, no covariance). The samples are fork means ({@link Sample}): n is the number of
 * forks and s² the variance of the fork means, so the interval is fork-level (hierarchical),
 * not built from iterations that share a JVM. With means a, b, squared standard errors
 * va = s_a²/n_a, vb = s_b²/n_b, r = a/b, t the Student-t quantile with min(n_a, n_b) − 1
 * degrees of freedom (conservative) and g = t²·vb/b², the interval is
 * <pre>  [ r ± (t/b)·sqrt(va·(1−g) + r²·vb) ] / (1 − g)</pre>
 * When g ≥ 1 the denominator's mean is not distinguishable from zero and the interval is
 * unbounded (reported as NaN bounds). With fewer than two forks on either side there is no
 * variance estimate and the bounds are NaN. When both means are positive (times, rates: every
 * use here) the ratio is positive, so a lower bound below 0 (a numerator mean not distinguishable
 * from zero: few, wild forks) is cut at 0; intersecting a confidence set with the known range of
 * the parameter keeps its coverage, and "[0, …]" says what "[−14, …]" could not.
 *
 * @param estimate a/b
 * @param low      lower bound or NaN
 * @param high     upper bound or NaN
 */
public record Ratio(double estimate, double low, double high) {

    /** Ratio mean(numerator)/mean(denominator) with Fieller's 95 % interval. */
    public static Ratio fieller(Sample numerator, Sample denominator) {
        double a = numerator.mean();
        double b = denominator.mean();
        double r = a / b;
        if (numerator.n() < 2 || denominator.n() < 2) {
            return new Ratio(r, Double.NaN, Double.NaN);
        }
        double va = numerator.meanVariance();
        double vb = denominator.meanVariance();
        double t = Sample.tQuantile(Math.min(numerator.n(), denominator.n()) - 1);
        double g = t * t * vb / (b * b);
        if (g >= 1) {
            return new Ratio(r, Double.NaN, Double.NaN);
        }
        double half = (t / Math.abs(b)) * Math.sqrt(va * (1 - g) + r * r * vb);
        double low = (r - half) / (1 - g);
        if (a > 0 && b > 0) {
            low = Math.max(0, low);
        }
        return new Ratio(r, low, (r + half) / (1 - g));
    }

    /** The ratio and its bounds multiplied by a positive constant (efficiency = S/p, size scaling). */
    public Ratio times(double k) {
        return new Ratio(estimate * k, low * k, high * k);
    }

    public boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
