package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ab's looks: where they fall and the level each gets, so that all looks together keep alpha. */
class SequentialRuleTest {

    @Test
    void defaultLooksAndTheirLevel() {
        SequentialRule r = SequentialRule.DEFAULT;
        assertEquals(List.of(6, 10, 14, 18, 22, 26, 30), r.looks());
        assertEquals(0.05 / 7, r.lookAlpha(0.05), 1e-15);
        assertTrue(r.isLook(14));
        assertFalse(r.isLook(13));
        CompareSettings look = r.at(new CompareSettings(0.05, 0.05, MultipleTesting.HOLM));
        assertEquals(0.05, look.threshold(), 0);
        assertEquals(0.05 / 7, look.alpha(), 1e-15);
        assertEquals("looks at 6, 10, 14, 18, 22, 26, 30 pairs, each at alpha 0.05/7 = 0.0071 (Bonferroni over the looks)",
                r.describe(0.05));
    }

    @Test
    void aMaximumOffTheStepIsTheLastLook() {
        assertEquals(List.of(6, 10, 12), SequentialRule.upTo(12).looks());
        assertEquals(List.of(4), SequentialRule.upTo(4).looks());
    }

    @Test
    void aFixedJobHasOneLookAtTheJobsAlpha() {
        SequentialRule f = SequentialRule.fixed(8);
        assertEquals(List.of(8), f.looks());
        assertEquals(0.05, f.lookAlpha(0.05), 0);
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SequentialRule(1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new SequentialRule(6, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new SequentialRule(6, 4, 5));
    }

    /**
     * The promise behind the looks, checked by simulation: A/A pairs (log-ratios drawn with no
     * change) judged at every planned look are called changed in at most alpha of jobs, even
     * with no threshold to hide behind (looking 7 times at alpha each would call ~12 %), and a
     * real 10 % change at the duet noise (sd 0.03) is found.
     */
    @Test
    void sequentialJobsKeepTheirFalseAlarmRateAndFindRealChanges() {
        java.util.Random rnd = new java.util.Random(42);
        CompareSettings job = new CompareSettings(0.05, 0.05, MultipleTesting.HOLM);
        CompareSettings anyChange = new CompareSettings(0.0, 0.05, MultipleTesting.HOLM);
        SequentialRule rule = SequentialRule.DEFAULT;
        int jobs = 2000;
        int falseAlarms = 0;
        int found = 0;
        for (int j = 0; j < jobs; j++) {
            Verdict aa = simulate(rnd, rule, anyChange, 0.0, 0.03);
            if (aa == Verdict.SLOWER || aa == Verdict.FASTER) {
                falseAlarms++;
            }
            if (simulate(rnd, rule, job, Math.log(1.10), 0.03) == Verdict.SLOWER) {
                found++;
            }
        }
        assertTrue(falseAlarms <= jobs * 0.05, "false alarms " + falseAlarms + " of " + jobs);
        assertTrue(found >= jobs * 0.95, "found " + found + " of " + jobs);
    }

    private static Verdict simulate(java.util.Random rnd, SequentialRule rule, CompareSettings job, double shift, double sd) {
        CompareSettings look = rule.at(job);
        double[] base = new double[rule.max()];
        double[] head = new double[rule.max()];
        for (int n = 1; n <= rule.max(); n++) {
            base[n - 1] = 1.0;
            head[n - 1] = Math.exp(shift + sd * rnd.nextGaussian());
            if (rule.isLook(n)) {
                RatioStatistics.Estimate e = PairedStatistics.estimate(java.util.Arrays.copyOf(base, n),
                        java.util.Arrays.copyOf(head, n), 1 - look.alpha());
                Verdict v = Comparer.decide(e, e.pValue(), false, look).verdict();
                if (v != Verdict.INCONCLUSIVE && !(job.threshold() == 0 && v == Verdict.UNCHANGED)) {
                    return v;
                }
            }
        }
        return Verdict.INCONCLUSIVE;
    }
}
