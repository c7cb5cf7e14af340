package parbench.core;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Ad-hoc timing, not a test (no assertions, run by hand): GFLOP/s of serial, simd and
 * simd_forkjoin(2) at one size, next to a simple Vector API FMA peak loop measured in the same
 * run. Best of several repetitions, because the machine is shared.
 *
 * <pre>java --add-modules=jdk.incubator.vector -cp target/classes:target/test-classes parbench.core.MatmulTiming [n] [reps] [kc mc]</pre>
 */
public final class MatmulTiming {

    private static final VectorSpecies<Float> F = SimdSpecies.FLOAT;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int kc = args.length > 3 ? Integer.parseInt(args[2]) : MatmulSimdKernel.DEFAULT_KC;
        int mc = args.length > 3 ? Integer.parseInt(args[3]) : MatmulSimdKernel.DEFAULT_MC;
        boolean withSerial = !Boolean.getBoolean("noserial");
        float[] a = Inputs.randomFloats(1, n * n);
        float[] b = Inputs.randomFloats(2, n * n);
        float[] c = new float[n * n];
        double flops = 2.0 * n * n * n;
        System.out.printf(Locale.ROOT, "n=%d kc=%d mc=%d species=%d bits, java %s, %d rounds%n", n, kc, mc, F.vectorBitSize(), Runtime.version(), reps);
        // Interleaved rounds, best of each: the machine is shared, so only the quiet moments
        // say what the hardware does, and peak and kernels must see the same moments.
        double peak1 = 0;
        double peak2 = 0;
        double peak1Cpu = 0;
        long serial = Long.MAX_VALUE;
        long simd = Long.MAX_VALUE;
        long simdCpu = Long.MAX_VALUE;
        long simdFj = Long.MAX_VALUE;
        long simdFjCpu = Long.MAX_VALUE;
        try (Matmul s1 = new MatmulSerial(); Matmul v1 = new MatmulSimd(kc, mc); Matmul v2 = new MatmulSimdForkJoin(2, kc, mc)) {
            for (int r = 0; r < reps; r++) {
                peak1 = Math.max(peak1, fmaPeak(1));
                peak2 = Math.max(peak2, fmaPeak(2));
                if (withSerial && r % 4 == 0) {
                    serial = Math.min(serial, time(s1, a, b, c, n));
                }
                peak1Cpu = Math.max(peak1Cpu, fmaPeakCpu());
                long cpu0 = CPU.getCurrentThreadCpuTime();
                simd = Math.min(simd, time(v1, a, b, c, n));
                simdCpu = Math.min(simdCpu, CPU.getCurrentThreadCpuTime() - cpu0);
                long w0 = workerCpu(((MatmulSimdForkJoin) v2).pool());
                simdFj = Math.min(simdFj, time(v2, a, b, c, n));
                simdFjCpu = Math.min(simdFjCpu, workerCpu(((MatmulSimdForkJoin) v2).pool()) - w0);
            }
        }
        System.out.printf(Locale.ROOT, "fma peak: 1 thread %.1f GFLOP/s, 2 threads %.1f GFLOP/s%n", peak1, peak2);
        if (withSerial) {
            print("serial", serial, flops, peak1);
        }
        print("simd", simd, flops, peak1);
        System.out.printf(Locale.ROOT, "by thread CPU time (time descheduled not counted): fma peak %.1f GFLOP/s, simd %.1f GFLOP/s = %.1f %% of peak%n",
                peak1Cpu, flops / simdCpu, 100 * flops / simdCpu / peak1Cpu);
        print("simd_forkjoin(2)", simdFj, flops, peak2);
        System.out.printf(Locale.ROOT, "simd_forkjoin(2) total worker CPU time %.2f ms vs simd %.2f ms: work efficiency %.0f %%%n",
                simdFjCpu / 1e6, simdCpu / 1e6, 100.0 * simdCpu / simdFjCpu);
        System.out.printf(Locale.ROOT, "simd_forkjoin(2) vs simd, wall clock: speedup %.2f, efficiency %.0f %%%n", (double) simd / simdFj, 50.0 * simd / simdFj);
    }

    private static long workerCpu(WorkerPool pool) {
        long sum = 0;
        for (Thread t : pool.workersStarted()) {
            sum += Math.max(0, CPU.getThreadCpuTime(t.getId()));
        }
        return sum;
    }

    private static long time(Matmul m, float[] a, float[] b, float[] c, int n) {
        long t0 = System.nanoTime();
        m.multiply(a, b, c, n);
        return System.nanoTime() - t0;
    }

    private static void print(String name, long best, double flops, double peak) {
        double gf = flops / best;
        System.out.printf(Locale.ROOT, "%-18s best %8.2f ms  %6.1f GFLOP/s  %5.1f %% of peak%n", name, best / 1e6, gf, 100 * gf / peak);
    }

    /** FMA peak of the calling thread, by its CPU time. */
    private static double fmaPeakCpu() {
        long iters = 2_000_000L;
        long t0 = CPU.getCurrentThreadCpuTime();
        float sink = fmaLoop(iters);
        long dt = CPU.getCurrentThreadCpuTime() - t0;
        if (sink == 42) {
            System.out.print("");
        }
        return iters * 12.0 * F.length() * 2 / dt;
    }

    /** GFLOP/s of `threads` threads each running independent FMA chains (12 accumulators). */
    private static double fmaPeak(int threads) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(threads);
        try {
            double best = 0;
            for (int r = 0; r < 3; r++) {
                List<Future<Float>> fs = new ArrayList<>();
                long iters = 2_000_000L;
                long t0 = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    fs.add(ex.submit(() -> fmaLoop(iters)));
                }
                float sink = 0;
                for (Future<Float> f : fs) {
                    sink += f.get();
                }
                long dt = System.nanoTime() - t0;
                if (sink == 42) {
                    System.out.print("");
                }
                best = Math.max(best, threads * iters * 12.0 * F.length() * 2 / dt);
            }
            return best;
        } finally {
            ex.shutdown();
        }
    }

    private static float fmaLoop(long iters) {
        FloatVector m = FloatVector.broadcast(F, 0.999999f);
        FloatVector d = FloatVector.broadcast(F, 1e-7f);
        FloatVector a0 = FloatVector.broadcast(F, 1f), a1 = a0.add(1), a2 = a0.add(2), a3 = a0.add(3);
        FloatVector a4 = a0.add(4), a5 = a0.add(5), a6 = a0.add(6), a7 = a0.add(7);
        FloatVector a8 = a0.add(8), a9 = a0.add(9), a10 = a0.add(10), a11 = a0.add(11);
        for (long i = 0; i < iters; i++) {
            a0 = a0.fma(m, d); a1 = a1.fma(m, d); a2 = a2.fma(m, d); a3 = a3.fma(m, d);
            a4 = a4.fma(m, d); a5 = a5.fma(m, d); a6 = a6.fma(m, d); a7 = a7.fma(m, d);
            a8 = a8.fma(m, d); a9 = a9.fma(m, d); a10 = a10.fma(m, d); a11 = a11.fma(m, d);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
