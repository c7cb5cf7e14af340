package parbench.bench.run;

import parbench.bench.Conv2dBenchmark;
import parbench.bench.MatmulBenchmark;
import parbench.bench.MonteCarloPiBenchmark;
import parbench.bench.VectorAddBenchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parbench.core.Backend;
import parbench.core.BackendDescriptor;
import parbench.core.CpuBackends;
import parbench.core.Workload;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;
import parbench.core.lessons.HistogramVariant;
import parbench.core.lessons.IrregularVariant;
import parbench.core.lessons.PipelineVariant;
import parbench.cuda.CudaBackends;
import parbench.distributed.HazelcastBackends;
import parbench.opencl.OpenClBackends;

/**
 * The one list of backends (one line each, contributed by their modules) and of the JMH class of
 * every workload. {@link Kernels}, {@link Probe}, {@code doctor}, {@code --backends}, the methods
 * recorded in environment.json for the report's coverage check, {@code .ci/run} (through the
 * {@code registry} command) and the tests iterate it. docs/contributing.md says how to add to it.
 */
public final class Registry {

    /** Every backend, in {@link Backend} order. */
    public static final List<BackendDescriptor> BACKENDS = List.of(
            CpuBackends.SERIAL,
            CpuBackends.FORKJOIN,
            CpuBackends.STREAMS,
            CpuBackends.SIMD,
            CpuBackends.SIMD_FORKJOIN,
            OpenClBackends.APARAPI,
            OpenClBackends.JOCL,
            CudaBackends.JCUDA,
            HazelcastBackends.HAZELCAST);

    /** The JMH class of every kernel workload: one method per backend method (see {@link Backend#methods()}). */
    public static final Map<Workload<?>, Class<?>> WORKLOADS = Map.of(
            Workload.VECTOR_ADD, VectorAddBenchmark.class,
            Workload.MATMUL, MatmulBenchmark.class,
            Workload.CONV2D, Conv2dBenchmark.class,
            Workload.MONTE_CARLO_PI, MonteCarloPiBenchmark.class);

    private Registry() {
    }

    static {
        // Every enum constant exactly once and in order: a missing registration line fails at once.
        List<Backend> ids = BACKENDS.stream().map(BackendDescriptor::backend).toList();
        if (!ids.equals(List.of(Backend.values()))) {
            throw new ExceptionInInitializerError("Registry.BACKENDS " + ids + " does not list every Backend in order");
        }
    }

    public static BackendDescriptor of(Backend backend) {
        return BACKENDS.get(backend.ordinal());
    }

    /** One benchmark method and whether {@code threads} sweeps it. */
    public record Method(String benchmarkClass, String method, boolean threaded) {
        @Override
        public String toString() {
            return benchmarkClass + "." + method + " " + (threaded ? "threaded" : "single");
        }
    }

    /**
     * Every method a default run measures (tuning sweeps excluded: they run only when named), in the
     * order of the results: the kernel workloads' backend methods, the lessons' variants (the lesson
     * enums are their registry) and the calibrations.
     */
    public static List<Method> methods() {
        List<Method> out = new ArrayList<>();
        for (Workload<?> w : Workload.ALL) {
            String cls = WORKLOADS.get(w).getSimpleName();
            for (BackendDescriptor d : BACKENDS) {
                if (d.supports(w)) {
                    d.backend().methods().forEach(m -> out.add(new Method(cls, m, d.backend().threaded())));
                }
            }
        }
        for (IrregularVariant v : IrregularVariant.values()) {
            out.add(new Method("IrregularBenchmark", v.id(), v.threaded()));
        }
        for (HistogramVariant v : HistogramVariant.values()) {
            out.add(new Method("HistogramBenchmark", v.id(), v.threaded()));
        }
        for (PipelineVariant v : PipelineVariant.values()) {
            out.add(new Method("PipelineBenchmark", v.id(), true));
        }
        for (String m : List.of("fma_peak", "stream_add", "stream_copy")) {
            out.add(new Method("CalibrationBenchmark", m, true));
        }
        return out;
    }

    /** The expected methods per class, for environment.json's {@code benchmarks} (the report's coverage check). */
    public static Map<String, List<String>> methodsByClass() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Method x : methods()) {
            m.computeIfAbsent(x.benchmarkClass(), k -> new ArrayList<>()).add(x.method());
        }
        return m;
    }

    /** {@code registry}: prints {@code Class.method threaded|single}, one line each (read by .ci/run). */
    public static int print(String[] args) {
        boolean[] backends = {false};
        List<String> rest = new ArrayList<>();
        try {
            new OptionScanner().flag("--backends").passUnknown().scan(args, rest, (name, value) -> backends[0] = true);
            if (!rest.isEmpty()) {
                throw new UsageException("unknown option '" + rest.get(0) + "'; allowed: --backends");
            }
        } catch (UsageException e) {
            return Cli.fail(System.err, "registry", e.getMessage());
        }
        if (backends[0]) {
            BACKENDS.forEach(d -> System.out.println(d.id() + " " + d.backend().kind().name().toLowerCase(java.util.Locale.ROOT)));
        } else {
            methods().forEach(System.out::println);
        }
        return ExitCodes.OK;
    }

    /**
     * Matches every benchmark method of a backend ({@code .jocl_end_to_end}, {@code .jocl_kernel_only},
     * {@code .serial}) in the kernel workloads' classes and their tuning sweeps, never a lesson's
     * variant of the same name: {@code --backends} selects backends, the lessons have variants and
     * run unless a benchmark regex leaves them out (docs/contributing.md).
     */
    public static String excludePattern(Backend b) {
        List<String> classes = new ArrayList<>();
        Registry.WORKLOADS.keySet().forEach(w -> classes.add(w.name()));
        classes.add("Distributed");
        java.util.Collections.sort(classes);
        return "\\.(" + String.join("|", classes) + ")(Tuning)?Benchmark\\.(" + String.join("|", b.methods()) + ")$";
    }
}
