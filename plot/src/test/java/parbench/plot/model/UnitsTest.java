package parbench.plot.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void timeAndRateUnits() {
        assertEquals(1e-3, Units.toCanonical("ms/op"), 0);
        assertEquals(1e-6, Units.toCanonical("us/op"), 0);
        assertEquals(1e3, Units.toCanonical("ops/ms"), 1e-9);
        assertEquals("s/op", Units.canonicalUnit("ns/op"));
        assertEquals("ops/s", Units.canonicalUnit("ops/min"));
        assertEquals("B/op", Units.canonicalUnit("B/op"));
        assertEquals(0.002, Units.secondsPerOp(2, "ms/op"), 1e-15);
        assertEquals(0.002, Units.secondsPerOp(500, "ops/s"), 1e-15);
        assertTrue(Double.isNaN(Units.secondsPerOp(1, "B/op")));
    }

    @Test
    void betterDirectionFromModeAndUnit() {
        assertTrue(Units.higherIsBetter("thrpt", "ops/s"));
        assertFalse(Units.higherIsBetter("avgt", "ms/op"));
        assertFalse(Units.higherIsBetter("sample", "us/op"));
        assertFalse(Units.higherIsBetter("ss", "s/op"));
        assertTrue(Units.higherIsBetter("thrpt", "widgets"));
    }
}
