package parbench.bench.support;

import java.util.Locale;

/** Result checks run once per trial outside the timed part: a wrong kernel is never reported. */
public final class Verify {

    /** Unit roundoff of float. */
    public static final double FLOAT_EPS = Math.ulp(1.0f) / 2;

    private Verify() {
    }

    /** Every element within {@code tolerance} (absolute) of the reference. */
    public static void floats(String what, String backend, float[] expected, float[] actual, double tolerance) {
        if (actual.length != expected.length) {
            throw wrong(what, backend, "length " + actual.length + ", expected " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs((double) actual[i] - expected[i]);
            if (!(d <= tolerance)) {
                throw wrong(what, backend, String.format(Locale.ROOT,
                        "element %d is %s, expected %s (tolerance %.3g)", i, actual[i], expected[i], tolerance));
            }
        }
    }

    public static void count(String what, String backend, long expected, long actual) {
        if (expected != actual) {
            throw wrong(what, backend, "count " + actual + ", expected " + expected + " (counts must be identical)");
        }
    }

    private static IllegalStateException wrong(String what, String backend, String detail) {
        return new IllegalStateException(what + " on " + backend + " gives a wrong result: " + detail
                + "; refusing to report it");
    }
}
