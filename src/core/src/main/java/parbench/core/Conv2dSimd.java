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
 * (any values, any k, not assumed separable or symmetric). Why one row and not several: blocks of
 * 2-4 rows made C2 spill row addresses and ran slower (measurements:
 * docs/measurements/2026-12-07-conv2d-tall-notes.md).
 *
 * <p>At 256 bits and wider, for k ≥ 5 and at least six output rows, all rows go through a taller
 * block instead ({@link Conv2dSimdTall#tallRows}, 6 rows × 2 vectors, generated code, the last
 * group of rows shifted back like the last block of a row): each loaded input vector feeds up to
 * six output rows, which matters because nearly every wide load splits a cache line (see
 * {@link #TALL}).
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
    static final int L = S.length();
    /** Accumulator vectors per block: 12 accumulators + the tap + one load fit the 16 AVX2 registers. */
    static final int VECTORS = 12;
    /** Output pixels per block. */
    private static final int COLS = VECTORS * L;
    /** Output pixels per quarter block (4 vectors), for the rest of a row. */
    private static final int QUARTER = 4 * L;
    /**
     * Whether ranges of at least {@link #TALL_ROWS} output rows go through
     * {@link Conv2dSimdTall#tallRows} (at 256 and 512 bits): loading each input vector once for up
     * to six output rows beat the row block, whose loads mostly split cache lines, at both widths
     * (shapes and %-of-peak figures: docs/measurements/2026-12-07-conv2d-tall-notes.md).
     */
    static final boolean TALL = S.vectorBitSize() >= 256;
    /** Output rows per tall block. */
    static final int TALL_ROWS = Conv2dSimdTall.ROWS;
    /** Output pixels per tall block row. */
    static final int TALL_COLS = Conv2dSimdTall.VECTORS * L;

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
                Conv2dSimdTall.tallRows(img, w, fc, k, out, ow, Math.min(y, y1 - TALL_ROWS));
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
