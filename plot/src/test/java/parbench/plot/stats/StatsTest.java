package parbench.plot.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics checked against values worked out by hand (steps in the comments). */
class StatsTest {

    /** t(0.975, df=4) from a printed table. */
    static final double T4 = 2.776445105197793;

    @Test
    void tQuantileMatchesTable() {
        assertEquals(T4, Sample.tQuantile(4), 1e-9);
        assertEquals(12.706204736, Sample.tQuantile(1), 1e-6);
    }

    @Test
    void sampleMeanVarianceAndHalfWidth() {
        Sample s = Sample.of(10, 11, 12, 13, 14);
        assertEquals(12.0, s.mean(), 1e-12);
        assertEquals(2.5, s.variance(), 1e-12); // (4+1+0+1+4)/4
        assertEquals(T4 * Math.sqrt(2.5 / 5), s.halfWidth(), 1e-8); // solver accuracy of the inverse CDF
        assertTrue(Double.isNaN(Sample.of(3.0).halfWidth()), "one iteration has no interval");
    }

    /**
     * Forks are the samples: fork means 1.5 and 3 (the NaN dropped) scaled by 1e-3, mean of the
     * fork means 2.25e-3 (pooled iterations would give 2e-3).
     */
    @Test
    void sampleOfRawDataScalesAveragesForksAndDropsNonFinite() {
        Sample s = Sample.of(List.of(new double[] {1, 2}, new double[] {3, Double.NaN}), 99, 1e-3);
        assertEquals(2, s.n());
        assertEquals(3, s.iterations());
        assertEquals(0.00225, s.mean(), 1e-15);
        assertEquals(1, Sample.of(List.of(new double[] {Double.NaN}, new double[] {4}), 99, 1).n(),
                "a fork with no finite value is no sample");
        Sample fallback = Sample.of(List.of(), 5.0, 2.0);
        assertEquals(1, fallback.n());
        assertEquals(10.0, fallback.mean(), 0);
    }

