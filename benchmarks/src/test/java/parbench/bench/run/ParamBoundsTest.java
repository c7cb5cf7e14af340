package parbench.bench.run;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Every @Param of every benchmark class has bounds in ParamCheck; the lessons' bins and capacity start at 1. */
class ParamBoundsTest {

    @Test
    void everyDeclaredParamIsKnownToParamCheck() throws Exception {
        List<String> classes = new ArrayList<>(Registry.methodsByClass().keySet());
        classes.addAll(List.of("MatmulTuningBenchmark", "Conv2dTuningBenchmark", "DistributedTuningBenchmark"));
        Set<String> params = new TreeSet<>();
        for (String cls : classes) {
            for (Method m : Class.forName("parbench.bench." + cls).getMethods()) {
                if (!m.isAnnotationPresent(Benchmark.class)) {
                    continue;
                }
                for (Class<?> state : m.getParameterTypes()) {
                    for (Class<?> c = state; c != null; c = c.getSuperclass()) {
                        for (Field f : c.getDeclaredFields()) {
                            if (f.isAnnotationPresent(Param.class)) {
                                params.add(f.getName());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(params.containsAll(List.of("threads", "bins", "capacity", "n", "samples")), params.toString());
        for (String p : params) {
            String problem = ParamCheck.check(p, List.of("4"));
            assertTrue(problem == null || !problem.startsWith("unknown parameter"), p + ": " + problem);
        }
    }

    @Test
    void binsAndCapacityBelowOneAreRefused() {
        assertEquals("parameter bins=0 is out of range; allowed: integers from 1 to 16777216", ParamCheck.check("bins", List.of("4", "0")));
        assertEquals("parameter capacity=-1 is out of range; allowed: integers from 1 to 16777216", ParamCheck.check("capacity", List.of("-1")));
        assertNull(ParamCheck.check("capacity", List.of("1", "1024")));
    }
}
