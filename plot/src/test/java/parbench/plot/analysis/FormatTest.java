package parbench.plot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void fourSignificantDigitsWithAPointInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1.235", Format.num(1.23456));
            assertEquals("-0.02484", Format.num(-0.0248413));
            assertEquals("10", Format.num(9.99996));
            assertEquals("12350", Format.num(12345.6));
            assertEquals("100", Format.num(100.0));
            assertEquals("0.5", Format.num(0.5));
            assertEquals("0", Format.num(0));
            assertEquals("n/a", Format.num(Double.NaN));
            assertEquals("1.000e-05", Format.num(1e-5));
            assertEquals("2.500e+09", Format.num(2.5e9));
            assertEquals("93.4 %", Format.percent(0.934));
            assertEquals("2 [1.5, 2.5]", Format.withCi(2, 1.5, 2.5));
            assertEquals("2", Format.withCi(2, Double.NaN, 2.5));
            // compare's formats, now here: settings exactly, changes signed, ratios and p three decimals
            assertEquals("10 %", Format.percentExact(0.1));
            assertEquals("95 %", Format.percentExact(0.95));
            assertEquals("2.5 %", Format.percentExact(0.025));
            assertEquals("+17.4 %", Format.change(1.174));
            assertEquals("1.200", Format.ratio(1.2));
            assertEquals("[0.833, 0.878]", Format.interval(0.833, 0.878));
            assertEquals("<0.001", Format.p(0.0001));
            assertEquals("0.002", Format.p(0.002));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbersIgnoringLeadingZeros() {
        java.util.List<String> l = new java.util.ArrayList<>(java.util.List.of(
                "maxStringLength=1000", "maxStringLength=150", "maxStringLength=25", "maxStringLength=5",
                "maxStringLength=50", "n=007", "n=7", "n=0", "n=10", "b", "a2", "a10", "a"));
        l.sort(Format.NATURAL);
        assertEquals(java.util.List.of("a", "a2", "a10", "b", "maxStringLength=5", "maxStringLength=25",
                "maxStringLength=50", "maxStringLength=150", "maxStringLength=1000", "n=0", "n=007", "n=7", "n=10"), l);
        assertEquals(0, Format.NATURAL.compare("x007y", "x007y"));
        assertEquals(-1, Integer.signum(Format.NATURAL.compare("n=009", "n=10")));
    }
}
