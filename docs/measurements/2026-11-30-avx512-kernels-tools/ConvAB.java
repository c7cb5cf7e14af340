import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/** Interleaves conv2d simd from two builds (A, B) and FmaPeak(1) in one JVM; thread CPU time; statistics over the second half of the rounds (the first half is JIT warmup). */
public class ConvAB {
    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(System.getProperty("n", "2048")), k = 5, rounds = Integer.parseInt(a[2]);
        Object[] conv = new Object[2]; Method[] m = new Method[2];
        for (int i = 0; i < 2; i++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[i]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass("parbench.core.Conv2dSimd");
            conv[i] = c.getConstructor().newInstance();
            m[i] = cl.loadClass("parbench.core.Conv2d").getMethod("convolve", float[].class, int.class, int.class, float[].class, int.class, float[].class);
        }
        ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[1]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> fc = cl.loadClass("parbench.core.FmaPeak");
        Object fma = fc.getConstructor(int.class).newInstance(1);
        Method run = fc.getMethod("run", long.class);
        long flops = 2_000_000_000L;
        java.util.Random r = new java.util.Random(1);
        float[] img = new float[n * n]; for (int i = 0; i < img.length; i++) img[i] = r.nextFloat() * 2 - 1;
        float[] f = new float[k * k]; for (int i = 0; i < f.length; i++) f[i] = r.nextFloat() * 2 - 1;
        int on = n - k + 1; float[][] out = {new float[on * on], new float[on * on]};
        double[][] t = new double[3][rounds]; long fmaCpu = 0;
        for (int rep = 0; rep < rounds; rep++) {
            for (int i = 0; i < 2; i++) {
                long c0 = MX.getCurrentThreadCpuTime();
                m[i].invoke(conv[i], img, n, n, f, k, out[i]);
                t[i][rep] = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
            }
            // FmaPeak runs on its pool's worker: that thread's CPU time.
            Object pool = fc.getMethod("pool").invoke(fma);
            run.invoke(fma, flops);
            java.util.Set<?> ws = (java.util.Set<?>) pool.getClass().getMethod("workersStarted").invoke(pool);
            long c0 = 0; for (Object th : ws) c0 += MX.getThreadCpuTime(((Thread) th).getId());
            t[2][rep] = (c0 - fmaCpu) / 1e9; fmaCpu = c0;
        }
        if (!java.util.Arrays.equals(out[0], out[1])) System.out.println("OUTPUTS DIFFER");
        double px = (double) on * on;
        double peak = flops / median(t[2]) / 1e9;
        for (int i = 0; i < 2; i++) {
            double gpx = px / median(t[i]) / 1e9, gbest = px / best(t[i]) / 1e9;
            System.out.printf("%s: %.2f G px/s median (best %.2f) = %.0f %% (best %.0f %%) of FMA peak %.0f GFLOP/s (median)%n",
                    i == 0 ? "A " + a[0] : "B " + a[1], gpx, gbest, 100 * gpx * 50 / peak, 100 * gbest * 50 / peak, peak);
        }
    }
    static double median(double[] v) { double[] s = java.util.Arrays.copyOfRange(v, v.length / 2, v.length); java.util.Arrays.sort(s); return s[s.length / 2]; }
    static double best(double[] v) { double[] s = java.util.Arrays.copyOfRange(v, v.length / 2, v.length); java.util.Arrays.sort(s); return s[0]; }
}
