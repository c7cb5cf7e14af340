package parbench.opencl;

import com.aparapi.Kernel;

/**
 * C = A x B with the same local-memory tiling and register blocking as matmul.cl: a TN x LY
 * work-group computes a TM x TN block of C, each work-item RM = 8 rows of one column, held in
 * eight scalar accumulators (Aparapi has no private arrays without extra annotations; scalars are
 * registers for sure). Tiles of A and B are staged in {@code @Local} arrays between
 * {@code localBarrier()}s; out-of-range elements load as zeros, so any n works.
 */
final class MatmulAparapiKernel extends Kernel {

    static final int TN = MatmulJocl.TN;
    static final int LY = MatmulJocl.LY;
    static final int TM = MatmulJocl.TM;
    static final int TK = MatmulJocl.TN;

    float[] a = new float[1];
    float[] b = new float[1];
    float[] c = new float[1];
    int n;
    int transferOnly;
    @Local
    float[] as = new float[TM * TK];
    @Local
    float[] bs = new float[TK * TN];

    @Override
    public void run() {
        if (transferOnly == 0) {
            int lx = getLocalId(0);
            int ly = getLocalId(1);
            int col = getGroupId(0) * TN + lx;
            int rowBase = getGroupId(1) * TM;
            int r0 = ly * 8;
            float acc0 = 0f;
            float acc1 = 0f;
            float acc2 = 0f;
            float acc3 = 0f;
            float acc4 = 0f;
            float acc5 = 0f;
            float acc6 = 0f;
            float acc7 = 0f;
            for (int k0 = 0; k0 < n; k0 += TK) {
                int kk = k0 + lx;
                for (int t = ly; t < TM; t += LY) {
                    int row = rowBase + t;
                    float v = 0f;
                    if (row < n && kk < n) {
                        v = a[row * n + kk];
                    }
                    as[t * TK + lx] = v;
                }
                for (int t = ly; t < TK; t += LY) {
                    int k = k0 + t;
                    float v = 0f;
                    if (k < n && col < n) {
                        v = b[k * n + col];
                    }
                    bs[t * TN + lx] = v;
                }
                localBarrier();
                for (int k = 0; k < TK; k++) {
                    float bv = bs[k * TN + lx];
                    acc0 = fma(as[(r0) * TK + k], bv, acc0);
                    acc1 = fma(as[(r0 + 1) * TK + k], bv, acc1);
                    acc2 = fma(as[(r0 + 2) * TK + k], bv, acc2);
                    acc3 = fma(as[(r0 + 3) * TK + k], bv, acc3);
                    acc4 = fma(as[(r0 + 4) * TK + k], bv, acc4);
                    acc5 = fma(as[(r0 + 5) * TK + k], bv, acc5);
                    acc6 = fma(as[(r0 + 6) * TK + k], bv, acc6);
                    acc7 = fma(as[(r0 + 7) * TK + k], bv, acc7);
                }
                localBarrier();
            }
            if (col < n) {
                int row = rowBase + r0;
                store(row, col, acc0);
                store(row + 1, col, acc1);
                store(row + 2, col, acc2);
                store(row + 3, col, acc3);
                store(row + 4, col, acc4);
                store(row + 5, col, acc5);
                store(row + 6, col, acc6);
                store(row + 7, col, acc7);
            }
        }
    }

    void store(int row, int col, float v) {
        if (row < n) {
            c[row * n + col] = v;
        }
    }
}
