package parbench.plot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.TestRecords.p;
import static parbench.plot.TestRecords.rec;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.Environment;

/**
 * The report's cases: {@code scaling=strong} is the same case as no {@code scaling} param (the serial
 * record, which never has it, is the speedup base of a strong-scaling forkjoin), {@code scaling=weak}
 * a case of its own whose base is the same backend at 1 thread.
 */
class ScalingCaseTest {

    private static Analysis analyse(BenchmarkResult... records) throws Exception {
        return Analysis.of(List.of(Path.of("test.json")), List.of(records), Environment.unknown(2));
    }

    @Test
    void scalingStrongIsInTheSerialCase() throws Exception {
        String m = "parbench.bench.MatmulBenchmark.";
        Analysis a = analyse(
                rec(m + "serial", "avgt", "ms/op", p("n", "64"), 10, 10.1, 9.9),
                rec(m + "forkjoin", "avgt", "ms/op", p("n", "64", "scaling", "strong", "threads", "1"), 10, 10.1, 9.9),
                rec(m + "forkjoin", "avgt", "ms/op", p("n", "64", "scaling", "strong", "threads", "2"), 5.5, 5.6, 5.4));
        Measured t2 = a.measured().stream().filter(x -> x.threads() == 2).findFirst().orElseThrow();
        assertEquals("{n=64}", t2.caseParams().toString());
        assertTrue(a.rows().stream().anyMatch(r -> r.x() == t2 && r.kind() == BaseKind.SERIAL
                && r.base().method().equals("serial")), a.rows().toString());
        assertEquals(1, a.series().size());
        assertFalse(a.series().get(0).weak());
    }

    @Test
    void scalingWeakIsACaseOfItsOwnWithTheSameBackendAtOneThreadAsBase() throws Exception {
        String m = "parbench.bench.VectorAddBenchmark.";
        Analysis a = analyse(
                rec(m + "serial", "avgt", "ms/op", p("n", "1000"), 1, 1.01, 0.99),
                rec(m + "forkjoin", "avgt", "ms/op", p("n", "1000", "scaling", "weak", "threads", "1"), 1, 1.01, 0.99),
                rec(m + "forkjoin", "avgt", "ms/op", p("n", "1000", "scaling", "weak", "threads", "2"), 1.1, 1.11, 1.09));
        Measured t2 = a.measured().stream().filter(x -> x.threads() == 2).findFirst().orElseThrow();
        assertEquals("{n=1000, scaling=weak}", t2.caseParams().toString());
        // No serial base for a grown problem: the weak speedup is the same backend's work rate at 1 thread.
        assertTrue(a.rows().stream().noneMatch(r -> r.x() == t2 && r.kind() == BaseKind.SERIAL));
        Row self = a.rows().stream().filter(r -> r.x() == t2 && r.kind() == BaseKind.SELF).findFirst().orElseThrow();
        assertEquals("weak", self.scaling());
        assertEquals(2 / 1.1, self.speedup().estimate(), 1e-9);
        Series weak = a.series().stream().filter(Series::weak).findFirst().orElseThrow();
        // Gustafson: S(2) = 2 − f, so f = 2 − 2/1.1 (the fork means straddle 1.1 symmetrically).
        assertEquals(2 - 2 / 1.1, weak.gustafson().serialFraction(), 0.002);
    }
}
