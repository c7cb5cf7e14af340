package parbench.bench;

import parbench.bench.support.WeakSize;
import parbench.bench.run.ParamCheck;
import parbench.bench.run.ForkPlan;
import parbench.bench.run.ForkResults;
import parbench.bench.run.ForkScheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import parbench.plot.analysis.Work;

/**
 * The weak-scaling switch ({@code -p scaling=weak}, issue 13): the size rule per workload, the
 * Problem states running the grown problem and verifying it against the serial reference, the
 * checks before a run, and a default sweep whose plan and results carry no {@code scaling} param.
 */
class WeakScalingTest {

    /** JMH's params of one trial: benchmark name and "k", "v" pairs. */
    static BenchmarkParams params(String benchmark, String... kv) {
        WorkloadParams wp = new WorkloadParams();
        for (int i = 0; i < kv.length; i += 2) {
            wp.put(kv[i], kv[i + 1], i / 2);
        }
        IterationParams it = new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.milliseconds(100), 1);
        return new BenchmarkParams("parbench.bench." + benchmark, "generated", false, 1, new int[] {1}, List.of(), 1, 0,
                it, it, Mode.AverageTime, wp, TimeUnit.MILLISECONDS, 1, "java", List.of(), "17", "vm", "17", "1.37",
                TimeValue.minutes(1));
    }

    // ---- the rule: the work grows × threads ----

    @Test
    void sizeRulePerWorkload() {
        // Work ∝ size: the size × threads.
        assertEquals(3 * 32768, WeakSize.of(Work.VECTOR_ADD, 32768, "weak", "3"));
        assertEquals(4L * 33554432, WeakSize.of(Work.MONTE_CARLO, 33554432, "weak", "4"));
        assertEquals(2 * 8192, WeakSize.of(Work.IRREGULAR, 8192, "weak", "2"));
        assertEquals(2 * 1048576, WeakSize.of(Work.HISTOGRAM, 1048576, "weak", "2"));
        assertEquals(8 * 262144, WeakSize.of(Work.PIPELINE, 262144, "weak", "8"));
        // Work ∝ n³: n × ∛threads, rounded (1024 · 1.2599 = 1290.2; 1024 · 2 = 2048 at 8 threads).
        assertEquals(1290, WeakSize.of(Work.MATMUL, 1024, "weak", "2"));
        assertEquals(2048, WeakSize.of(Work.MATMUL, 1024, "weak", "8"));
        // Work ∝ size²: size × √threads, rounded (2048 · 1.4142 = 2896.3).
        assertEquals(2896, WeakSize.of(Work.CONV2D, 2048, "weak", "2"));
        assertEquals(4096, WeakSize.of(Work.CONV2D, 2048, "weak", "4"));
        // One thread, strong scaling, or no scaling param (serial, simd, devices): the base.
        assertEquals(1024, WeakSize.of(Work.MATMUL, 1024, "weak", "1"));
        assertEquals(1024, WeakSize.of(Work.MATMUL, 1024, "strong", "8"));
        assertEquals(1024, WeakSize.of(Work.MATMUL, 1024, null, null));
        assertEquals(1024, WeakSize.of(Work.MATMUL, 1024, "weak", null));
        assertThrows(IllegalArgumentException.class, () -> WeakSize.of(Work.MONTE_CARLO, Long.MAX_VALUE / 2, "weak", "4"));
    }

    @Test
    void theReportDerivesTheWorkOfTheSizeTheBenchmarkRan() {
        // The rule has one home (plot's WeakScaling): the work the report computes from the recorded
        // params of a weak record equals the work of the grown size run as a strong record.
        Map<String, String> weak = Map.of("n", "1024", "scaling", "weak", "threads", "2");
        Map<String, String> ran = Map.of("n", Long.toString(WeakSize.of(Work.MATMUL, 1024, "weak", "2")), "threads", "2");
        assertEquals(Work.of("parbench.bench.MatmulBenchmark", "forkjoin", ran).get().flop(),
                Work.of("parbench.bench.MatmulBenchmark", "forkjoin", weak).get().flop(), 0);
        Map<String, String> conv = Map.of("size", "100", "k", "5", "scaling", "weak", "threads", "3");
        Map<String, String> convRan = Map.of("size", Long.toString(WeakSize.of(Work.CONV2D, 100, "weak", "3")), "k", "5");
        assertEquals(Work.of("parbench.bench.Conv2dBenchmark", "streams", convRan).get().flop(),
                Work.of("parbench.bench.Conv2dBenchmark", "streams", conv).get().flop(), 0);
    }

    // ---- the Problem states run and verify the grown problem ----

    @Test
    void vectorAddRunsTheGrownProblemAndChecksItAgainstTheSerialReference() {
        VectorAddBenchmark.Problem p = new VectorAddBenchmark.Problem();
        p.n = 1000;
        BenchmarkParams bp = params("VectorAddBenchmark.forkjoin", "n", "1000", "scaling", "weak", "threads", "3");
        p.create(bp);
        assertEquals(3000, p.n);
        assertEquals(3000, p.expected.length);
        VectorAddBenchmark k = new VectorAddBenchmark();
        k.open(bp, p); // forkjoin at threads=3: computes once and verifies against the serial reference at n=3000
        k.run();
        k.close();
        // A single-threaded method has no scaling param: its problem is the base size.
        VectorAddBenchmark.Problem serial = new VectorAddBenchmark.Problem();
        serial.n = 1000;
        serial.create(params("VectorAddBenchmark.serial", "n", "1000"));
        assertEquals(1000, serial.n);
    }

    @Test
    void matmulConvAndMonteCarloRunTheGrownProblemVerified() {
        MatmulBenchmark.Problem m = new MatmulBenchmark.Problem();
        m.n = 16;
        BenchmarkParams bm = params("MatmulBenchmark.streams", "n", "16", "scaling", "weak", "threads", "2");
        m.create(bm);
        assertEquals(20, m.n); // 16 · ∛2 = 20.16
        MatmulBenchmark mk = new MatmulBenchmark();
        mk.open(bm, m);
        mk.close();

        Conv2dBenchmark.Problem c = new Conv2dBenchmark.Problem();
        c.size = 16;
        c.k = 3;
        BenchmarkParams bc = params("Conv2dBenchmark.forkjoin", "k", "3", "size", "16", "scaling", "weak", "threads", "2");
        c.create(bc);
        assertEquals(23, c.size); // 16 · √2 = 22.6
        Conv2dBenchmark ck = new Conv2dBenchmark();
        ck.open(bc, c);
        ck.close();

        MonteCarloPiBenchmark.Problem pi = new MonteCarloPiBenchmark.Problem();
        pi.samples = 1000;
        BenchmarkParams bp = params("MonteCarloPiBenchmark.forkjoin", "samples", "1000", "scaling", "weak", "threads", "2");
        pi.create(bp);
        assertEquals(2000, pi.samples);
        MonteCarloPiBenchmark pk = new MonteCarloPiBenchmark();
        pk.open(bp, pi);
        pk.close();
    }

    @Test
    void lessonsRunTheGrownProblemVerified() {
        IrregularBenchmark.Problem ir = new IrregularBenchmark.Problem();
        ir.n = 7;
        BenchmarkParams bi = params("IrregularBenchmark.dynamic", "n", "7", "scaling", "weak", "threads", "2");
        ir.create(bi);
        assertEquals(14, ir.out.length);
        IrregularBenchmark ik = new IrregularBenchmark();
        ik.open(bi, ir);
        ik.close(ir);

        HistogramBenchmark.Problem h = new HistogramBenchmark.Problem();
        h.n = 101;
        h.bins = 4;
        BenchmarkParams bh = params("HistogramBenchmark.atomic_array", "bins", "4", "n", "101", "scaling", "weak", "threads", "2");
        h.create(bh);
        assertEquals(202, h.keys.length);
        HistogramBenchmark hk = new HistogramBenchmark();
        hk.open(bh, h);
        hk.close(h);

        PipelineBenchmark.Problem pp = new PipelineBenchmark.Problem();
        pp.n = 50;
        BenchmarkParams bq = params("PipelineBenchmark.array_blocking_queue", "capacity", "4", "n", "50", "scaling", "weak", "threads", "2");
        pp.create(bq);
        assertEquals(100, pp.expected.count());
        PipelineBenchmark pk = new PipelineBenchmark();
        pk.open(bq, pp);
        assertEquals("array_blocking_queue threads=2 capacity=4", pk.what);
        pk.close(pp);
    }

    // ---- checks before the run ----

    @Test
    void scalingMustBeStrongOrWeak() {
        assertNull(ParamCheck.check("scaling", List.of("strong", "weak")));
        assertEquals("parameter scaling=Weak is not a scaling; allowed: strong (the same problem at every thread count), "
                + "weak (the problem grows with threads)", ParamCheck.check("scaling", List.of("weak", "Weak")));
        assertEquals("parameter scaling=4 is not a scaling; allowed: strong (the same problem at every thread count), "
                + "weak (the problem grows with threads)", ParamCheck.check(new String[] {"-p", "scaling=4"}, List.of()));
        assertTrue(ParamCheck.check("sclaing", List.of("weak")).endsWith("bandsPerThread, joclMc, joclKc, joclR, joclV, joclVw, joclBand, scaling"));
    }

    private static ForkPlan.Combination combo(String benchmark, String... kv) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return new ForkPlan.Combination("parbench.bench." + benchmark, "avgt", p);
    }

    @Test
    void grownSizesOverTheArrayLimitsOrTheHeapAreRefusedBeforeTheRun() {
        long heap = 4L << 30;
        assertNull(ParamCheck.checkScaled(List.of(combo("MatmulBenchmark.forkjoin", "n", "20000", "scaling", "weak", "threads", "2")), 0));
        assertEquals("scaling=weak: MatmulBenchmark.forkjoin at threads=16 runs n=50397 (grown from 20000), over its limit 46340; "
                + "lower n or threads", ParamCheck.checkScaled(List.of(
                        combo("MatmulBenchmark.serial", "n", "20000"),
                        combo("MatmulBenchmark.forkjoin", "n", "20000", "scaling", "weak", "threads", "16")), heap));
        assertEquals("scaling=weak: VectorAddBenchmark.streams at threads=64 runs n=1073741824 (grown from 16777216), whose arrays "
                + "need 16.0 GiB, more than the forks' 4.0 GiB heap; lower n or threads, or give the forks more heap (-jvmArgsAppend -Xmx...)",
                ParamCheck.checkScaled(List.of(combo("VectorAddBenchmark.streams", "n", "16777216", "scaling", "weak", "threads", "64")), heap));
        assertEquals("scaling=weak: MonteCarloPiBenchmark.forkjoin at threads=4 runs samples=4611686018427387903 × 4, which overflows; "
                + "lower samples or threads", ParamCheck.checkScaled(List.of(combo("MonteCarloPiBenchmark.forkjoin",
                        "samples", Long.toString(Long.MAX_VALUE / 2), "scaling", "weak", "threads", "4")), heap));
        // The same sizes under strong scaling are not grown: nothing to refuse here.
        assertNull(ParamCheck.checkScaled(List.of(combo("VectorAddBenchmark.streams", "n", "16777216", "scaling", "strong", "threads", "64"),
                combo("VectorAddBenchmark.streams", "n", "16777216", "threads", "64")), heap));
    }

    // ---- the default sweep is unchanged ----

    @Test
    void thePlanHasNoScalingParamUnlessOneIsGiven() {
        List<ForkPlan.Combination> def = ForkScheduler.enumerate(new OptionsBuilder().include("VectorAddBenchmark\\.(forkjoin|serial)$").build());
        assertEquals(4, def.size(), def.toString());
        def.forEach(c -> assertFalse(c.params().containsKey("scaling"), c.label()));
        List<ForkPlan.Combination> weak = ForkScheduler.enumerate(new OptionsBuilder().include("VectorAddBenchmark\\.(forkjoin|serial)$")
                .param("scaling", "weak").build());
        assertEquals(4, weak.size());
        for (ForkPlan.Combination c : weak) {
            assertEquals(c.benchmark().endsWith("forkjoin") ? "weak" : null, c.params().get("scaling"), c.label());
        }
    }

    private static RunResult fork(String scaling) {
        BenchmarkParams bp = params("VectorAddBenchmark.forkjoin", "n", "1024", "scaling", scaling, "threads", "2");
        IterationResult ir = new IterationResult(bp, bp.getMeasurement(), new IterationResultMetaData(10, 10));
        ir.addResult(new AverageTimeResult(ResultRole.PRIMARY, "forkjoin", 10, 10_000_000, TimeUnit.MILLISECONDS));
        return new RunResult(bp, List.of(new BenchmarkResult(bp, List.of(ir))));
    }

    @Test
    void resultsRecordScalingWeakButNotTheDefault() {
        List<ForkResults.ForkRecord> records = new ArrayList<>();
        records.add(new ForkResults.ForkRecord(0, 1, fork("strong"), "ms/op", List.of(), List.of(1.0)));
        records.add(new ForkResults.ForkRecord(1, 1, fork("weak"), "ms/op", List.of(), List.of(1.0)));
        JsonArray json = JsonParser.parseString(new String(ForkResults.format(ForkResults.merge(records), ResultFormatType.JSON),
                StandardCharsets.UTF_8)).getAsJsonArray();
        JsonObject strong = json.get(0).getAsJsonObject().getAsJsonObject("params");
        JsonObject weak = json.get(1).getAsJsonObject().getAsJsonObject("params");
        assertEquals("{\"n\":\"1024\",\"threads\":\"2\"}", strong.toString());
        assertEquals("{\"n\":\"1024\",\"scaling\":\"weak\",\"threads\":\"2\"}", weak.toString());
    }
}
