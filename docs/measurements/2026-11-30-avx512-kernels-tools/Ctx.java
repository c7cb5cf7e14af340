import java.lang.management.ManagementFactory;
import parbench.core.*;

/**
 * One workload, simd or simd_forkjoin(t), alone in this JVM (as in a JMH fork): CPU ms and
 * allocated bytes of the threads doing the work, per call, summarised over the first and last calls.
 */
public class Ctx {
    static final com.sun.management.ThreadMXBean MX = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    public static void main(String[] a) throws Exception {
        String w = a[0]; String backend = a[1]; int threads = Integer.parseInt(a[2]); int calls = Integer.parseInt(a[3]);
        boolean fj = backend.equals("simd_forkjoin");
        AutoCloseable k; Runnable call; WorkerPool pool;
        switch (w) {
            case "mc" -> { MonteCarloPi m = fj ? new MonteCarloPiSimdForkJoin(threads) : new MonteCarloPiSimd();
                long n = 1L << 22; call = () -> m.countInside(42, n); k = m::close;
                pool = fj ? ((MonteCarloPiSimdForkJoin) m).pool() : null; }
            case "add" -> { VectorAdd v = fj ? new VectorAddSimdForkJoin(threads) : new VectorAddSimd();
                int n = 1 << 18; float[] x = new float[n], y = new float[n], z = new float[n];
                call = () -> v.add(x, y, z); k = v::close; pool = fj ? ((VectorAddSimdForkJoin) v).pool() : null; }
            case "matmul" -> { Matmul m = fj ? new MatmulSimdForkJoin(threads) : new MatmulSimd();
                int n = 256; float[] x = new float[n * n], y = new float[n * n], z = new float[n * n];
                call = () -> m.multiply(x, y, z, n); k = m::close; pool = fj ? ((MatmulSimdForkJoin) m).pool() : null; }
            case "conv" -> { Conv2d c = fj ? new Conv2dSimdForkJoin(threads) : new Conv2dSimd();
                int n = 512, kk = 5; float[] img = new float[n * n], f = new float[kk * kk], out = new float[(n - kk + 1) * (n - kk + 1)];
                java.util.Arrays.fill(f, 0.04f);
                call = () -> c.convolve(img, n, n, f, kk, out); k = c::close; pool = fj ? ((Conv2dSimdForkJoin) c).pool() : null; }
            default -> throw new IllegalArgumentException(w);
        }
        double[] cpu = new double[calls]; double[] alloc = new double[calls];
        for (int i = 0; i < calls; i++) {
            long c0 = cpu(pool), a0 = alloc(pool);
            call.run();
            cpu[i] = (cpu(pool) - c0) / 1e6; alloc[i] = alloc(pool) - a0;
        }
        int q = calls / 10;
        System.out.printf("%s %s(%d): cpu ms median first 10%% %.3f, last 10%% %.3f; alloc B/call last 10%% %.0f%n",
                w, backend, threads, median(cpu, q, 2 * q), median(cpu, calls - q, calls), median(alloc, calls - q, calls));
        k.close();
    }
    static double median(double[] v, int from, int to) {
        double[] s = java.util.Arrays.copyOfRange(v, from, to); java.util.Arrays.sort(s); return s[s.length / 2];
    }
    static long cpu(WorkerPool p) {
        if (p == null) return MX.getCurrentThreadCpuTime();
        long s = 0; for (Thread t : p.workersStarted()) s += MX.getThreadCpuTime(t.getId()); return s;
    }
    static long alloc(WorkerPool p) {
        if (p == null) return MX.getThreadAllocatedBytes(Thread.currentThread().getId());
        long s = 0; for (Thread t : p.workersStarted()) s += MX.getThreadAllocatedBytes(t.getId()); return s;
    }
}
