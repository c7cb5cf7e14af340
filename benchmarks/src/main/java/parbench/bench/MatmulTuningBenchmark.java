package parbench.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import parbench.core.Matmul;
import parbench.core.MatmulSimdForkJoin;
import parbench.opencl.MatmulJocl;

/**
 * The block sizes of the fastest matmul backends as JMH params, to sweep them, e.g.
 * {@code java -jar benchmarks.jar MatmulTuningBenchmark.simd_forkjoin -p kc=256,512,1024 -p mc=72,144,288}.
 * The defaults are the kernels' own constants (MatmulSimdKernel.DEFAULT_KC / DEFAULT_MC,
 * MatmulJocl.MC / KC), whose comments give the sweeps that chose them. Not part of the default
 * run: it runs when a pattern names it. Outputs are verified like MatmulBenchmark's.
 */
public class MatmulTuningBenchmark extends BenchmarkDefaults {

    /** The trial of every knob state here: the kernel made and checked on the Matmul problem (TunedKernel). */
    public abstract static class Tuned extends TunedKernel<Matmul> {
        @Setup(Level.Trial)
        public void open(BenchmarkParams params, MatmulBenchmark.Problem p) {
            start(params, p);
        }
    }

    /** Vector API kernel over threads: depth of a k slice and rows of a packed A block. */
    @State(Scope.Benchmark)
    public static class SimdTiles extends Tuned {
        @Param("1")
        public int threads;
        @Param("512")
        public int kc;
        @Param("144")
        public int mc;

        @Override
        Matmul create() {
            return new MatmulSimdForkJoin(threads, kc, mc);
        }

        @Override
        String what() {
            return "simd_forkjoin threads=" + threads + " kc=" + kc + " mc=" + mc;
        }
    }

    /** JOCL's CPU kernels: rows of C per work-item and depth of a k slice. */
    @State(Scope.Benchmark)
    public static class JoclTiles extends Tuned {
        @Param("64")
        public int joclMc;
        @Param("512")
        public int joclKc;

        @Override
        Matmul create() {
            return new MatmulJocl(joclMc, joclKc);
        }

        @Override
        String what() {
            return "jocl joclMc=" + joclMc + " joclKc=" + joclKc;
        }
    }

    @Benchmark
    public float[] simd_forkjoin(MatmulBenchmark.Problem p, SimdTiles k) {
        return run(p, k);
    }

    @Benchmark
    public float[] jocl_end_to_end(MatmulBenchmark.Problem p, JoclTiles k) {
        return run(p, k);
    }

    private static float[] run(MatmulBenchmark.Problem p, KernelState<Matmul> k) {
        long t0 = k.slowdown.start();
        k.kernel.multiply(p.a, p.b, p.c, p.n);
        k.slowdown.pad(t0);
        return p.c;
    }
}
