package parbench.bench;

import parbench.bench.support.Verify;
import parbench.bench.run.Registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import parbench.core.Availability;
import parbench.core.Backend;
import parbench.core.BackendDescriptor;
import parbench.core.BackendKind;
import parbench.core.Conv2d;
import parbench.core.Conv2dSerial;
import parbench.core.Inputs;
import parbench.core.Matmul;
import parbench.core.MatmulSerial;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiSerial;
import parbench.core.VectorAdd;
import parbench.core.VectorAddSerial;
import parbench.core.Workload;

/** The registry and the JMH classes agree, by reflection: no registered method missing, none unregistered. */
class RegistryTest {

    private static final List<String> CLASSES = List.of("VectorAddBenchmark", "MatmulBenchmark", "Conv2dBenchmark",
            "MonteCarloPiBenchmark", "IrregularBenchmark", "HistogramBenchmark", "PipelineBenchmark", "CalibrationBenchmark");

    @Test
    void everyBackendIsRegisteredOnceInEnumOrder() {
        List<Backend> ids = Registry.BACKENDS.stream().map(BackendDescriptor::backend).toList();
        assertEquals(List.of(Backend.values()), ids);
        for (Backend b : Backend.values()) {
            assertEquals(b, Registry.of(b).backend());
            assertFalse(Registry.of(b).description().isBlank(), b.id());
        }
    }

