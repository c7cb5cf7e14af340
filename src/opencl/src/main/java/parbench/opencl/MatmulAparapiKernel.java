package parbench.opencl;

import com.aparapi.Kernel;

/**
 * C = A x B as an Aparapi kernel with the tiling of matmul.cl: a work-group computes a TM x TN
 * block of C; per step of TK along k it copies a TM x TK tile of A and a TK x TN tile of B into
 * {@code @Local} arrays (zeros outside the matrices, so any n works) and accumulates into a
 * {@code @Local} C tile. Aparapi has no vector types, so instead of the float8 micro-kernel the
 * work-items share 4-row strips and run an i-k-j loop whose innermost loop walks contiguous
 * rows of the B and C tiles, which the device compiler vectorises (LLVM on PoCL).
 * The host picks the work-group size (1 on a CPU device, see {@link MatmulAparapi}).
 */
final class MatmulAparapiKernel extends Kernel {

    /** Rows and columns of C per group, and the k-depth of a tile: 32 KiB of tiles, one L1. */
    static final int TM = 32;
    static final int TN = 64;
    static final int TK = 64;
    /** Rows per strip: four rows of C are updated per loaded element of B. */
    static final int STRIP = 4;

    float[] a = new float[1];
    float[] b = new float[1];
    float[] c = new float[1];
    int n;
    int transferOnly;
    @Local
    float[] as = new float[TM * TK];
    @Local
    float[] bs = new float[TK * TN];
    @Local
    float[] cs = new float[TM * TN];

    /**
     * 1: the CPU-device kernel, a strip of STRIP rows of C per work-item straight from global
     * memory (range 1 x strips); 0: the tiled kernel below. On PoCL's CPU device the tiled kernel
     * staged its tiles element by element (a division and a remainder per element) and ran
     * 64-wide rows of local arrays: 54 ms for 1024³ against 13 ms for JOCL's kernel. The strip
     * kernel runs i-k-j over whole rows: per two k steps, every loaded pair of B elements updates
     * four rows of C (16 KiB at n = 1024, in L1), a loop over j the device compiler vectorises.
     */
    int rows;

    @Override
    public void run() {
        if (transferOnly == 0 && rows == 1) {
            int i0 = getGlobalId(1) * STRIP;
            if (i0 + STRIP <= n) {
                int c0 = i0 * n;
                for (int j = 0; j < n; j++) {
                    c[c0 + j] = 0f;
                    c[c0 + n + j] = 0f;
                    c[c0 + 2 * n + j] = 0f;
                    c[c0 + 3 * n + j] = 0f;
                }
                int kk = 0;
                for (; kk + 2 <= n; kk += 2) {
                    float a00 = a[c0 + kk];
                    float a01 = a[c0 + kk + 1];
                    float a10 = a[c0 + n + kk];
                    float a11 = a[c0 + n + kk + 1];
                    float a20 = a[c0 + 2 * n + kk];
                    float a21 = a[c0 + 2 * n + kk + 1];
                    float a30 = a[c0 + 3 * n + kk];
                    float a31 = a[c0 + 3 * n + kk + 1];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        float u = b[b0 + j];
                        float v = b[b0 + n + j];
                        c[c0 + j] = fma(a01, v, fma(a00, u, c[c0 + j]));
                        c[c0 + n + j] = fma(a11, v, fma(a10, u, c[c0 + n + j]));
                        c[c0 + 2 * n + j] = fma(a21, v, fma(a20, u, c[c0 + 2 * n + j]));
                        c[c0 + 3 * n + j] = fma(a31, v, fma(a30, u, c[c0 + 3 * n + j]));
                    }
                }
                for (; kk < n; kk++) {
                    float a0 = a[c0 + kk];
                    float a1 = a[c0 + n + kk];
                    float a2 = a[c0 + 2 * n + kk];
                    float a3 = a[c0 + 3 * n + kk];
                    int b0 = kk * n;
                    for (int j = 0; j < n; j++) {
                        float u = b[b0 + j];
                        c[c0 + j] = fma(a0, u, c[c0 + j]);
                        c[c0 + n + j] = fma(a1, u, c[c0 + n + j]);
                        c[c0 + 2 * n + j] = fma(a2, u, c[c0 + 2 * n + j]);
                        c[c0 + 3 * n + j] = fma(a3, u, c[c0 + 3 * n + j]);
                    }
                }
            } else if (i0 < n) {
                // The last strip of fewer than STRIP rows: one row at a time.
                for (int i = i0; i < n; i++) {
                    int ci = i * n;
                    for (int j = 0; j < n; j++) {
                        c[ci + j] = 0f;
                    }
                    for (int kk = 0; kk < n; kk++) {
                        float ar = a[ci + kk];
                        int b0 = kk * n;
                        for (int j = 0; j < n; j++) {
                            c[ci + j] = fma(ar, b[b0 + j], c[ci + j]);
                        }
                    }
                }
            }
        }
        if (transferOnly == 0 && rows == 0) {
            int lid = getLocalId(0);
            int wg = getLocalSize(0);
            int colBase = getGroupId(0) * TN;
            int rowBase = getGroupId(1) * TM;
            for (int e = lid; e < TM * TN; e += wg) {
                cs[e] = 0f;
            }
            for (int k0 = 0; k0 < n; k0 += TK) {
                for (int e = lid; e < TM * TK; e += wg) {
                    as[e] = aAt(rowBase + e / TK, k0 + e % TK);
                }
                for (int e = lid; e < TK * TN; e += wg) {
                    bs[e] = bAt(k0 + e / TN, colBase + e % TN);
                }
                localBarrier();
                for (int strip = lid; strip < TM / STRIP; strip += wg) {
                    int r0 = strip * STRIP;
                    for (int k = 0; k < TK; k++) {
                        float a0 = as[r0 * TK + k];
                        float a1 = as[(r0 + 1) * TK + k];
                        float a2 = as[(r0 + 2) * TK + k];
                        float a3 = as[(r0 + 3) * TK + k];
                        int bo = k * TN;
                        int c0 = r0 * TN;
                        for (int j = 0; j < TN; j++) {
                            float bv = bs[bo + j];
                            cs[c0 + j] = fma(a0, bv, cs[c0 + j]);
                            cs[c0 + TN + j] = fma(a1, bv, cs[c0 + TN + j]);
                            cs[c0 + 2 * TN + j] = fma(a2, bv, cs[c0 + 2 * TN + j]);
                            cs[c0 + 3 * TN + j] = fma(a3, bv, cs[c0 + 3 * TN + j]);
                        }
                    }
                }
                localBarrier();
            }
            for (int e = lid; e < TM * TN; e += wg) {
                int row = rowBase + e / TN;
                int col = colBase + e % TN;
                if (row < n && col < n) {
                    c[row * n + col] = cs[e];
                }
            }
        }
    }

    /** A[row][k], zero outside the matrix: tiles past the edge are padded, so any n works. */
    float aAt(int row, int k) {
        float v = 0f;
        if (row < n && k < n) {
            v = a[row * n + k];
        }
        return v;
    }

    /** B[k][col], zero outside the matrix. */
    float bAt(int k, int col) {
        float v = 0f;
        if (k < n && col < n) {
            v = b[k * n + col];
        }
        return v;
    }

    /** Sets the problem of the next passes (not called from run(), so not translated). */
    void problem(float[] a, float[] b, float[] c, int n, int transferOnly) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.n = n;
        this.transferOnly = transferOnly;
    }
}
