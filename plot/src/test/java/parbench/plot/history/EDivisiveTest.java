package parbench.plot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Change points on synthetic log-score series with known structure (seeded noise). */
class EDivisiveTest {

    private static final EDivisive DETECTOR = new EDivisive(0.01, 999, 3);

    /** log(1 + step) from index {@code at} on, plus Gaussian noise of relative size {@code noise}. */
    static double[] series(int n, double noise, long seed, int at, double step) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.log(100) + (i >= at ? Math.log1p(step) : 0) + noise * r.nextGaussian();
        }
        return x;
    }

    private static List<Integer> indices(double[] x, long seed) {
        return DETECTOR.detect(x, seed).stream().map(EDivisive.ChangePoint::index).toList();
    }

    @Test
    void findsOneStepAtTheRightIndex() {
        // A 10 % step in 2 % noise: always found, within one commit, and exactly in almost every
        // series (a noise draw past half the step beside the change can move it by one).
        int exact = 0;
        for (long seed = 1; seed <= 20; seed++) {
            List<Integer> cps = indices(series(20, 0.02, seed, 9, 0.10), seed);
            assertEquals(1, cps.size(), "seed " + seed + ": " + cps);
            assertTrue(Math.abs(cps.get(0) - 9) <= 1, "seed " + seed + ": " + cps);
            exact += cps.get(0) == 9 ? 1 : 0;
        }
        assertTrue(exact >= 18, "exact in " + exact + " of 20");
    }

    @Test
    void findsTwoSteps() {
        int exact = 0;
        for (long seed = 1; seed <= 10; seed++) {
            double[] x = series(30, 0.02, seed, 10, 0.10);
            for (int i = 20; i < 30; i++) {
                x[i] -= Math.log1p(0.25);
            }
            List<Integer> cps = indices(x, seed);
            assertEquals(2, cps.size(), "seed " + seed + ": " + cps);
            assertTrue(Math.abs(cps.get(0) - 10) <= 1 && cps.get(1) == 20, "seed " + seed + ": " + cps);
            exact += cps.equals(List.of(10, 20)) ? 1 : 0;
        }
        assertTrue(exact >= 9, "exact in " + exact + " of 10");
    }

    @Test
    void noStepMeansNoChange() {
        int falseAlarms = 0;
        for (long seed = 1; seed <= 40; seed++) {
            falseAlarms += indices(series(30, 0.03, seed, 30, 0), seed).size();
        }
        // alpha = 0.01 per series: 40 series should give at most one false alarm.
        assertTrue(falseAlarms <= 1, "false alarms: " + falseAlarms);
    }

    @Test
    void stepBelowTheNoiseIsNotReported() {
        int found = 0;
        for (long seed = 1; seed <= 20; seed++) {
            found += indices(series(12, 0.05, seed, 6, 0.01), seed).size();
        }
        assertTrue(found <= 1, "a 1 % step in 5 % noise over 12 commits was reported " + found + " times");
    }

    @Test
    void aSingleOutlierIsNotAChange() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] x = series(20, 0.02, seed, 20, 0);
            x[(int) (seed % 14) + 3] += Math.log(1.6); // one run 60 % slower
            assertEquals(List.of(), indices(x, seed), "seed " + seed);
        }
    }

    @Test
    void slowDriftWithinTheNoiseIsNotAChange() {
        int found = 0;
        for (long seed = 1; seed <= 20; seed++) {
            double[] x = series(30, 0.03, seed, 30, 0);
            for (int i = 0; i < x.length; i++) {
                x[i] += Math.log1p(0.02 * i / (x.length - 1)); // 2 % over 30 commits
            }
            found += indices(x, seed).size();
        }
        assertTrue(found <= 1, "a 2 % drift in 3 % noise was reported " + found + " times");
    }

    @Test
    void largeDriftIsReportedAsAChangeNearItsMiddle() {
        for (long seed = 1; seed <= 10; seed++) {
            double[] x = series(30, 0.02, seed, 30, 0);
            for (int i = 0; i < x.length; i++) {
                x[i] += Math.log1p(0.30 * i / (x.length - 1)); // 30 % over 30 commits
            }
            List<Integer> cps = indices(x, seed);
            assertTrue(!cps.isEmpty(), "seed " + seed + ": a 30 % drift must be reported");
            assertTrue(cps.stream().allMatch(i -> i >= 3 && i <= 27), "seed " + seed + ": " + cps);
        }
    }

    @Test
    void tooShortSeriesHaveNoChange() {
        assertEquals(List.of(), indices(new double[] {1, 1, 2, 2, 2}, 1));
        assertEquals(List.of(), indices(new double[0], 1));
    }

    @Test
    void bestSplitMatchesTheDefinition() {
        // Brute force Q for every split against the O(n^2) running sums.
        double[] v = series(11, 0.05, 7, 5, 0.2);
        EDivisive.Best b = DETECTOR.best(v);
        double bestQ = Double.NEGATIVE_INFINITY;
        int bestT = -1;
        for (int t = 3; t <= v.length - 3; t++) {
            double between = 0;
            double left = 0;
            double right = 0;
            for (int i = 0; i < v.length; i++) {
                for (int j = i + 1; j < v.length; j++) {
                    double d = Math.abs(v[i] - v[j]);
                    if (j < t) {
                        left += d;
                    } else if (i >= t) {
                        right += d;
                    } else {
                        between += d;
                    }
                }
            }
            int m = t;
            int k = v.length - t;
            double q = (double) m * k / (m + k) * (2 * between / (m * k) - left / (m * (m - 1) / 2.0) - right / (k * (k - 1) / 2.0));
            if (q > bestQ) {
                bestQ = q;
                bestT = t;
            }
        }
        assertEquals(bestT, b.split());
        assertEquals(bestQ, b.q(), 1e-9);
    }
}
