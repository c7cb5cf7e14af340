package parbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import parbench.core.lessons.HistogramVariant;
import parbench.core.lessons.IrregularVariant;
import parbench.core.lessons.PipelineVariant;

/** The lesson benchmarks' methods are exactly their variants' ids (the state looks the id up by method name). */
class LessonBenchmarksTest {

    static Set<String> methods(Class<?> c) {
        return Arrays.stream(c.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyVariantHasOneMethodAndEveryMethodAVariant() {
        assertEquals(Arrays.stream(IrregularVariant.values()).map(IrregularVariant::id).collect(Collectors.toCollection(TreeSet::new)),
                methods(IrregularBenchmark.class));
        assertEquals(Arrays.stream(HistogramVariant.values()).map(HistogramVariant::id).collect(Collectors.toCollection(TreeSet::new)),
                methods(HistogramBenchmark.class));
        assertEquals(Arrays.stream(PipelineVariant.values()).map(PipelineVariant::id).collect(Collectors.toCollection(TreeSet::new)),
                methods(PipelineBenchmark.class));
    }

    @Test
    void variantIsTheMethodName() {
        assertEquals("static_block", LessonState.methodOf("parbench.bench.IrregularBenchmark.static_block"));
    }

    @Test
    void aWrongArrayIsRefusedNamingTheFirstDifference() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LessonState.longs("histogram n=3 bins=3", "atomic_array", new long[] {1, 1, 1}, new long[] {1, 2, 0}));
        assertEquals("histogram n=3 bins=3 on atomic_array gives a wrong result: element 1 is 2, expected 1; refusing to report it",
                e.getMessage());
        assertThrows(IllegalStateException.class, () -> LessonState.longs("x", "y", new long[2], new long[3]));
    }

    /** The racy variant's accounting refuses a bin above the truth (that would be a harness bug, not a race). */
    @Test
    void racyAccountingCountsLossesAndRefusesImpossibleCounts() {
        HistogramBenchmark.Problem p = new HistogramBenchmark.Problem();
        p.n = 10;
        p.bins = 2;
        p.expected = new long[] {6, 4};
        p.counts = new long[] {5, 2};
        assertEquals(3, p.lost("racy"));
        p.counts = new long[] {7, 2};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.lost("racy"));
        assertTrue(e.getMessage().contains("bin 0 counts 7 > true 6"), e.getMessage());
    }
}
