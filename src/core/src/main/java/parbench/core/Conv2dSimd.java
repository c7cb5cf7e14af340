package parbench.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API convolution on one thread, register-blocked.
 *
 * <p>Fast path (k = 3, 5, 7): a block of R output rows × V vectors of accumulators stays in
 * registers through all k² taps, and the k taps of one filter column are broadcast into registers
 * too. The block walks down the R+k-1 input rows it needs; each input vector is loaded once and
 * feeds up to k accumulators (one per tap row), so there is about one load per two fused
 * multiply-adds instead of one per FMA, and each output pixel is stored once instead of k² times.
 * The filter stays general: any values, not assumed separable or symmetric; only the loop
 * structure is unrolled per k (the methods at the end are generated from one template).
 *
 * <p>Any other k, and images too small for a fast block, use a generic register block (4 rows × 3
 * vectors, one tap broadcast at a time) or single vectors.
 *
 * <p>Edges need no scalar tails: when the output width or a band's height is not a multiple of
 * the block, the last block is shifted back to end exactly at the edge and recomputes a few
 * pixels. Every path sums the taps of a pixel with fused multiply-adds in the same (column-major)
 * order, and the scalar path for images narrower than one vector uses {@link Math#fma} in that
 * order too, so results are bit-identical whichever block covers a pixel, for any band split and
 * thread count.
 */
public final class Conv2dSimd implements Conv2d {

    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Output rows of the generic register block; band heights are multiples of it. */
    static final int ROWS = 4;
    /** Output pixels per row of the generic register block. */
    private static final int COLS = 3 * L;

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        convolveRows(image, width, columnMajor(filter, k), k, out, 0, Conv2d.outSize(height, k));
    }

    /** The filter transposed, so that the k taps of one filter column are contiguous. */
    static float[] columnMajor(float[] filter, int k) {
        float[] fc = new float[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                fc[j * k + i] = filter[i * k + j];
            }
        }
        return fc;
    }

    /**
     * Computes output rows [y0, y1) from the column-major filter fc; arguments already checked.
     * Shared with the threaded backend.
     */
    static void convolveRows(float[] img, int w, float[] fc, int k, float[] out, int y0, int y1) {
        int ow = Conv2d.outSize(w, k);
        int rows = y1 - y0;
        if (ow < L) {
            scalarRows(img, w, fc, k, out, ow, y0, y1);
        } else if (fastRows(img, w, fc, k, out, ow, y0, y1)) {
            return;
        } else if (rows < ROWS) {
            for (int y = y0; y < y1; y++) {
                for (int x = 0; x < ow; x += L) {
                    block1x1(img, w, fc, k, out, ow, y, Math.min(x, ow - L));
                }
            }
        } else if (ow < COLS) {
            for (int y = y0; y < y1; y += ROWS) {
                for (int x = 0; x < ow; x += L) {
                    block4x1(img, w, fc, k, out, ow, Math.min(y, y1 - ROWS), Math.min(x, ow - L));
                }
            }
        } else {
            int[] taps = tapOffsets(w, k);
            for (int y = y0; y < y1; y += ROWS) {
                for (int x = 0; x < ow; x += COLS) {
                    block4x3(img, w, fc, taps, out, ow, Math.min(y, y1 - ROWS), Math.min(x, ow - COLS));
                }
            }
        }
    }

    /** Runs the unrolled kernel for k if there is one and the rows fit its block; false if not. */
    private static boolean fastRows(float[] img, int w, float[] fc, int k, float[] out, int ow, int y0, int y1) {
        int r;
        int c;
        switch (k) {
            case 3: r = K3_ROWS; c = K3_COLS; break;
            case 5: r = K5_ROWS; c = K5_COLS; break;
            case 7: r = K7_ROWS; c = K7_COLS; break;
            default: return false;
        }
        if (y1 - y0 < r || ow < c) {
            return false;
        }
        for (int y = y0; y < y1; y += r) {
            int yb = Math.min(y, y1 - r);
            // Whole blocks left to right, then one block shifted back to end at the edge.
            strip(img, w, fc, k, out, ow, yb, 0, ow);
            if (ow % c != 0) {
                strip(img, w, fc, k, out, ow, yb, ow - c, ow);
            }
        }
        return true;
    }

    private static void strip(float[] img, int w, float[] fc, int k, float[] out, int ow, int y, int x0, int x1) {
        switch (k) {
            case 3: for (int x = x0; x <= x1 - K3_COLS; x += K3_COLS) { k3(img, w, fc, out, ow, y, x); } break;
            case 5: for (int x = x0; x <= x1 - K5_COLS; x += K5_COLS) { k5(img, w, fc, out, ow, y, x); } break;
            default: for (int x = x0; x <= x1 - K7_COLS; x += K7_COLS) { k7(img, w, fc, out, ow, y, x); } break;
        }
    }

    /** Offset in the image of each tap, in column-major tap order, relative to the output pixel. */
    static int[] tapOffsets(int w, int k) {
        int[] taps = new int[k * k];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < k; i++) {
                taps[j * k + i] = i * w + j;
            }
        }
        return taps;
    }

    /** Generic block: output rows y..y+3, columns x..x+3L-1, one tap broadcast at a time. */
    private static void block4x3(float[] img, int w, float[] fc, int[] taps, float[] out, int ow, int y, int x) {
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a02 = a00;
        FloatVector a10 = a00, a11 = a00, a12 = a00;
        FloatVector a20 = a00, a21 = a00, a22 = a00;
        FloatVector a30 = a00, a31 = a00, a32 = a00;
        int base = y * w + x;
        // One flat loop over taps (not nested i/j loops): C2 in JDK 17 boxes vector accumulators
        // carried through nested loops, which made this block ~10x slower.
        for (int t = 0; t < taps.length; t++) {
            FloatVector c = FloatVector.broadcast(S, fc[t]);
            int r0 = base + taps[t];
            int r1 = r0 + w;
            int r2 = r1 + w;
            int r3 = r2 + w;
            a00 = FloatVector.fromArray(S, img, r0).fma(c, a00);
            a01 = FloatVector.fromArray(S, img, r0 + L).fma(c, a01);
            a02 = FloatVector.fromArray(S, img, r0 + 2 * L).fma(c, a02);
            a10 = FloatVector.fromArray(S, img, r1).fma(c, a10);
            a11 = FloatVector.fromArray(S, img, r1 + L).fma(c, a11);
            a12 = FloatVector.fromArray(S, img, r1 + 2 * L).fma(c, a12);
            a20 = FloatVector.fromArray(S, img, r2).fma(c, a20);
            a21 = FloatVector.fromArray(S, img, r2 + L).fma(c, a21);
            a22 = FloatVector.fromArray(S, img, r2 + 2 * L).fma(c, a22);
            a30 = FloatVector.fromArray(S, img, r3).fma(c, a30);
            a31 = FloatVector.fromArray(S, img, r3 + L).fma(c, a31);
            a32 = FloatVector.fromArray(S, img, r3 + 2 * L).fma(c, a32);
        }
        int o = y * ow + x;
        a00.intoArray(out, o);
        a01.intoArray(out, o + L);
        a02.intoArray(out, o + 2 * L);
        o += ow;
        a10.intoArray(out, o);
        a11.intoArray(out, o + L);
        a12.intoArray(out, o + 2 * L);
        o += ow;
        a20.intoArray(out, o);
        a21.intoArray(out, o + L);
        a22.intoArray(out, o + 2 * L);
        o += ow;
        a30.intoArray(out, o);
        a31.intoArray(out, o + L);
        a32.intoArray(out, o + 2 * L);
    }

    /** Generic block: output rows y..y+3, columns x..x+L-1 (images narrower than 3 vectors). */
    private static void block4x1(float[] img, int w, float[] fc, int k, float[] out, int ow, int y, int x) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int base = y * w + x;
        for (int t = 0; t < k * k; t++) {
            int r = base + (t % k) * w + t / k;
            FloatVector c = FloatVector.broadcast(S, fc[t]);
            a0 = FloatVector.fromArray(S, img, r).fma(c, a0);
            a1 = FloatVector.fromArray(S, img, r + w).fma(c, a1);
            a2 = FloatVector.fromArray(S, img, r + 2 * w).fma(c, a2);
            a3 = FloatVector.fromArray(S, img, r + 3 * w).fma(c, a3);
        }
        int o = y * ow + x;
        a0.intoArray(out, o);
        a1.intoArray(out, o + ow);
        a2.intoArray(out, o + 2 * ow);
        a3.intoArray(out, o + 3 * ow);
    }

    /** Generic block: output row y, columns x..x+L-1 (bands shorter than 4 rows). */
    private static void block1x1(float[] img, int w, float[] fc, int k, float[] out, int ow, int y, int x) {
        FloatVector a = FloatVector.zero(S);
        int base = y * w + x;
        for (int t = 0; t < k * k; t++) {
            int r = base + (t % k) * w + t / k;
            a = FloatVector.fromArray(S, img, r).fma(FloatVector.broadcast(S, fc[t]), a);
        }
        a.intoArray(out, y * ow + x);
    }

    /** Images narrower than one vector: the same fused multiply-adds in the same order, one lane at a time. */
    private static void scalarRows(float[] img, int w, float[] fc, int k, float[] out, int ow, int y0, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < ow; x++) {
                float a = 0f;
                for (int j = 0; j < k; j++) {
                    for (int i = 0; i < k; i++) {
                        a = Math.fma(img[(y + i) * w + x + j], fc[j * k + i], a);
                    }
                }
                out[y * ow + x] = a;
            }
        }
    }

    // ---- Unrolled kernels for k = 3, 5, 7, generated from one template (see class comment). ----


    private static final int K3_ROWS = 4;
    private static final int K3_COLS = 2 * L;

    /** k=3: output rows y..y+3, columns x..x+2L-1; fc is the filter in column-major order. */
    private static void k3(float[] img, int w, float[] fc, float[] out, int ow, int y, int x) {
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00, a31 = a00;
        int p = y * w + x;
        for (int j = 0; j < 3; j++) {
            int c = j * 3;
            FloatVector t0 = FloatVector.broadcast(S, fc[c]);
            FloatVector t1 = FloatVector.broadcast(S, fc[c + 1]);
            FloatVector t2 = FloatVector.broadcast(S, fc[c + 2]);
            int q = p + j;
            FloatVector v;
            v = FloatVector.fromArray(S, img, q);
            a00 = v.fma(t0, a00);
            v = FloatVector.fromArray(S, img, q + L);
            a01 = v.fma(t0, a01);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a10 = v.fma(t0, a10);
            a00 = v.fma(t1, a00);
            v = FloatVector.fromArray(S, img, q + L);
            a11 = v.fma(t0, a11);
            a01 = v.fma(t1, a01);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a20 = v.fma(t0, a20);
            a10 = v.fma(t1, a10);
            a00 = v.fma(t2, a00);
            v = FloatVector.fromArray(S, img, q + L);
            a21 = v.fma(t0, a21);
            a11 = v.fma(t1, a11);
            a01 = v.fma(t2, a01);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t0, a30);
            a20 = v.fma(t1, a20);
            a10 = v.fma(t2, a10);
            v = FloatVector.fromArray(S, img, q + L);
            a31 = v.fma(t0, a31);
            a21 = v.fma(t1, a21);
            a11 = v.fma(t2, a11);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t1, a30);
            a20 = v.fma(t2, a20);
            v = FloatVector.fromArray(S, img, q + L);
            a31 = v.fma(t1, a31);
            a21 = v.fma(t2, a21);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t2, a30);
            v = FloatVector.fromArray(S, img, q + L);
            a31 = v.fma(t2, a31);
        }
        int o = y * ow + x;
        a00.intoArray(out, o);
        a01.intoArray(out, o + L);
        o += ow;
        a10.intoArray(out, o);
        a11.intoArray(out, o + L);
        o += ow;
        a20.intoArray(out, o);
        a21.intoArray(out, o + L);
        o += ow;
        a30.intoArray(out, o);
        a31.intoArray(out, o + L);
    }

    private static final int K5_ROWS = 4;
    private static final int K5_COLS = 1 * L;

    /** k=5: output rows y..y+3, columns x..x+1L-1; fc is the filter in column-major order. */
    private static void k5(float[] img, int w, float[] fc, float[] out, int ow, int y, int x) {
        FloatVector a00 = FloatVector.zero(S), a10 = a00, a20 = a00, a30 = a00;
        int p = y * w + x;
        for (int j = 0; j < 5; j++) {
            int c = j * 5;
            FloatVector t0 = FloatVector.broadcast(S, fc[c]);
            FloatVector t1 = FloatVector.broadcast(S, fc[c + 1]);
            FloatVector t2 = FloatVector.broadcast(S, fc[c + 2]);
            FloatVector t3 = FloatVector.broadcast(S, fc[c + 3]);
            FloatVector t4 = FloatVector.broadcast(S, fc[c + 4]);
            int q = p + j;
            FloatVector v;
            v = FloatVector.fromArray(S, img, q);
            a00 = v.fma(t0, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a10 = v.fma(t0, a10);
            a00 = v.fma(t1, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a20 = v.fma(t0, a20);
            a10 = v.fma(t1, a10);
            a00 = v.fma(t2, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t0, a30);
            a20 = v.fma(t1, a20);
            a10 = v.fma(t2, a10);
            a00 = v.fma(t3, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t1, a30);
            a20 = v.fma(t2, a20);
            a10 = v.fma(t3, a10);
            a00 = v.fma(t4, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t2, a30);
            a20 = v.fma(t3, a20);
            a10 = v.fma(t4, a10);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t3, a30);
            a20 = v.fma(t4, a20);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t4, a30);
        }
        int o = y * ow + x;
        a00.intoArray(out, o);
        o += ow;
        a10.intoArray(out, o);
        o += ow;
        a20.intoArray(out, o);
        o += ow;
        a30.intoArray(out, o);
    }

    private static final int K7_ROWS = 4;
    private static final int K7_COLS = 1 * L;

    /** k=7: output rows y..y+3, columns x..x+1L-1; fc is the filter in column-major order. */
    private static void k7(float[] img, int w, float[] fc, float[] out, int ow, int y, int x) {
        FloatVector a00 = FloatVector.zero(S), a10 = a00, a20 = a00, a30 = a00;
        int p = y * w + x;
        for (int j = 0; j < 7; j++) {
            int c = j * 7;
            FloatVector t0 = FloatVector.broadcast(S, fc[c]);
            FloatVector t1 = FloatVector.broadcast(S, fc[c + 1]);
            FloatVector t2 = FloatVector.broadcast(S, fc[c + 2]);
            FloatVector t3 = FloatVector.broadcast(S, fc[c + 3]);
            FloatVector t4 = FloatVector.broadcast(S, fc[c + 4]);
            FloatVector t5 = FloatVector.broadcast(S, fc[c + 5]);
            FloatVector t6 = FloatVector.broadcast(S, fc[c + 6]);
            int q = p + j;
            FloatVector v;
            v = FloatVector.fromArray(S, img, q);
            a00 = v.fma(t0, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a10 = v.fma(t0, a10);
            a00 = v.fma(t1, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a20 = v.fma(t0, a20);
            a10 = v.fma(t1, a10);
            a00 = v.fma(t2, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t0, a30);
            a20 = v.fma(t1, a20);
            a10 = v.fma(t2, a10);
            a00 = v.fma(t3, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t1, a30);
            a20 = v.fma(t2, a20);
            a10 = v.fma(t3, a10);
            a00 = v.fma(t4, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t2, a30);
            a20 = v.fma(t3, a20);
            a10 = v.fma(t4, a10);
            a00 = v.fma(t5, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t3, a30);
            a20 = v.fma(t4, a20);
            a10 = v.fma(t5, a10);
            a00 = v.fma(t6, a00);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t4, a30);
            a20 = v.fma(t5, a20);
            a10 = v.fma(t6, a10);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t5, a30);
            a20 = v.fma(t6, a20);
            q += w;
            v = FloatVector.fromArray(S, img, q);
            a30 = v.fma(t6, a30);
        }
        int o = y * ow + x;
        a00.intoArray(out, o);
        o += ow;
        a10.intoArray(out, o);
        o += ow;
        a20.intoArray(out, o);
        o += ow;
        a30.intoArray(out, o);
    }
}
