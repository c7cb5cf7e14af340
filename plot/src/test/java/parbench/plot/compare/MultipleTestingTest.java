package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MultipleTestingTest {

    private static final double[] P = {0.01, 0.04, 0.03, 0.005};

    @Test
    void holmStepDownByHand() {
        // sorted: 0.005*4=0.02, 0.01*3=0.03, 0.03*2=0.06, 0.04*1=0.04 -> running max 0.06
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, MultipleTesting.HOLM.adjust(P), 1e-15);
    }

    @Test
    void benjaminiHochbergStepUpByHand() {
        // sorted: 0.005*4/1=0.02, 0.01*4/2=0.02, 0.03*4/3=0.04, 0.04*4/4=0.04 -> running min from the top
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, MultipleTesting.BH.adjust(P), 1e-15);
    }

    @Test
    void noneKeepsRawValues() {
        assertArrayEquals(P, MultipleTesting.NONE.adjust(P), 0);
    }

    @Test
    void untestedValuesStayNaNAndDoNotCount() {
        double[] adj = MultipleTesting.HOLM.adjust(new double[] {0.01, Double.NaN, 0.02});
        assertEquals(0.02, adj[0], 1e-15);
        assertEquals(Double.NaN, adj[1]);
        assertEquals(0.02, adj[2], 1e-15);
    }

    @Test
    void adjustedValuesAreCappedAtOne() {
        assertArrayEquals(new double[] {1.0, 1.0}, MultipleTesting.HOLM.adjust(new double[] {0.6, 0.9}), 0);
    }

    @Test
    void parsesNamesAndRejectsUnknown() throws CompareException {
        assertEquals(MultipleTesting.BH, MultipleTesting.parse("BH"));
        assertEquals(MultipleTesting.HOLM, MultipleTesting.parse("holm"));
        CompareException e = assertThrows(CompareException.class, () -> MultipleTesting.parse("bonferroni"));
        assertEquals("--correction: unknown 'bonferroni' (use holm, bh or none)", e.getMessage());
    }
}
