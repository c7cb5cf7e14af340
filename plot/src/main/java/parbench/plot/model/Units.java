package parbench.plot.model;

import java.util.Map;

/**
 * JMH score units. JMH writes {@code <time>/op} for avgt, sample and ss, and {@code ops/<time>}
 * for thrpt, with time abbreviations from {@code TimeUnit}. Anything else (custom units from
 * other projects) is kept as-is and only compared with itself.
 */
public final class Units {

    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "ms", 1e-3, "s", 1.0,
            "min", 60.0, "hr", 3600.0, "day", 86400.0);

    private Units() {
    }

    /** Seconds in one unit of the time abbreviation, or NaN if it is not one JMH writes. */
    public static double seconds(String timeUnit) {
        Double s = SECONDS.get(timeUnit.trim());
        return s == null ? Double.NaN : s;
    }

    /** True for {@code <time>/op}. */
    public static boolean isTimePerOp(String unit) {
        int slash = unit.indexOf('/');
        return slash > 0 && unit.substring(slash + 1).trim().equals("op")
                && !Double.isNaN(seconds(unit.substring(0, slash)));
    }

    /** True for {@code ops/<time>}. */
    public static boolean isOpsPerTime(String unit) {
        int slash = unit.indexOf('/');
        return slash > 0 && unit.substring(0, slash).trim().equals("ops")
                && !Double.isNaN(seconds(unit.substring(slash + 1)));
    }

    /**
     * Factor that brings a value in {@code unit} to the canonical unit of its kind:
     * s/op for time per operation, ops/s for throughput, 1 for unknown units.
     */
    public static double toCanonical(String unit) {
        int slash = unit.indexOf('/');
        if (isTimePerOp(unit)) {
            return seconds(unit.substring(0, slash));
        }
        if (isOpsPerTime(unit)) {
            return 1.0 / seconds(unit.substring(slash + 1));
        }
        return 1.0;
    }

    /** The canonical unit of the kind ({@code s/op}, {@code ops/s}) or the unit itself. */
    public static String canonicalUnit(String unit) {
        if (isTimePerOp(unit)) {
            return "s/op";
        }
        if (isOpsPerTime(unit)) {
            return "ops/s";
        }
        return unit;
    }

    /**
     * Seconds per operation for a score in {@code unit}, or NaN when the unit is neither time
     * per op nor ops per time (then no absolute time or derived throughput can be given).
     */
    public static double secondsPerOp(double score, String unit) {
        if (isTimePerOp(unit)) {
            return score * toCanonical(unit);
        }
        if (isOpsPerTime(unit)) {
            return 1.0 / (score * toCanonical(unit));
        }
        return Double.NaN;
    }

    /**
     * Better direction from mode and unit: throughput-like units (ops per time, or thrpt mode
     * with an unknown unit) are higher-is-better; times are lower-is-better.
     */
    public static boolean higherIsBetter(String mode, String unit) {
        if (isOpsPerTime(unit)) {
            return true;
        }
        if (isTimePerOp(unit)) {
            return false;
        }
        return "thrpt".equals(mode);
    }
}
