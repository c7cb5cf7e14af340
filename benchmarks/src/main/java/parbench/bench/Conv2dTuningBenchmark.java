package parbench.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Conv2d;
import parbench.core.Conv2dSimdForkJoin;
import parbench.opencl.Conv2dJocl;

/**
 * The tuning knobs of the fastest conv2d backends as JMH params, to sweep them, e.g.
 * {@code java -jar benchmarks.jar Conv2dTuningBenchmark.jocl_end_to_end -p joclR=2,3,4 -p joclV=1,2}.
 * The defaults are the backends' own constants (Conv2dArgs.BANDS_PER_THREAD, Conv2dJocl.R / V /
 * BAND), whose comments give the sweeps that chose them. The Vector API kernel's block (one row ×
 * 12 vectors) is unrolled code, not a knob. Not part of the default run: it runs when a pattern
 * names it. Outputs are verified like Conv2dBenchmark's.
 */
public class Conv2dTuningBenchmark extends BenchmarkDefaults {

    /** The trial of every knob state here: the kernel made and checked on the Conv2d problem (TunedKernel). */
    public abstract static class Tuned extends TunedKernel<Conv2d> {
        @Setup(Level.Trial)
        public void open(BenchmarkParams params, Conv2dBenchmark.Problem p) {
            start(params, p);
        }
    }

    /** Vector API kernel over threads: row bands per thread (the fork granularity). */
    @State(Scope.Benchmark)
    public static class SimdBands extends Tuned {
        @Param("1")
        public int threads;
        @Param("4")
        public int bandsPerThread;

        @Override
        Conv2d create() {
            return new Conv2dSimdForkJoin(threads, bandsPerThread);
        }

        @Override
        String what() {
            return "simd_forkjoin threads=" + threads + " bandsPerThread=" + bandsPerThread;
        }
    }

    /**
     * JOCL's CPU kernel: register block of joclR rows × joclV vectors of joclVw floats (0 = the
     * device's preferred width, with that width's default joclR/joclV when those are 0 too),
     * joclBand rows per work-item.
     */
    @State(Scope.Benchmark)
    public static class JoclBlock extends Tuned {
        @Param("0")
        public int joclR;
        @Param("0")
        public int joclV;
        @Param("0")
        public int joclVw;
        @Param("32")
        public int joclBand;

        @Override
        Conv2d create() {
            return new Conv2dJocl(joclR, joclV, joclVw, joclBand);
        }

        @Override
        String what() {
            return "jocl joclR=" + joclR + " joclV=" + joclV + " joclVw=" + joclVw + " joclBand=" + joclBand;
        }
    }

    @Benchmark
    public float[] simd_forkjoin(Conv2dBenchmark.Problem p, SimdBands k) {
        return run(p, k);
    }

    @Benchmark
    public float[] jocl_end_to_end(Conv2dBenchmark.Problem p, JoclBlock k) {
        return run(p, k);
    }

    private static float[] run(Conv2dBenchmark.Problem p, KernelState<Conv2d> k) {
        long t0 = k.slowdown.start();
        k.kernel.convolve(p.image, p.size, p.size, p.filter, p.k, p.out);
        k.slowdown.pad(t0);
        return p.out;
    }
}
