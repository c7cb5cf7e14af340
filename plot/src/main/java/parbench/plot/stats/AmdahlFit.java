package parbench.plot.stats;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Amdahl's law 1/S(p) = f + (1 − f)/p is linear in x = 1/p with intercept f, the serial
 * fraction. The fit is ordinary least squares (commons-math3 {@link SimpleRegression}) over one
 * point per fork, y = T_j(p)/mean(T(1)) with T_j the fork's mean (for throughput:
 * mean(R(1))/R_j(p)), so the intercept's standard error reflects fork-to-fork noise (forks are
 * the independent samples; iterations of one fork are not); the 95 % interval is
 * f ± t(n−2)·se. Needs at least two distinct thread counts and three points.
 *
 * @param serialFraction f (intercept), NaN if it cannot be fitted
 * @param low            lower 95 % bound or NaN
 * @param high           upper 95 % bound or NaN
 * @param points         number of (x, y) points used
 * @param threadCounts   distinct thread counts used
 */
public record AmdahlFit(double serialFraction, double low, double high, int points, int threadCounts) {

    /** One observation: p threads, y = 1/S for one iteration. */
    public record Point(int threads, double inverseSpeedup) {
    }

    public static AmdahlFit fit(List<Point> points) {
        SimpleRegression reg = new SimpleRegression(true);
        long distinct = points.stream().mapToInt(Point::threads).distinct().count();
        for (Point p : points) {
            reg.addData(1.0 / p.threads(), p.inverseSpeedup());
        }
        if (distinct < 2 || points.size() < 3) {
            double f = distinct < 2 ? Double.NaN : reg.getIntercept();
            return new AmdahlFit(f, Double.NaN, Double.NaN, points.size(), (int) distinct);
        }
        double f = reg.getIntercept();
        double half = Sample.tQuantile(points.size() - 2) * reg.getInterceptStdErr();
        return new AmdahlFit(f, f - half, f + half, points.size(), (int) distinct);
    }

    /** Speedup predicted by the fit at p threads: 1/(f + (1 − f)/p). */
    public double predictedSpeedup(double p) {
        return 1.0 / (serialFraction + (1 - serialFraction) / p);
    }

    public boolean fitted() {
        return Double.isFinite(serialFraction);
    }

    /** Karp–Flatt experimentally determined serial fraction e = (1/S − 1/p)/(1 − 1/p), p > 1. */
    public static double karpFlatt(double speedup, int p) {
        if (p <= 1) {
            return Double.NaN;
        }
        return (1.0 / speedup - 1.0 / p) / (1.0 - 1.0 / p);
    }
}
