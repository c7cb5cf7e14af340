package parbench.core;

import java.util.Arrays;

/**
 * The serial baseline: the best plain single-threaded Java loop. For each output row it adds one
 * filter tap at a time times a shifted input row into the output row, so the innermost loop is a
 * unit-stride multiply-add over a whole row, and the output row (a few KiB) stays in L1 while the
 * k² passes stream over it. The shifted input row is first copied to a scratch row: C2's
 * auto-vectoriser (JDK 17) only vectorises the loop when both arrays are indexed at the same
 * offset, and the copy (an intrinsic memcpy) costs far less than the ~2.5x it gains.
 */
public final class Conv2dSerial implements Conv2d {

    @Override
    public void convolve(float[] image, int height, int width, float[] filter, int k, float[] out) {
        Conv2dArgs.check(image, height, width, filter, k, out);
        convolveRows(image, width, filter, k, out, 0, Conv2d.outSize(height, k));
    }

    /** Computes output rows [y0, y1); arguments already checked. Shared with the threaded backends. */
    static void convolveRows(float[] image, int width, float[] filter, int k, float[] out, int y0, int y1) {
        int ow = Conv2d.outSize(width, k);
        float[] acc = new float[ow];
        float[] row = new float[ow];
        for (int y = y0; y < y1; y++) {
            Arrays.fill(acc, 0f);
            for (int i = 0; i < k; i++) {
                int rowBase = (y + i) * width;
                for (int j = 0; j < k; j++) {
                    float t = filter[i * k + j];
                    System.arraycopy(image, rowBase + j, row, 0, ow);
                    for (int x = 0; x < ow; x++) {
                        acc[x] += row[x] * t;
                    }
                }
            }
            System.arraycopy(acc, 0, out, y * ow, ow);
        }
    }
}