    @Test
    void registeredMethodsAndJmhMethodsAreTheSameSet() throws Exception {
        Set<String> registered = new TreeSet<>();
        for (Registry.Method m : Registry.methods()) {
            assertTrue(registered.add(m.benchmarkClass() + "." + m.method()), "registered twice: " + m);
        }
        assertEquals(Set.copyOf(CLASSES), Set.copyOf(Registry.methodsByClass().keySet()));
        Set<String> declared = new TreeSet<>();
        for (String cls : CLASSES) {
            for (Method m : Class.forName("parbench.bench." + cls).getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    declared.add(cls + "." + m.getName());
                }
            }
        }
        Set<String> withoutMethod = new TreeSet<>(registered);
        withoutMethod.removeAll(declared);
        Set<String> withoutRegistration = new TreeSet<>(declared);
        withoutRegistration.removeAll(registered);
        assertEquals(Set.of(), withoutMethod, "registered, but the JMH class has no such @Benchmark method");
        assertEquals(Set.of(), withoutRegistration, "@Benchmark methods that no backend or variant registers");
    }

    @Test
    void threadsIsSweptExactlyForThreadedRegistrations() throws Exception {
        for (Registry.Method r : Registry.methods()) {
            Method m = jmhMethod(r);
            boolean hasThreads = false;
            for (Class<?> state : m.getParameterTypes()) {
                for (Class<?> c = state; c != null; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        hasThreads |= f.getName().equals("threads") && f.isAnnotationPresent(Param.class);
                    }
                }
            }
            assertEquals(r.threaded(), hasThreads, r + ": threads param present=" + hasThreads);
        }
    }

    /** The method's name picks the trial: a kernel for a backend id, a bound device kernel for {@code _kernel_only}. */
    @Test
    void theMethodNamePicksAKernelOrABoundDeviceKernel() {
        VectorAddBenchmark.Problem p = new VectorAddBenchmark.Problem();
        p.n = 7;
        p.create(WeakScalingTest.params("VectorAddBenchmark.serial", "n", "7"));
        VectorAddBenchmark serial = new VectorAddBenchmark();
        serial.open(WeakScalingTest.params("VectorAddBenchmark.serial", "n", "7"), p);
        serial.run();
        serial.close();
        // A _kernel_only name binds the backend's device kernel; serial has none: the registry's clear message.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VectorAddBenchmark()
                .open(WeakScalingTest.params("VectorAddBenchmark.serial_kernel_only", "n", "7"), p));
        assertTrue(e.getMessage().startsWith("backend serial has no kernel-only variant of workload vector_add"), e.getMessage());
        for (Registry.Method r : Registry.methods()) {
            assertEquals(r.method().endsWith(BackendKind.KERNEL_ONLY), KernelBenchmark.isKernelOnly(r.benchmarkClass() + "." + r.method()), r.toString());
        }
    }

    @Test
    void aMissingFactoryIsAClearMessage() {
        BackendDescriptor partial = BackendDescriptor.of(Backend.SERIAL, "test", () -> Availability.available("test"))
                .with(Workload.VECTOR_ADD, t -> new VectorAddSerial()).build();
        assertTrue(partial.supports(Workload.VECTOR_ADD));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> partial.create(Workload.MATMUL, 1));
        assertEquals("backend serial does not support workload matmul", e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> partial.createDevice(Workload.VECTOR_ADD));
        assertTrue(d.getMessage().startsWith("backend serial has no kernel-only variant of workload vector_add"), d.getMessage());
        assertThrows(IllegalStateException.class, () -> BackendDescriptor.of(Backend.SERIAL, "t", () -> null)
                .with(Workload.MATMUL, t -> null).with(Workload.MATMUL, t -> null));
    }

    /** Every available CPU backend, each workload, awkward sizes, against the serial kernel: a new backend is tested here at once. */
    @Test
    void everyCpuBackendMatchesSerialOnEveryWorkloadThroughTheRegistry() throws Exception {
        for (BackendDescriptor d : Registry.BACKENDS) {
            if (d.backend().kind() == BackendKind.DEVICE || d.backend().kind() == BackendKind.DISTRIBUTED
                    || !d.availability().available()) {
                continue; // devices and the cluster have their own module tests
            }
            for (Workload<?> w : Workload.ALL) {
                assertTrue(d.supports(w), d.id() + " lacks " + w.id());
            }
            for (int threads : d.backend().threaded() ? new int[] {1, 3} : new int[] {1}) {
                String what = d.id() + " threads=" + threads;
                for (int n : new int[] {1, 7, 1031}) {
                    float[] a = Inputs.randomFloats(1, n);
                    float[] b = Inputs.randomFloats(2, n);
                    float[] want = new float[n];
                    float[] got = new float[n];
                    try (VectorAdd ref = new VectorAddSerial(); VectorAdd k = d.create(Workload.VECTOR_ADD, threads)) {
                        ref.add(a, b, want);
                        k.add(a, b, got);
                    }
                    assertArrayEquals(want, got, what + " vector add n=" + n);
                }
                for (int n : new int[] {1, 5, 37}) {
                    float[] a = Inputs.randomFloats(3, n * n);
                    float[] b = Inputs.randomFloats(4, n * n);
                    float[] want = new float[n * n];
                    float[] got = new float[n * n];
                    try (Matmul ref = new MatmulSerial(); Matmul k = d.create(Workload.MATMUL, threads)) {
                        ref.multiply(a, b, want, n);
                        k.multiply(a, b, got, n);
                    }
                    assertArrayEquals(want, got, (float) (2 * Math.sqrt(n) * n * Verify.FLOAT_EPS), what + " matmul n=" + n);
                }
                for (int size : new int[] {3, 11, 40}) {
                    int k = 3;
                    float[] image = Inputs.randomFloats(5, size * size);
                    float[] filter = Inputs.gaussianFilter(k);
                    int o = Conv2d.outSize(size, k);
                    float[] want = new float[o * o];
                    float[] got = new float[o * o];
                    try (Conv2d ref = new Conv2dSerial(); Conv2d c = d.create(Workload.CONV2D, threads)) {
                        ref.convolve(image, size, size, filter, k, want);
                        c.convolve(image, size, size, filter, k, got);
                    }
                    assertArrayEquals(want, got, (float) (2 * k * k * Verify.FLOAT_EPS), what + " conv2d size=" + size);
                }
                for (long samples : new long[] {1, 17, 100_003}) {
                    try (MonteCarloPi ref = new MonteCarloPiSerial(); MonteCarloPi k = d.create(Workload.MONTE_CARLO_PI, threads)) {
                        assertEquals(ref.countInside(7, samples), k.countInside(7, samples), what + " monte carlo samples=" + samples);
                    }
                }
            }
        }
    }

    @Test
    void excludePatternsNeverTouchALessonVariantOfTheSameName() {
        for (Backend b : Backend.values()) {
            Pattern p = Pattern.compile(Registry.excludePattern(b));
            for (Registry.Method m : Registry.methods()) {
                String name = "parbench.bench." + m.benchmarkClass() + "." + m.method();
                boolean backendMethod = Registry.WORKLOADS.values().stream().anyMatch(c -> c.getSimpleName().equals(m.benchmarkClass()))
                        && b.methods().contains(m.method());
                assertEquals(backendMethod, p.matcher(name).find(), b.id() + " vs " + name);
            }
        }
        assertTrue(Pattern.compile(Registry.excludePattern(Backend.JOCL)).matcher("parbench.bench.MatmulTuningBenchmark.jocl_end_to_end").find());
        assertTrue(Pattern.compile(Registry.excludePattern(Backend.HAZELCAST)).matcher("parbench.bench.DistributedTuningBenchmark.hazelcast").find());
    }

    @Test
    void registryCommandPrintsOneLinePerMethod() {
        List<String> lines = new ArrayList<>();
        Registry.methods().forEach(m -> lines.add(m.toString()));
        assertTrue(lines.contains("MatmulBenchmark.hazelcast threaded"));
        assertTrue(lines.contains("Conv2dBenchmark.jocl_kernel_only single"));
        assertTrue(lines.contains("HistogramBenchmark.racy threaded"));
        assertTrue(lines.contains("IrregularBenchmark.serial single"));
    }

    private static Method jmhMethod(Registry.Method r) throws Exception {
        for (Method m : Class.forName("parbench.bench." + r.benchmarkClass()).getMethods()) {
            if (m.getName().equals(r.method()) && m.isAnnotationPresent(Benchmark.class)) {
                return m;
            }
        }
        throw new AssertionError("no @Benchmark method " + r);
    }
}
