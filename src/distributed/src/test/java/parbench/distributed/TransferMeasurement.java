package parbench.distributed;

import java.util.Arrays;
import java.util.Locale;
import parbench.core.Inputs;
import parbench.core.MatmulForkJoin;
import parbench.core.VectorAddForkJoin;

/**
 * Not a test: a measurement main (see docs/measurements/2026-11-30-distributed.md). What moving the
 * inputs costs: vector add and matmul on ForkJoin, on Hazelcast with the host's arrays shipped in the
 * tasks, and on Hazelcast with the inputs made on the workers from the seeds; jobs interleaved
 * (A B C A B C …), medians and minima. Args: threads [vector length] [matrix n] [pairs].
 */
public final class TransferMeasurement {

    private TransferMeasurement() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int len = args.length > 1 ? Integer.parseInt(args[1]) : 1 << 22;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 21;
        long sa = Inputs.DEFAULT_SEED;
        long sb = Inputs.DEFAULT_SEED + 1;
        System.out.printf(Locale.ROOT, "# JDK %s, %d cores, threads=%d, embedded member, %d interleaved rounds%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), threads, reps);
        System.out.println("| job | forkjoin median (min) ms | hazelcast shipped median (min) ms | hazelcast from seeds median (min) ms |");
        System.out.println("|---|---|---|---|");
        float[] a = Inputs.randomFloats(sa, len);
        float[] b = Inputs.randomFloats(sb, len);
        float[] c1 = new float[len];
        float[] c2 = new float[len];
        float[] c3 = new float[len];
        try (VectorAddForkJoin fj = new VectorAddForkJoin(threads); VectorAddHazelcast hz = new VectorAddHazelcast(threads, Settings.embedded())) {
            long[][] t = new long[3][reps];
            for (int r = -5; r < reps; r++) { // 5 warm-up rounds
                long t0 = System.nanoTime();
                fj.add(a, b, c1);
                long t1 = System.nanoTime();
                hz.add(a, b, c2);
                long t2 = System.nanoTime();
                hz.addFromSeeds(sa, sb, c3);
                long t3 = System.nanoTime();
                if (!Arrays.equals(c1, c2) || !Arrays.equals(c1, c3)) {
                    throw new IllegalStateException("vector add results differ");
                }
                if (r >= 0) {
                    t[0][r] = t1 - t0;
                    t[1][r] = t2 - t1;
                    t[2][r] = t3 - t2;
                }
            }
            row("vector add n=" + len, t);
        }
        float[] ma = Inputs.randomFloats(sa, n * n);
        float[] mb = Inputs.randomFloats(sb, n * n);
        float[] m1 = new float[n * n];
        float[] m2 = new float[n * n];
        float[] m3 = new float[n * n];
        try (MatmulForkJoin fj = new MatmulForkJoin(threads); MatmulHazelcast hz = new MatmulHazelcast(threads, Settings.embedded())) {
            long[][] t = new long[3][reps];
            for (int r = -5; r < reps; r++) {
                long t0 = System.nanoTime();
                fj.multiply(ma, mb, m1, n);
                long t1 = System.nanoTime();
                hz.multiply(ma, mb, m2, n);
                long t2 = System.nanoTime();
                hz.multiplyFromSeeds(sa, sb, m3, n);
                long t3 = System.nanoTime();
                if (!Arrays.equals(m1, m2) || !Arrays.equals(m1, m3)) {
                    throw new IllegalStateException("matmul results differ");
                }
                if (r >= 0) {
                    t[0][r] = t1 - t0;
                    t[1][r] = t2 - t1;
                    t[2][r] = t3 - t2;
                }
            }
            row("matmul n=" + n, t);
        }
    }

    private static void row(String job, long[][] t) {
        StringBuilder s = new StringBuilder("| " + job);
        for (long[] x : t) {
            long[] sorted = x.clone();
            Arrays.sort(sorted);
            s.append(String.format(Locale.ROOT, " | %.2f (%.2f)", sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6));
        }
        System.out.println(s.append(" |"));
    }
}
