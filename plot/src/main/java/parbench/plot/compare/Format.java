package parbench.plot.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Locale-independent number text for every writer (a report must read the same in any locale). */
final class Format {

    private Format() {
    }

    /** Four significant digits, no exponent: 512.3, 0.001235, 16780000. */
    static String score(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }

    static String interval(double lo, double hi) {
        return Double.isFinite(lo) && Double.isFinite(hi) ? "[" + ratio(lo) + ", " + ratio(hi) + "]" : "";
    }

    /** Signed percent change of a ratio: 1.174 → "+17.4 %". */
    static String change(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%+.1f %%", (ratio - 1) * 100) : "n/a";
    }

    static String p(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String percent(double fraction) {
        return new BigDecimal(fraction * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + " %";
    }

    /** Six significant digits as a JSON-ready number (identical text on every JDK), null if not finite. */
    static BigDecimal json(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros() : null;
    }
}
