package parbench.plot.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/** Multiple-testing corrections of p-values; NaN p-values (no test) stay NaN and are not counted. */
public enum MultipleTesting {
    /** Holm's step-down: controls the family-wise error rate (any false alarm), without Bonferroni's waste. */
    HOLM,
    /** Benjamini–Hochberg: controls the expected share of false alarms among flagged results. */
    BH,
    /** No correction: every benchmark at the raw alpha (many benchmarks then mean some false alarms). */
    NONE;

    public static MultipleTesting parse(String s) throws CompareException {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "holm":
                return HOLM;
            case "bh":
            case "benjamini-hochberg":
            case "fdr":
                return BH;
            case "none":
                return NONE;
            default:
                throw new CompareException("--correction: unknown '" + s + "' (use holm, bh or none)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Adjusted p-values, in the order given. */
    public double[] adjust(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i]))
                .boxed().sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        switch (this) {
            case NONE:
                for (int i : order) {
                    out[i] = p[i];
                }
                break;
            case HOLM: {
                double running = 0;
                for (int j = 0; j < m; j++) {
                    running = Math.max(running, Math.min(1.0, (m - j) * p[order[j]]));
                    out[order[j]] = running;
                }
                break;
            }
            case BH: {
                double running = 1.0;
                for (int j = m - 1; j >= 0; j--) {
                    running = Math.min(running, Math.min(1.0, p[order[j]] * m / (j + 1)));
                    out[order[j]] = running;
                }
                break;
            }
            default:
                throw new AssertionError(this);
        }
        return out;
    }
}
