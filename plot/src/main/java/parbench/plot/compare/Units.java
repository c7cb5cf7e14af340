package parbench.plot.compare;

import java.util.Map;

/** Better-direction and time-unit conversion of JMH score units ({@code ms/op}, {@code ops/s}, ...). */
final class Units {

    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "ms", 1e-3, "s", 1.0, "min", 60.0, "hr", 3600.0);

    private Units() {
    }

    /** thrpt and any {@code ops/<time>} unit: higher is better; avgt, sample, ss and {@code <time>/op}: lower. */
    static boolean higherIsBetter(String mode, String unit) {
        if (unit.startsWith("ops/")) {
            return true;
        }
        if (unit.endsWith("/op")) {
            return false;
        }
        return "thrpt".equals(mode);
    }

    /**
     * Factor f such that {@code value[from] * f = value[to]}, or NaN if the units are not
     * both time-per-op or both ops-per-time.
     */
    static double factor(String from, String to) {
        if (from.equals(to)) {
            return 1.0;
        }
        Double a = perOp(from);
        Double b = perOp(to);
        if (a != null && b != null) {
            return a / b;
        }
        a = opsPer(from);
        b = opsPer(to);
        if (a != null && b != null) {
            return b / a;
        }
        return Double.NaN;
    }

    private static Double perOp(String unit) {
        return unit.endsWith("/op") ? SECONDS.get(unit.substring(0, unit.length() - 3)) : null;
    }

    private static Double opsPer(String unit) {
        return unit.startsWith("ops/") ? SECONDS.get(unit.substring(4)) : null;
    }
}