    /**
     * Two forks of three iterations: {10, 11, 12} and {20, 21, 22}. Fork means 11 and 21, mean 16;
     * variance of the fork means (11−16)² + (21−16)² = 50 (df 1), squared standard error 50/2 = 25,
     * half-width t(0.975, 1)·5 = 12.7062·5 = 63.531. Within-fork variance: (1+0+1+1+0+1)/(2+2) = 1.
     * Pooled iterations would have claimed 16 ± 5.77 (t(5)·sqrt(30.8/6)): 11 times narrower.
     */
    @Test
    void intervalIsOverForkMeansNotPooledIterations() {
        Sample s = Sample.of(List.of(new double[] {10, 11, 12}, new double[] {20, 21, 22}), 0, 1);
        assertEquals(16, s.mean(), 1e-12);
        assertEquals(50, s.variance(), 1e-12);
        assertEquals(25, s.meanVariance(), 1e-12);
        assertEquals(12.706204736 * 5, s.halfWidth(), 1e-5);
        assertEquals(1, s.withinForkVariance(), 1e-12);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {11, 21}, s.forkMeans(), 1e-12);
        Sample one = Sample.of(List.of(new double[] {10, 11, 12, 13}), 0, 1);
        assertTrue(Double.isNaN(one.halfWidth()), "one fork: no interval, however many iterations");
        assertEquals(1.25 + 0.4166666666666667, one.withinForkVariance(), 1e-12); // 5/3
    }

    /**
     * a = {10..14}: mean 12, va = 2.5/5 = 0.5; b = {5, 5.5, 6, 6.5, 7}: mean 6, vb = 0.625/5 = 0.125.
     * r = 2; g = t²·vb/b² = 7.70865·0.125/36 = 0.0267661; half = (t/6)·sqrt(0.5·(1−g) + 4·0.125)
     * = 0.462741·0.993283 = 0.459634; bounds (2 ∓ 0.459634)/(1 − g) = 1.582730, 2.527279.
     */
    @Test
    void fiellerIntervalByHand() {
        Ratio r = Ratio.fieller(Sample.of(10, 11, 12, 13, 14), Sample.of(5, 5.5, 6, 6.5, 7));
        assertEquals(2.0, r.estimate(), 1e-12);
        assertEquals(1.5827295819075147, r.low(), 1e-9);
        assertEquals(2.5272794833209455, r.high(), 1e-9);
        assertTrue(r.hasInterval());
        Ratio e = r.times(0.5);
        assertEquals(1.0, e.estimate(), 1e-12);
        assertEquals(1.5827295819075147 / 2, e.low(), 1e-9);
    }

    /** Two wild numerator forks: the raw lower bound is negative; a ratio of positive means is cut at 0. */
    @Test
    void fiellerLowerBoundOfPositiveMeansIsNeverNegative() {
        Ratio r = Ratio.fieller(Sample.of(1, 60), Sample.of(2, 2.1));
        assertEquals(30.5 / 2.05, r.estimate(), 1e-12);
        assertEquals(0.0, r.low(), 0);
        assertTrue(r.high() > 100, "high " + r.high());
        // A negative mean: no range is known, the bound stays as computed (far below the estimate).
        Ratio signed = Ratio.fieller(Sample.of(-60, 1), Sample.of(2, 2.1));
        assertTrue(signed.low() < signed.estimate() - 100, "low " + signed.low());
    }

    @Test
    void fiellerWithoutIntervalWhenSingleIterationOrDenominatorNearZero() {
        Ratio single = Ratio.fieller(Sample.of(10), Sample.of(5, 6));
        assertEquals(10 / 5.5, single.estimate(), 1e-12);
        assertFalse(single.hasInterval());
        // Denominator mean 0.5 with huge spread: g = t²·vb/b² ≥ 1, the interval is unbounded.
        Ratio wild = Ratio.fieller(Sample.of(1, 1.1, 0.9), Sample.of(-5, 0.5, 6));
        assertFalse(wild.hasInterval());
    }

    /**
     * Points (1/p, 1/S): (1, 1.0) ×2, (0.5, 0.55), (0.5, 0.65), (0.25, 0.30), (0.25, 0.40).
     * x̄ = 7/12, ȳ = 3.9/6 = 0.65; Sxx = 0.4375, Sxy = 0.375; slope = 0.857143, intercept
     * f = 0.65 − 0.857143·0.583333 = 0.15; residual variance s² = 0.0107143/4 = 0.00267857,
     * se(f) = sqrt(s²·(1/6 + x̄²/Sxx)) = 0.046291; CI = 0.15 ± 2.776445·0.046291.
     */
    @Test
    void amdahlFitByHand() {
        AmdahlFit f = AmdahlFit.fit(List.of(new AmdahlFit.Point(1, 1.0), new AmdahlFit.Point(1, 1.0),
                new AmdahlFit.Point(2, 0.55), new AmdahlFit.Point(2, 0.65),
                new AmdahlFit.Point(4, 0.30), new AmdahlFit.Point(4, 0.40)));
        assertEquals(0.15, f.serialFraction(), 1e-12);
        assertEquals(0.021475565784638245, f.low(), 1e-9);
        assertEquals(0.27852443421536155, f.high(), 1e-9);
        assertEquals(6, f.points());
        assertEquals(3, f.threadCounts());
        assertEquals(1 / (0.15 + 0.85 / 2), f.predictedSpeedup(2), 1e-12);
    }

    @Test
    void amdahlNeedsTwoThreadCounts() {
        AmdahlFit one = AmdahlFit.fit(List.of(new AmdahlFit.Point(2, 0.5), new AmdahlFit.Point(2, 0.6)));
        assertFalse(one.fitted());
        AmdahlFit exact = AmdahlFit.fit(List.of(new AmdahlFit.Point(1, 1.0), new AmdahlFit.Point(2, 0.6)));
        assertEquals(0.2, exact.serialFraction(), 1e-12); // 1/S = f + (1-f)/2 = 0.6
        assertTrue(Double.isNaN(exact.low()), "two points leave no degrees of freedom");
    }

    @Test
    void karpFlattByHand() {
        // S(2) = 1.8: (1/1.8 − 1/2)/(1 − 1/2) = 0.0555…/0.5 = 0.1111…
        assertEquals(0.11111111111111116, AmdahlFit.karpFlatt(1.8, 2), 1e-12);
        assertEquals(0.0, AmdahlFit.karpFlatt(4, 4), 1e-12);
        assertTrue(Double.isNaN(AmdahlFit.karpFlatt(1, 1)));
    }

    @Test
    void gustafsonFitRecoversTheSerialFraction() {
        // Exact S = p − 0.1(p − 1) at p = 2, 4, 8 (two forks each): f = 0.1, zero-width interval.
        List<GustafsonFit.Point> pts = new java.util.ArrayList<>();
        for (int p : new int[] {1, 2, 4, 8}) {
            pts.add(new GustafsonFit.Point(p, p - 0.1 * (p - 1)));
            pts.add(new GustafsonFit.Point(p, p - 0.1 * (p - 1)));
        }
        GustafsonFit g = GustafsonFit.fit(pts);
        assertEquals(0.1, g.serialFraction(), 1e-12);
        assertEquals(6, g.points()); // p = 1 carries no information
        assertEquals(0.1, g.low(), 1e-9);
        assertEquals(3.7, g.predictedSpeedup(4), 1e-12);
        // Noise widens the interval around the estimate; nothing above p = 1: not fitted.
        GustafsonFit noisy = GustafsonFit.fit(List.of(new GustafsonFit.Point(2, 1.9), new GustafsonFit.Point(2, 1.7),
                new GustafsonFit.Point(4, 3.5)));
        assertTrue(noisy.low() < noisy.serialFraction() && noisy.serialFraction() < noisy.high());
        assertFalse(GustafsonFit.fit(List.of(new GustafsonFit.Point(1, 1))).fitted());
    }
}
