package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** Expected values computed independently with SciPy 1.17 (scipy.stats.t, ttest_ind(equal_var=False)) on the logs. */
class RatioStatisticsTest {

    private static final double[] BASE = {10.0, 10.4, 9.8};
    private static final double[] CUR = {11.0, 11.5, 10.9};

    @Test
    void welchOnLogForkMeansMatchesHandComputedValues() {
        RatioStatistics.Estimate e = RatioStatistics.estimate(List.of(BASE), List.of(CUR), 0.95);
        assertEquals(1.1059934020971756, e.ratio(), 1e-12);
        assertEquals(1.0344888757415067, e.ciLow(), 1e-9);
        assertEquals(1.1824403666068395, e.ciHigh(), 1e-9);
        assertEquals(0.013891569643775498, e.pValue(), 1e-9);
        assertEquals(3.9889854788762364, e.df(), 1e-9);
        assertEquals(0.0, e.betweenRun());
        // The score shown is the geometric mean of the fork means.
        assertEquals(Math.cbrt(10.0 * 10.4 * 9.8), e.baseline(), 1e-9);
    }

    @Test
    void pValueAgreesWithCommonsMathWelchTest() {
        double[] lb = Arrays.stream(BASE).map(Math::log).toArray();
        double[] lc = Arrays.stream(CUR).map(Math::log).toArray();
        RatioStatistics.Estimate e = RatioStatistics.estimate(List.of(BASE), List.of(CUR), 0.95);
        assertEquals(new TTest().tTest(lb, lc), e.pValue(), 1e-10);
    }

    @Test
    void severalBaselineRunsAddBetweenRunNoiseAndWidenTheInterval() {
        List<double[]> base = List.of(new double[] {10.0, 10.2, 9.9}, new double[] {10.8, 11.0, 10.9});
        double[] cur = {11.0, 11.1, 10.95};
        RatioStatistics.Estimate e = RatioStatistics.estimate(base, List.of(cur), 0.95);
        assertEquals(1.0534894971133864, e.ratio(), 1e-12);
        assertEquals(0.750470999144956, e.ciLow(), 1e-9);
        assertEquals(1.4788581061662671, e.ciHigh(), 1e-9);
        assertEquals(0.5485790069369636, e.pValue(), 1e-9);
        assertEquals(1.8186897800780064, e.df(), 1e-9);
        assertEquals(0.05816896622081016, e.betweenRun(), 1e-9);
        // Treating the six baseline forks as one run hides the run-to-run spread: a much narrower interval.
        RatioStatistics.Estimate pooled = RatioStatistics.estimate(
                List.of(new double[] {10.0, 10.2, 9.9, 10.8, 11.0, 10.9}), List.of(cur), 0.95);
        assertTrue(pooled.ciHigh() - pooled.ciLow() < (e.ciHigh() - e.ciLow()) / 3);
    }

    @Test
    void singleForkSideBorrowsTheOtherSidesForkVariance() {
        RatioStatistics.Estimate e = RatioStatistics.estimate(List.of(BASE), List.of(new double[] {11.0}), 0.95);
        assertEquals(1.0930487875059653, e.ratio(), 1e-12);
        assertEquals(0.078735649060948, e.pValue(), 1e-9);
        assertEquals(3.2, e.df(), 1e-9);
    }

    @Test
    void oneForkOnEachSideCannotBeTested() {
        RatioStatistics.Estimate e = RatioStatistics.estimate(
                List.<double[]>of(new double[] {10.0}), List.<double[]>of(new double[] {20.0}), 0.95);
        assertFalse(e.tested());
        assertEquals(2.0, e.ratio(), 1e-12);
        assertTrue(e.note().contains("one fork per side"), e.note());
    }

    @Test
    void noDataOnOneSideIsNoTest() {
        RatioStatistics.Estimate e = RatioStatistics.estimate(List.of(), List.of(CUR), 0.95);
        assertFalse(e.tested());
        assertTrue(e.note().contains("baseline"), e.note());
    }

    @Test
    void identicalNoiselessSidesAreEqual() {
        double[] same = {5.0, 5.0, 5.0};
        RatioStatistics.Estimate e = RatioStatistics.estimate(List.of(same), List.of(same), 0.95);
        assertEquals(1.0, e.ratio());
        assertEquals(1.0, e.pValue());
    }
}
