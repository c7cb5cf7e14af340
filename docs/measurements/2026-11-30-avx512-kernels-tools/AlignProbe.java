import jdk.incubator.vector.*;
import java.lang.management.*;
import parbench.core.*;
/**
 * Split-load probe: the 12-vector row block of Conv2dSimd on a 2048² image (whole blocks only), with
 * the real taps and with every tap moved to one column so that all loads share one alignment
 * (+0, +12 = 64-byte aligned for a G1 humongous array whose data starts 16 bytes into a region,
 * +13), and with all taps on one row (L1-resident). Wrong results on purpose: speed only.
 * Thread CPU time, FmaPeak(1) interleaved. Usage: java --add-modules jdk.incubator.vector -cp
 * core-classes:. AlignProbe 2048 15
 */
public class AlignProbe {
    static final VectorSpecies<Float> S = SimdSpecies.FLOAT; static final int L = S.length();
    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    static void block(float[] img, float[] fc, int[] taps, float[] out, int base, int o) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
        FloatVector a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (int t = 0; t < taps.length; t++) {
            FloatVector c = FloatVector.broadcast(S, fc[t]);
            int r = base + taps[t];
            a0 = FloatVector.fromArray(S, img, r).fma(c, a0);
            a1 = FloatVector.fromArray(S, img, r + L).fma(c, a1);
            a2 = FloatVector.fromArray(S, img, r + 2 * L).fma(c, a2);
            a3 = FloatVector.fromArray(S, img, r + 3 * L).fma(c, a3);
            a4 = FloatVector.fromArray(S, img, r + 4 * L).fma(c, a4);
            a5 = FloatVector.fromArray(S, img, r + 5 * L).fma(c, a5);
            a6 = FloatVector.fromArray(S, img, r + 6 * L).fma(c, a6);
            a7 = FloatVector.fromArray(S, img, r + 7 * L).fma(c, a7);
            a8 = FloatVector.fromArray(S, img, r + 8 * L).fma(c, a8);
            a9 = FloatVector.fromArray(S, img, r + 9 * L).fma(c, a9);
            a10 = FloatVector.fromArray(S, img, r + 10 * L).fma(c, a10);
            a11 = FloatVector.fromArray(S, img, r + 11 * L).fma(c, a11);
        }
        a0.intoArray(out, o); a1.intoArray(out, o + L); a2.intoArray(out, o + 2 * L); a3.intoArray(out, o + 3 * L);
        a4.intoArray(out, o + 4 * L); a5.intoArray(out, o + 5 * L); a6.intoArray(out, o + 6 * L); a7.intoArray(out, o + 7 * L);
        a8.intoArray(out, o + 8 * L); a9.intoArray(out, o + 9 * L); a10.intoArray(out, o + 10 * L); a11.intoArray(out, o + 11 * L);
    }
    // whole blocks only; returns FMAs (vector) done
    static long run(float[] img, int w, int h, float[] fc, int k, int[] taps, float[] out, int shift) {
        int ow = w - k + 1 - 16, oh = h - k + 1; int cols = 12 * L; long n = 0;
        for (int y = 0; y < oh; y++) for (int x = 0; x + cols <= ow; x += cols) { block(img, fc, taps, out, y * w + x + shift, y * ow + x); n += 12L * taps.length; }
        return n;
    }
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]), k = 5, rounds = Integer.parseInt(a[1]);
        java.util.Random r = new java.util.Random(1);
        float[] img = new float[n * n]; for (int i = 0; i < img.length; i++) img[i] = r.nextFloat();
        float[] fc = new float[k * k]; for (int i = 0; i < fc.length; i++) fc[i] = r.nextFloat();
        float[] out = new float[n * n];
        int[] tapsNormal = new int[k * k], tapsSame = new int[k * k], tapsZero = new int[k * k];
        for (int j = 0; j < k; j++) for (int i = 0; i < k; i++) { tapsNormal[j * k + i] = i * n + j; tapsSame[j * k + i] = i * n; }
        FmaPeak fma = new FmaPeak(1); long flops = 1_000_000_000L;
        String[] names = {"normal(j=0..4)", "all at +0", "all at +12", "all at +13", "1 row +12", "1 row +13"};
        double[][] t = new double[names.length + 1][rounds]; long fmaCpu = 0; long[] cnt = new long[names.length];
        for (int rep = 0; rep < rounds; rep++) {
            for (int v = 0; v < names.length; v++) {
                long c0 = MX.getCurrentThreadCpuTime();
                cnt[v] = switch (v) { case 0 -> run(img, n, n, fc, k, tapsNormal, out, 0); case 1 -> run(img, n, n, fc, k, tapsSame, out, 0);
                    case 2 -> run(img, n, n, fc, k, tapsSame, out, 12); case 4 -> run(img, n, n, fc, k, tapsZero, out, 12); case 5 -> run(img, n, n, fc, k, tapsZero, out, 13); default -> run(img, n, n, fc, k, tapsSame, out, 13); };
                t[v][rep] = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
            }
            fma.run(flops); long c0 = 0; for (Thread th : fma.pool().workersStarted()) c0 += MX.getThreadCpuTime(th.getId());
            t[names.length][rep] = (c0 - fmaCpu) / 1e9; fmaCpu = c0;
        }
        double peak = flops / med(t[names.length]);
        System.out.printf("n=%d L=%d peak %.0f GFLOP/s%n", n, L, peak / 1e9);
        for (int v = 0; v < names.length; v++) { double fl = cnt[v] * 2.0 * L; System.out.printf("%-16s %5.1f %% of peak (best %5.1f %%)%n", names[v], 100 * fl / med(t[v]) / peak, 100 * fl / best(t[v]) / peak); }
    }
    static double med(double[] v) { double[] s = v.clone(); java.util.Arrays.sort(s); return s[s.length / 2]; }
    static double best(double[] v) { double[] s = v.clone(); java.util.Arrays.sort(s); return s[0]; }
}
