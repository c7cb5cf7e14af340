package parbench.plot.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one number formatter of the report and compare outputs; never depends on the default
 * locale (decimal point is always '.'). Measured values: {@link #num} (four significant digits);
 * ratios and p-values: three decimals; measured percentages one decimal; settings given as
 * fractions (a threshold, a confidence level) as exactly as {@link #num} prints them.
 */
public final class Format {

    private Format() {
    }

    /** Four significant digits, plain notation for 1e-4 ≤ |v| < 1e9; "n/a" for NaN/∞. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e9) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        // Integer arithmetic instead of BigDecimal/String.format: reports format ~10^5 numbers.
        int e = (int) Math.floor(Math.log10(a));
        if (e >= 3) {
            long unit = POW10[e - 3];
            return Long.toString(Math.round(v / unit) * unit);
        }
        int decimals = 3 - e;
        long r = Math.round(a * POW10[decimals]);
        long whole = r / POW10[decimals];
        long frac = r % POW10[decimals];
        StringBuilder sb = new StringBuilder(12);
        if (v < 0) {
            sb.append('-');
        }
        sb.append(whole);
        if (frac != 0) {
            String f = Long.toString(frac);
            sb.append('.');
            for (int i = f.length(); i < decimals; i++) {
                sb.append('0');
            }
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append(f, 0, end);
        }
        return sb.toString();
    }

    private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};

    /** A value with its CI: "2.001 [1.9, 2.1]" or just the value when there is no interval. */
    public static String withCi(double v, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return num(v);
        }
        return num(v) + " [" + num(low) + ", " + num(high) + "]";
    }

    /** Mean ± half-width in a unit: "12.5 ± 0.3 ms/op". */
    public static String plusMinus(double mean, double half, String unit) {
        return num(mean) + (Double.isFinite(half) ? " ± " + num(half) : "") + " " + unit;
    }

    /** Percent with one decimal: "93.4 %". */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction) : "n/a";
    }

    /** Params as "k=v,k=v" in key order. */
    public static String params(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /**
     * Orders strings with their runs of digits compared as numbers ("maxStringLength=5" before
     * "…=25" before "…=1000"), the rest as text: JMH itself writes params in string order.
     */
    public static final java.util.Comparator<String> NATURAL = Format::compareNatural;

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                // Leading zeros skipped by index (a regex here was most of a large report's time).
                while (si < i - 1 && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < j - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                int la = i - si;
                int lb = j - sj;
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                for (int k = 0; k < la; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A setting given as a fraction, in percent with no padding: 0.1 → "10 %", 0.95 → "95 %". */
    public static String percentExact(double fraction) {
        return num(100 * fraction) + " %";
    }

    /** A ratio with three decimals: "1.174". */
    public static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }

    /** "[lo, hi]" of two ratios, or empty when there is no interval. */
    public static String interval(double lo, double hi) {
        return Double.isFinite(lo) && Double.isFinite(hi) ? "[" + ratio(lo) + ", " + ratio(hi) + "]" : "";
    }

    /** Signed percent change of a ratio: 1.174 → "+17.4 %". */
    public static String change(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%+.1f %%", (ratio - 1) * 100) : "n/a";
    }

    /** A p-value with three decimals, "<0.001" below that. */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Six significant digits as a JSON-ready number (identical text on every JDK), null if not finite. */
    public static BigDecimal json(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros() : null;
    }
}
