package parbench.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import parbench.core.FmaPeak;
import parbench.core.Inputs;
import parbench.core.StreamBandwidth;

/**
 * This machine's own limits, measured in the same run as the kernels so that the report can show
 * every kernel as a fraction of them (the roofline): the FMA peak of the Vector API with enough
 * independent accumulators to hide FMA latency, and STREAM-like copy and add bandwidth over arrays
 * far larger than the last-level cache.
 */
public class CalibrationBenchmark extends BenchmarkDefaults {

    @State(Scope.Benchmark)
    public static class Fma {
        @Param("1")
        public int threads;

        /** Floating-point operations per benchmark operation, all threads together (~40 ms on one core). */
        @Param("4294967296")
        public long flops;

        FmaPeak kernel;

        @Setup(Level.Trial)
        public void open() {
            kernel = new FmaPeak(threads);
            float r = kernel.run(flops);
            if (!Float.isFinite(r)) {
                throw new IllegalStateException("fma_peak returned " + r + "; refusing to report it");
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            kernel.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Stream {
        @Param("1")
        public int threads;

        /** Floats per array: 16 M floats = 64 MB per array, far beyond L3. */
        @Param("16777216")
        public int n;

        float[] a;
        float[] b;
        float[] c;
        StreamBandwidth kernel;

        @Setup(Level.Trial)
        public void open() {
            a = Inputs.randomFloats(Inputs.DEFAULT_SEED, n);
            b = Inputs.randomFloats(Inputs.DEFAULT_SEED + 1, n);
            c = new float[n];
            kernel = new StreamBandwidth(threads);
            kernel.add(a, b, c);
            for (int i = 0; i < n; i++) {
                if (c[i] != a[i] + b[i]) {
                    throw new IllegalStateException("stream_add element " + i + " is wrong; refusing to report it");
                }
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            kernel.close();
        }
    }

    @Benchmark
    public float fma_peak(Fma s) {
        return s.kernel.run(s.flops);
    }

    @Benchmark
    public float[] stream_add(Stream s) {
        s.kernel.add(s.a, s.b, s.c);
        return s.c;
    }

    @Benchmark
    public float[] stream_copy(Stream s) {
        s.kernel.copy(s.a, s.c);
        return s.c;
    }
}
