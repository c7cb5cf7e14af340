// GENERATED FILE - do not edit by hand. Written by Conv2dSimdTallGenerator
// (src/core/src/test/java/parbench/core/Conv2dSimdTallGenerator.java) for 6 output rows x 2 vectors.
// To change it, change the generator and regenerate from the repository root:
//   java src/core/src/test/java/parbench/core/Conv2dSimdTallGenerator.java src/core/src/main/java/parbench/core/Conv2dSimdTall.java
// Conv2dSimdTallGeneratedTest fails while this file differs from the generator's output.
package parbench.core;

import static parbench.core.Conv2dSimd.L;
import static parbench.core.Conv2dSimd.S;
import static parbench.core.Conv2dSimd.TALL_COLS;

import jdk.incubator.vector.FloatVector;

/** The tall block of {@link Conv2dSimd}, unrolled by a generator (see the top of this file). */
final class Conv2dSimdTall {

    /** Output rows per tall block. */
    static final int ROWS = 6;
    /** Accumulator vectors per output row of a tall block. */
    static final int VECTORS = 2;

    private Conv2dSimdTall() {
    }

    /**
     * Output rows y .. y + 5, all columns, in blocks of 6 rows × 2 vectors, the last block shifted
     * back to end exactly at the edge. For each filter column j the input rows y + ii (ii = 0 .. k + 4)
     * are loaded once and each feeds every output row y + r it belongs to (tap row i = ii - r): the
     * first and last five input rows reach fewer output rows, so they are written out (the unrolled
     * steps before and after the loop; k >= 5 keeps every tap index in range). Per pixel the taps still
     * come in column-major order, as in {@link Conv2dSimd#block}.
     */
    static void tallRows(float[] img, int w, float[] fc, int k, float[] out, int ow, int y) {
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
}
