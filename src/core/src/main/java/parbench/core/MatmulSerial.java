package parbench.core;

/**
 * The single-threaded baseline: the plain i-k-j loop. The innermost loop walks a row of B and a
 * row of C with unit stride, so C2 auto-vectorises it (mul + add, no FMA: Java forbids fusing);
 * this is the best plain Java loop, not the textbook i-j-k dot product, so speedups are fair.
 */
public final class MatmulSerial implements Matmul {

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        rows(a, b, c, n, 0, n);
    }

    /** C rows [i0, i1) = A rows [i0, i1) × B in i-k-j order; the parallel scalar backends share it. */
    static void rows(float[] a, float[] b, float[] c, int n, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            int ci = i * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] = 0f;
            }
            for (int k = 0; k < n; k++) {
                float aik = a[ci + k];
                int bk = k * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aik * b[bk + j];
                }
            }
        }
    }
}
