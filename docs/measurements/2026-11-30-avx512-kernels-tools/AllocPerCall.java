import parbench.core.*;
/** Bytes allocated per Conv2dSimd call (2048², k = 5), every 10th of 60 calls: boxing shows up here. */
public class AllocPerCall {
    public static void main(String[] a) {
        int n = 2048, k = 5; java.util.Random r = new java.util.Random(1);
        float[] img = new float[n * n]; for (int i = 0; i < img.length; i++) img[i] = r.nextFloat();
        float[] f = new float[k * k]; for (int i = 0; i < f.length; i++) f[i] = r.nextFloat();
        float[] out = new float[(n - k + 1) * (n - k + 1)];
        Conv2d c = new Conv2dSimd();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 60; i++) { long b = mx.getCurrentThreadAllocatedBytes(); c.convolve(img, n, n, f, k, out); if (i % 10 == 9) System.out.println("call " + (i + 1) + ": " + (mx.getCurrentThreadAllocatedBytes() - b) + " B"); }
    }
}
