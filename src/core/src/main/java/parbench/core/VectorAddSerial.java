package parbench.core;

/** Vector add as a plain loop on one thread: the baseline (C2 auto-vectorises it). */
public final class VectorAddSerial implements VectorAdd {

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        addRange(a, b, c, 0, a.length);
    }

    /** c[i] = a[i] + b[i] for i in [from, to). */
    static void addRange(float[] a, float[] b, float[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            c[i] = a[i] + b[i];
        }
    }
}
