package parbench.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API convolution on one thread, register-blocked along the row.
 *
 * <p>A block is one output row × {@link #VECTORS} vectors of accumulators, held in registers
 * through all k² taps. Per tap: one broadcast of the filter value and {@link #VECTORS} loads, each
 * feeding one fused multiply-add. The taps run in one flat loop over a table of image offsets
 * (column-major: filter column j outer, row i inner), so every load is a base register plus a
 * constant displacement and C2 needs about three instructions per FMA; the filter is general
 * (any values, any k, not assumed separable or symmetric).
 *
 * <p>Why this shape (measured on AMD Zen 3, AVX2, 2048², JDK 17 and 25, {@code perf stat} and the
 * disassembled C2 code): the earlier kernels blocked 2–4 output rows so that each loaded row fed
 * several rows of taps (fewer loads per FMA), but C2 then computed every row address separately
 * and spilled; they ran at about five instructions per FMA and were front-end bound (k = 5:
 * 0.93–0.99 G px/s on JDK 17, 0.83 on JDK 25; k = 3: 1.5; k = 7: 0.50). This block runs at about
 * three per FMA (k = 5: 1.07–1.10 G px/s on both JDKs; k = 3: 2.1; k = 7: 0.59) and is now bound
 * by loads: with taps at x + j every other 32-byte load straddles a cache line, and the same loop
 * with all loads aligned ran 25 % faster (1.37 G px/s). 12 vectors: 12 accumulators + the tap +
 * one loaded vector fit the 16 AVX2 registers; 10 and 13 measured the same, 14 and 15 spill.
 *
 * <p>At 512 bits, for k ≥ 5 and at least six output rows, all rows go through a taller block
 * instead ({@link #tallRows}, 6 rows × 2 vectors, the last group of rows shifted back like the
 * last block of a row): each loaded input vector feeds up to six output rows, which matters there
 * because nearly every 64-byte load splits a cache line (see {@link #TALL}).
 *
 * <p>Every output pixel gets the same k² fused multiply-adds in the same order whichever block
 * computes it, so edges need no special arithmetic: what is left of a row after whole blocks
 * goes in 4-vector blocks, the last one shifted back to end exactly at the edge (recomputing a
 * few pixels); rows narrower than 4 vectors use single vectors the same way, and rows narrower
 * than one vector use scalar {@link Math#fma}. Results
 * are bit-identical for any split of the rows, which {@link Conv2dSimdForkJoin} relies on.
 */
public final class Conv2dSimd implements Conv2d {

    static final VectorSpecies<Float> S = SimdSpecies.FLOAT;
    private static final int L = S.length();
    /** Accumulator vectors per block (see the class comment for how 12 was chosen). */
    static final int VECTORS = 12;
    /** Output pixels per block. */
    private static final int COLS = VECTORS * L;
    /** Output pixels per quarter block (4 vectors), for the rest of a row. */
    private static final int QUARTER = 4 * L;
    /**
     * Whether ranges of at least {@link #TALL_ROWS} output rows go through {@link #tallRows} (at
     * 256 and 512 bits). Why: at 512 bits the row block above reached only 23-26 % of the FMA peak on
     * AMD Zen 5 (JDK 17 and 25; the C2 loop is clean: one load, one FMA per accumulator, no spills).
     * Every 64-byte load whose address is not a multiple of 64 crosses a cache line, and a Java
     * array's start is only 8-byte aligned, so nearly all of its loads split: the same loop with
     * all loads 64-byte aligned (wrong results, a probe) ran at 37-40 %. Tall blocks load each
     * input vector once for up to six output rows (20 loads per 60 FMAs for k = 5 instead of 60).
     * Shapes measured in one JVM (% of peak, medians, loaded machine): 6 × 2 41-44, 5 × 3 40-43,
     * 4 × 4 37-39, 6 × 3 31-42, 2 × 6 30-35, 2 × 12 28-33. 12 accumulators + 2 loaded vectors +
     * up to 6 broadcast taps fit the 32 zmm registers. At 256 bits (16 ymm registers) the tall
     * block was expected to spill and was first left out, but measured on the same Zen 5 with
     * {@code -XX:UseAVX=2} (AVX2 code, 16 registers), JDK 17, 3 alternating rounds of 2 forks: fork
     * medians 4.26 ms tall vs 5.04 ms row block (1.18x; 48 % vs 41 % of that run's 256-bit
     * FMA peak, 103 GFLOP/s), so 256 bits use it too; not yet measured on a real AVX2-only CPU
     * (Zen 3, where the row block ran at 50-52 %). Also tried and dropped: shifting aligned loads with FloatVector.slice (8-22 %: C2
     * builds it from two permutes and a blend) and a j-inner loop order (28 %).
     * With the whole convolution: 31-42 % of the peak per launch (22-25 % before), JDK 17 and 25.
     */
    static final boolean TALL = S.vectorBitSize() >= 256;
    /** Output rows per tall block. */
    static final int TALL_ROWS = 6;
    /** Output pixels per tall block row (2 vectors). */
    private static final int TALL_COLS = 2 * L;

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        convolveRows(image, width, columnMajor(filter, k), k, out, 0, Conv2d.outSize(height, k));
    }

    /** The filter transposed, so that it is in the column-major tap order of {@link #tapOffsets}. */
    static float[] columnMajor(float[] filter, int k) {
        float[] fc = new float[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                fc[j * k + i] = filter[i * k + j];
            }
        }
        return fc;
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

    /**
     * Computes output rows [y0, y1) from the column-major filter fc; arguments already checked.
     * Shared with the threaded backend.
     */
    static void convolveRows(float[] img, int w, float[] fc, int k, float[] out, int y0, int y1) {
        int ow = Conv2d.outSize(w, k);
        if (ow < L) {
            scalarRows(img, w, fc, k, out, ow, y0, y1);
            return;
        }
        int[] taps = tapOffsets(w, k);
        if (TALL && k >= TALL_ROWS - 1 && ow >= TALL_COLS && y1 - y0 >= TALL_ROWS) {
            // The last group shifted back to end at y1 (recomputing up to 5 rows, bit-identically),
            // rather than leaving the rest to the row block: called for a few rows per image, the
            // row block and quarter never got past C1, which boxes every vector (174 KB and more
            // CPU time per 2048² call, varying with when C2 compiled them).
            for (int y = y0; y < y1; y += TALL_ROWS) {
                tallRows(img, w, fc, k, out, ow, Math.min(y, y1 - TALL_ROWS));
            }
            return;
        }
        for (int y = y0; y < y1; y++) {
            int x = 0;
            for (; x <= ow - COLS; x += COLS) {
                block(img, w, fc, taps, out, ow, y, x);
            }
            // The rest of the row (less than a block) in quarter blocks, the last shifted back:
            // a whole block shifted back would recompute up to 11 of its 12 vectors (13 % of the
            // work at 512 px per row). Rows narrower than a quarter block use single vectors.
            if (ow >= QUARTER) {
                for (; x < ow; x += QUARTER) {
                    quarter(img, w, fc, taps, out, ow, y, Math.min(x, ow - QUARTER));
                }
            } else {
                for (; x < ow; x += L) {
                    single(img, w, fc, taps, out, ow, y, Math.min(x, ow - L));
                }
            }
        }
    }

    /** Output row y, columns x .. x + COLS - 1. */
    private static void block(float[] img, int w, float[] fc, int[] taps, float[] out, int ow, int y, int x) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
        FloatVector a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        int base = y * w + x;
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
        int o = y * ow + x;
        a0.intoArray(out, o);
        a1.intoArray(out, o + L);
        a2.intoArray(out, o + 2 * L);
        a3.intoArray(out, o + 3 * L);
        a4.intoArray(out, o + 4 * L);
        a5.intoArray(out, o + 5 * L);
        a6.intoArray(out, o + 6 * L);
        a7.intoArray(out, o + 7 * L);
        a8.intoArray(out, o + 8 * L);
        a9.intoArray(out, o + 9 * L);
        a10.intoArray(out, o + 10 * L);
        a11.intoArray(out, o + 11 * L);
    }

    /**
     * Output rows y .. y + 5, all columns, in blocks of 6 rows × 2 vectors, the last block shifted
     * back to end exactly at the edge. For each filter column j the input rows y + ii (ii = 0 .. k + 4)
     * are loaded once and each feeds every output row y + r it belongs to (tap row i = ii - r): the
     * first and last five input rows reach fewer output rows, so they are written out (the unrolled
     * steps before and after the loop; k >= 5 keeps every tap index in range). Per pixel the taps still
     * come in column-major order, as in {@link #block}.
     */
    private static void tallRows(float[] img, int w, float[] fc, int k, float[] out, int ow, int y) {
        int last = ow - TALL_COLS;
        for (int x0 = 0; ; x0 += TALL_COLS) {
            int x = Math.min(x0, last);
            FloatVector a00 = FloatVector.zero(S), a01 = a00;
            FloatVector a10 = a00, a11 = a00;
            FloatVector a20 = a00, a21 = a00;
            FloatVector a30 = a00, a31 = a00;
            FloatVector a40 = a00, a41 = a00;
            FloatVector a50 = a00, a51 = a00;
            int base = y * w + x;
            for (int j = 0; j < k; j++) {
                int q = base + j; // input row y + ii, column x + j: advanced by w after each row
                int t = j * k;
                { // input row 0: output rows 0..0
                    FloatVector c0 = FloatVector.broadcast(S, fc[t]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a00 = v0.fma(c0, a00);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a01 = v1.fma(c0, a01);
                }
                q += w;
                { // input row 1: output rows 0..1
                    FloatVector c0 = FloatVector.broadcast(S, fc[t + 1]);
                    FloatVector c1 = FloatVector.broadcast(S, fc[t + 1 - 1]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a00 = v0.fma(c0, a00);
                    a10 = v0.fma(c1, a10);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a01 = v1.fma(c0, a01);
                    a11 = v1.fma(c1, a11);
                }
                q += w;
                { // input row 2: output rows 0..2
                    FloatVector c0 = FloatVector.broadcast(S, fc[t + 2]);
                    FloatVector c1 = FloatVector.broadcast(S, fc[t + 2 - 1]);
                    FloatVector c2 = FloatVector.broadcast(S, fc[t + 2 - 2]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a00 = v0.fma(c0, a00);
                    a10 = v0.fma(c1, a10);
                    a20 = v0.fma(c2, a20);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a01 = v1.fma(c0, a01);
                    a11 = v1.fma(c1, a11);
                    a21 = v1.fma(c2, a21);
                }
                q += w;
                { // input row 3: output rows 0..3
                    FloatVector c0 = FloatVector.broadcast(S, fc[t + 3]);
                    FloatVector c1 = FloatVector.broadcast(S, fc[t + 3 - 1]);
                    FloatVector c2 = FloatVector.broadcast(S, fc[t + 3 - 2]);
                    FloatVector c3 = FloatVector.broadcast(S, fc[t + 3 - 3]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a00 = v0.fma(c0, a00);
                    a10 = v0.fma(c1, a10);
                    a20 = v0.fma(c2, a20);
                    a30 = v0.fma(c3, a30);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a01 = v1.fma(c0, a01);
                    a11 = v1.fma(c1, a11);
                    a21 = v1.fma(c2, a21);
                    a31 = v1.fma(c3, a31);
                }
                q += w;
                { // input row 4: output rows 0..4
                    FloatVector c0 = FloatVector.broadcast(S, fc[t + 4]);
                    FloatVector c1 = FloatVector.broadcast(S, fc[t + 4 - 1]);
                    FloatVector c2 = FloatVector.broadcast(S, fc[t + 4 - 2]);
                    FloatVector c3 = FloatVector.broadcast(S, fc[t + 4 - 3]);
                    FloatVector c4 = FloatVector.broadcast(S, fc[t + 4 - 4]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a00 = v0.fma(c0, a00);
                    a10 = v0.fma(c1, a10);
                    a20 = v0.fma(c2, a20);
                    a30 = v0.fma(c3, a30);
                    a40 = v0.fma(c4, a40);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a01 = v1.fma(c0, a01);
                    a11 = v1.fma(c1, a11);
                    a21 = v1.fma(c2, a21);
                    a31 = v1.fma(c3, a31);
                    a41 = v1.fma(c4, a41);
                }
                q += w;
                for (int ii = 5; ii < k; ii++) { // input rows 5 .. k - 1: all 6 output rows
                    FloatVector c0 = FloatVector.broadcast(S, fc[t + ii]);
                    FloatVector c1 = FloatVector.broadcast(S, fc[t + ii - 1]);
                    FloatVector c2 = FloatVector.broadcast(S, fc[t + ii - 2]);
                    FloatVector c3 = FloatVector.broadcast(S, fc[t + ii - 3]);
                    FloatVector c4 = FloatVector.broadcast(S, fc[t + ii - 4]);
                    FloatVector c5 = FloatVector.broadcast(S, fc[t + ii - 5]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a00 = v0.fma(c0, a00);
                    a10 = v0.fma(c1, a10);
                    a20 = v0.fma(c2, a20);
                    a30 = v0.fma(c3, a30);
                    a40 = v0.fma(c4, a40);
                    a50 = v0.fma(c5, a50);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a01 = v1.fma(c0, a01);
                    a11 = v1.fma(c1, a11);
                    a21 = v1.fma(c2, a21);
                    a31 = v1.fma(c3, a31);
                    a41 = v1.fma(c4, a41);
                    a51 = v1.fma(c5, a51);
                    q += w;
                }
                { // input row k: output rows 1..5
                    FloatVector c1 = FloatVector.broadcast(S, fc[t + k - 1]);
                    FloatVector c2 = FloatVector.broadcast(S, fc[t + k - 2]);
                    FloatVector c3 = FloatVector.broadcast(S, fc[t + k - 3]);
                    FloatVector c4 = FloatVector.broadcast(S, fc[t + k - 4]);
                    FloatVector c5 = FloatVector.broadcast(S, fc[t + k - 5]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a10 = v0.fma(c1, a10);
                    a20 = v0.fma(c2, a20);
                    a30 = v0.fma(c3, a30);
                    a40 = v0.fma(c4, a40);
                    a50 = v0.fma(c5, a50);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a11 = v1.fma(c1, a11);
                    a21 = v1.fma(c2, a21);
                    a31 = v1.fma(c3, a31);
                    a41 = v1.fma(c4, a41);
                    a51 = v1.fma(c5, a51);
                }
                q += w;
                { // input row k + 1: output rows 2..5
                    FloatVector c2 = FloatVector.broadcast(S, fc[t + (k + 1) - 2]);
                    FloatVector c3 = FloatVector.broadcast(S, fc[t + (k + 1) - 3]);
                    FloatVector c4 = FloatVector.broadcast(S, fc[t + (k + 1) - 4]);
                    FloatVector c5 = FloatVector.broadcast(S, fc[t + (k + 1) - 5]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a20 = v0.fma(c2, a20);
                    a30 = v0.fma(c3, a30);
                    a40 = v0.fma(c4, a40);
                    a50 = v0.fma(c5, a50);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a21 = v1.fma(c2, a21);
                    a31 = v1.fma(c3, a31);
                    a41 = v1.fma(c4, a41);
                    a51 = v1.fma(c5, a51);
                }
                q += w;
                { // input row k + 2: output rows 3..5
                    FloatVector c3 = FloatVector.broadcast(S, fc[t + (k + 2) - 3]);
                    FloatVector c4 = FloatVector.broadcast(S, fc[t + (k + 2) - 4]);
                    FloatVector c5 = FloatVector.broadcast(S, fc[t + (k + 2) - 5]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a30 = v0.fma(c3, a30);
                    a40 = v0.fma(c4, a40);
                    a50 = v0.fma(c5, a50);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a31 = v1.fma(c3, a31);
                    a41 = v1.fma(c4, a41);
                    a51 = v1.fma(c5, a51);
                }
                q += w;
                { // input row k + 3: output rows 4..5
                    FloatVector c4 = FloatVector.broadcast(S, fc[t + (k + 3) - 4]);
                    FloatVector c5 = FloatVector.broadcast(S, fc[t + (k + 3) - 5]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a40 = v0.fma(c4, a40);
                    a50 = v0.fma(c5, a50);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a41 = v1.fma(c4, a41);
                    a51 = v1.fma(c5, a51);
                }
                q += w;
                { // input row k + 4: output rows 5..5
                    FloatVector c5 = FloatVector.broadcast(S, fc[t + (k + 4) - 5]);
                    FloatVector v0 = FloatVector.fromArray(S, img, q);
                    a50 = v0.fma(c5, a50);
                    FloatVector v1 = FloatVector.fromArray(S, img, q + L);
                    a51 = v1.fma(c5, a51);
                }
            }
            int o0 = y * ow + x;
            a00.intoArray(out, o0);
            a01.intoArray(out, o0 + L);
            int o1 = (y + 1) * ow + x;
            a10.intoArray(out, o1);
            a11.intoArray(out, o1 + L);
            int o2 = (y + 2) * ow + x;
            a20.intoArray(out, o2);
            a21.intoArray(out, o2 + L);
            int o3 = (y + 3) * ow + x;
            a30.intoArray(out, o3);
            a31.intoArray(out, o3 + L);
            int o4 = (y + 4) * ow + x;
            a40.intoArray(out, o4);
            a41.intoArray(out, o4 + L);
            int o5 = (y + 5) * ow + x;
            a50.intoArray(out, o5);
            a51.intoArray(out, o5 + L);
            if (x == last) {
                return;
            }
        }
    }

    /** Output row y, columns x .. x + QUARTER - 1 (the rest of a row after whole blocks). */
    private static void quarter(float[] img, int w, float[] fc, int[] taps, float[] out, int ow, int y, int x) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int base = y * w + x;
        for (int t = 0; t < taps.length; t++) {
            FloatVector c = FloatVector.broadcast(S, fc[t]);
            int r = base + taps[t];
            a0 = FloatVector.fromArray(S, img, r).fma(c, a0);
            a1 = FloatVector.fromArray(S, img, r + L).fma(c, a1);
            a2 = FloatVector.fromArray(S, img, r + 2 * L).fma(c, a2);
            a3 = FloatVector.fromArray(S, img, r + 3 * L).fma(c, a3);
        }
        int o = y * ow + x;
        a0.intoArray(out, o);
        a1.intoArray(out, o + L);
        a2.intoArray(out, o + 2 * L);
        a3.intoArray(out, o + 3 * L);
    }

    /** Output row y, columns x .. x + L - 1 (rows narrower than a quarter block). */
    private static void single(float[] img, int w, float[] fc, int[] taps, float[] out, int ow, int y, int x) {
        FloatVector a = FloatVector.zero(S);
        int base = y * w + x;
        for (int t = 0; t < taps.length; t++) {
            a = FloatVector.fromArray(S, img, base + taps[t]).fma(FloatVector.broadcast(S, fc[t]), a);
        }
        a.intoArray(out, y * ow + x);
    }

    /** Rows narrower than one vector: the same fused multiply-adds in the same order, one lane at a time. */
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
}
