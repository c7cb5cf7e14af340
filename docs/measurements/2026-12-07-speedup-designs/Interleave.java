import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;
import parbench.core.Matmul;
import parbench.core.MatmulSimd;
import parbench.core.MatmulSimdForkJoin;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiSimd;
import parbench.core.MonteCarloPiSimdForkJoin;

/**
 * How much of a 2-thread speedup's noise each measurement design cancels, in one JVM (run several).
 * base = the one-thread SIMD kernel, par = the SIMD kernel on a 2-worker pool. Designs, alternated:
 * "blocks": base timed for BLOCK seconds, then par for BLOCK seconds (a fork pair adjacent in time,
 * compressed); "interleaved": single calls alternating base, par, base, … for 2·BLOCK seconds, the
 * ratio of the summed times. Prints one line per repetition: design, workload, log(speedup).
 * Usage: java --add-modules jdk.incubator.vector -cp benchmarks.jar Interleave.java [reps] [block_s]
 */
public class Interleave {
    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        double block = args.length > 1 ? Double.parseDouble(args[1]) : 0.3;
        int n = 1024;
        float[] a = new float[n * n], b = new float[n * n], c = new float[n * n];
        Random r = new Random(1);
        for (int i = 0; i < a.length; i++) { a[i] = r.nextFloat(); b[i] = r.nextFloat(); }
        Matmul ms = new MatmulSimd();
        Matmul mp = new MatmulSimdForkJoin(2);
        MonteCarloPi ps = new MonteCarloPiSimd();
        MonteCarloPi pp = new MonteCarloPiSimdForkJoin(2);
        long samples = 1L << 25;
        LongSupplier[][] w = {
            {() -> { ms.multiply(a, b, c, n); return (long) c[7]; }, () -> { mp.multiply(a, b, c, n); return (long) c[7]; }},
            {() -> ps.countInside(42, samples), () -> pp.countInside(42, samples)}};
        String[] names = {"matmul", "montecarlo"};
        long sink = 0;
        for (int k = 0; k < w.length; k++) { // warm up: JIT both kernels
            sink += time(w[k][0], 1.0)[1] + time(w[k][1], 1.0)[1];
        }
        for (int rep = 0; rep < reps; rep++) {
            for (int k = 0; k < w.length; k++) {
                boolean blocksFirst = (rep + k) % 2 == 0;
                for (int d = 0; d < 2; d++) {
                    boolean blocks = (d == 0) == blocksFirst;
                    double s;
                    if (blocks) {
                        double[] x = time(w[k][0], block);
                        double[] y = time(w[k][1], block);
                        s = (x[0] / x[1]) / (y[0] / y[1]);
                    } else {
                        double bt = 0, pt = 0;
                        long end = System.nanoTime() + (long) (2 * block * 1e9);
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            sink += w[k][0].getAsLong();
                            long t1 = System.nanoTime();
                            sink += w[k][1].getAsLong();
                            long t2 = System.nanoTime();
                            bt += t1 - t0;
                            pt += t2 - t1;
                        }
                        s = bt / pt;
                    }
                    System.out.printf(Locale.ROOT, "%s %s %.5f%n", blocks ? "blocks" : "interleaved", names[k], Math.log(s));
                }
            }
        }
        mp.close();
        pp.close();
        System.err.println("sink " + sink);
    }

    /** {total ns, calls} of calling f for about seconds. */
    static double[] time(LongSupplier f, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long t0 = System.nanoTime(), calls = 0, sink = 0;
        while (System.nanoTime() < end) {
            sink += f.getAsLong();
            calls++;
        }
        if (sink == 42) System.err.print("");
        return new double[] {System.nanoTime() - t0, calls};
    }
}
