package parbench.plot.stats;

import java.util.List;

/**
 * Gustafson's law for weak scaling: the scaled speedup S(p) = p − f·(p − 1), with f the serial
 * fraction of the <em>scaled</em> run (the part that does not grow with p). Linear in x = p − 1
 * through the origin: p − S = f·x, so f is the least-squares slope Σxy/Σx² over one point per
 * fork (forks are the independent samples), with the 95 % interval f ± t(n−1)·se,
 * se = √(Σ(y − f·x)²/(n − 1) / Σx²). Points at p = 1 carry no information (x = 0) and are left
 * out. Needs one thread count above 1 and two points for an interval.
 *
 * @param serialFraction f, NaN if it cannot be fitted
 * @param low            lower 95 % bound or NaN
 * @param high           upper 95 % bound or NaN
 * @param points         number of points used (p > 1)
 */
public record GustafsonFit(double serialFraction, double low, double high, int points) {

    /** One observation: p threads, the scaled speedup of one fork. */
    public record Point(int threads, double scaledSpeedup) {
    }

    public static GustafsonFit fit(List<Point> points) {
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (Point p : points) {
            double x = p.threads() - 1;
            if (x <= 0 || !Double.isFinite(p.scaledSpeedup())) {
                continue;
            }
            sxx += x * x;
            sxy += x * (p.threads() - p.scaledSpeedup());
            n++;
        }
        if (n == 0) {
            return new GustafsonFit(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double f = sxy / sxx;
        if (n < 2) {
            return new GustafsonFit(f, Double.NaN, Double.NaN, n);
        }
        double ss = 0;
        for (Point p : points) {
            double x = p.threads() - 1;
            if (x <= 0 || !Double.isFinite(p.scaledSpeedup())) {
                continue;
            }
            double r = (p.threads() - p.scaledSpeedup()) - f * x;
            ss += r * r;
        }
        double half = Sample.tQuantile(n - 1) * Math.sqrt(ss / (n - 1) / sxx);
        return new GustafsonFit(f, f - half, f + half, n);
    }

    /** Scaled speedup predicted at p threads: p − f·(p − 1). */
    public double predictedSpeedup(double p) {
        return p - serialFraction * (p - 1);
    }

    public boolean fitted() {
        return Double.isFinite(serialFraction);
    }
}
