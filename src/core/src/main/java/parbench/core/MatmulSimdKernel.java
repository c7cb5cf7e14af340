package parbench.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The blocked Vector API matrix multiply shared by {@link MatmulSimd} and
 * {@link MatmulSimdForkJoin} (GotoBLAS/BLIS structure):
 * <ol>
 * <li>B is packed once per call into column panels NR floats wide, one KC-deep slice of k after
 * another, so the micro-kernel reads B with unit stride; the last panel is zero-padded.</li>
 * <li>C is cut into row blocks of at most MC rows. For each KC slice of k, a row block of A is
 * packed into MR-row micro-panels (k-major, MR values per k, zero-padded rows), which stays in
 * L2 while every B micro-panel (KC × NR, in L1/L2) is swept over it.</li>
 * <li>The micro-kernel keeps an MR × NR block of C in 2·MR vector registers (4 × 16 floats on
 * AVX2, 8 × 32 on AVX-512), broadcasts one element of A per row and does 2·MR FMAs per k: no
 * horizontal reductions, no gathers. The block is then added to C (vector loads/stores, scalar only on the matrix edge).</li>
 * </ol>
 * Packing buffers belong to the instance and are reused across calls; nothing else is kept.
 * Row blocks are independent, so threads may compute different blocks at once, each with its own
 * A buffer (a "slot"), after B has been packed.
 */
final class MatmulSimdKernel {

    static final VectorSpecies<Float> F = SimdSpecies.FLOAT;
    /** Floats per vector: 8 with AVX2. */
    static final int L = F.length();
    /**
     * Micro-tile MR × 2 vectors. Up to 256 bits (16 vector registers): 4 × 2 (4 × 16 floats on
     * AVX2), 8 accumulators, 8 independent FMA chains = the 4-cycle FMA latency × 2 FMA pipes, and
     * 8 + 2 B vectors + 4 broadcasts = 14 of the 16 ymm registers; taller shapes spilled on JDK 25
     * (docs/measurements/2026-12-07-kernel-constants-notes.md). At 512 bits there are 32 registers:
     * 8 × 2 (8 × 32 floats), 16 accumulators, 10 loads per 16 FMAs instead of 6 per 8
     * (docs/measurements/2026-12-08-matmul-8x2.md).
     */
    static final int MR = L >= 16 ? 8 : 4;
    static final int NR = 2 * L;
    /** The smallest mc the constructor accepts (smaller than MR on 512 bits: rounded up to MR). */
    static final int MIN_MC = 4;
    /**
     * Depth of a k slice. A B micro-panel is KC × NR × 4 B = 32 KiB on AVX2: it no longer fits in L1
     * next to A, but it streams from L2 with the hardware prefetcher, and a deeper slice halves the
     * passes that add partial sums into C (each pass reads and writes all of C). Sweeps at
     * n = 1000, 1024 and 2048 (single thread, thread CPU time, configurations interleaved in one
     * run on the shared Zen 3 machine): kc = 512 beat kc = 256 by 15–25 % at every n; kc = 1024 and
     * mc = 96 or 240 were within the (±10 %) noise of 512 × 144.
     */
    static final int DEFAULT_KC = 512;
    /**
     * Rows of a packed A block (multiple of MR). MC × KC × 4 B = 288 KiB, under the 512 KiB L2 of this
     * Zen 3 core (and the 1 MiB L2 of the Cascade Lake machines), so A stays in L2 while each B
     * micro-panel is swept over it. See DEFAULT_KC for the sweep.
     */
    static final int DEFAULT_MC = 144;

    private final int kc;
    private final int mc;
    private final float[][] packedA;
    private final float[][] tiles;
    private float[] packedB = new float[0];

    /**
     * @param slots how many row blocks may be computed at the same time (one A buffer each)
     * @param kc    depth of a k slice, >= 1
     * @param mc    rows of a row block, >= MIN_MC (rounded down to a multiple of MR, at least MR)
     */
    MatmulSimdKernel(int slots, int kc, int mc) {
        if (kc < 1) {
            throw new IllegalArgumentException("kc (k-slice depth) must be >= 1, got " + kc);
        }
        if (mc < MIN_MC) {
            throw new IllegalArgumentException("mc (rows per block) must be >= " + MIN_MC + ", got " + mc);
        }
        this.kc = kc;
        this.mc = Math.max(MR, mc / MR * MR);
        this.packedA = new float[slots][];
        this.tiles = new float[slots][];
    }

    int kc() {
        return kc;
    }

    int mc() {
        return mc;
    }

    /** Number of NR-wide column panels of B. */
    static int panels(int n) {
        return (n + NR - 1) / NR;
    }

    /** Number of MR-row micro-panels of A and C. */
    static int microRows(int n) {
        return (n + MR - 1) / MR;
    }

    /** The fewest row blocks of at most mc rows, rounded up to a multiple of {@code parts}. */
    int rowBlocks(int n, int parts) {
        int perBlock = mc / MR;
        int blocks = (microRows(n) + perBlock - 1) / perBlock;
        return (blocks + parts - 1) / parts * parts;
    }

    /** Grows the B buffer for size n; call once per multiply, before packing. */
    void prepare(int n) {
        long size = (long) n * panels(n) * NR;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("n = " + n + " is too large: packed B would need " + size + " floats");
        }
        if (packedB.length < size) {
            packedB = new float[(int) size];
        }
    }

    /** Packs column panels [p0, p1) of B, every k slice. Different panel ranges may run at once. */
    void packB(float[] b, int n, int p0, int p1) {
        float[] bp = packedB;
        int nPad = panels(n) * NR;
        for (int k0 = 0; k0 < n; k0 += kc) {
            int kcb = Math.min(kc, n - k0);
            for (int p = p0; p < p1; p++) {
                int j0 = p * NR;
                int dst = k0 * nPad + p * kcb * NR;
                if (j0 + NR <= n) {
                    for (int k = 0; k < kcb; k++) {
                        int src = (k0 + k) * n + j0;
                        FloatVector.fromArray(F, b, src).intoArray(bp, dst);
                        FloatVector.fromArray(F, b, src + L).intoArray(bp, dst + L);
                        dst += NR;
                    }
                } else {
                    int w = n - j0;
                    for (int k = 0; k < kcb; k++) {
                        int src = (k0 + k) * n + j0;
                        for (int j = 0; j < NR; j++) {
                            bp[dst + j] = j < w ? b[src + j] : 0f;
                        }
                        dst += NR;
                    }
                }
            }
        }
    }

    /**
     * Computes the rows of C in row block {@code block} of {@code blocks} (micro-panels spread
     * evenly over the blocks), using A buffer {@code slot}. B must be packed.
     */
    void computeRowBlock(float[] a, float[] c, int n, int block, int blocks, int slot) {
        int micro = microRows(n);
        int m0 = (int) ((long) block * micro / blocks);
        int m1 = (int) ((long) (block + 1) * micro / blocks);
        if (m0 >= m1) {
            return;
        }
        float[] ap = packedA[slot];
        int need = (m1 - m0) * MR * Math.min(kc, n);
        if (ap == null || ap.length < need) {
            ap = new float[Math.max(need, mc * Math.min(kc, n))];
            packedA[slot] = ap;
        }
        float[] tile = tiles[slot];
        if (tile == null) {
            // Allocated by the worker that uses it (in its own allocation buffer) and padded, so two
            // workers' tiles never share a cache line: they are written once per micro-kernel call.
            tile = new float[MR * NR + 16];
            tiles[slot] = tile;
        }
        float[] bp = packedB;
        int nPad = panels(n) * NR;
        int panels = panels(n);
        for (int k0 = 0; k0 < n; k0 += kc) {
            int kcb = Math.min(kc, n - k0);
            packA(a, n, m0, m1, k0, kcb, ap);
            boolean add = k0 > 0;
            for (int p = 0; p < panels; p++) {
                int bOff = k0 * nPad + p * kcb * NR;
                int col = p * NR;
                for (int m = m0; m < m1; m++) {
                    microKernel(ap, (m - m0) * MR * kcb, bp, bOff, kcb, tile);
                    updateC(tile, c, n, m * MR, col, add);
                }
            }
        }
    }

    /** Packs A rows of micro-panels [m0, m1), columns [k0, k0 + kcb), k-major, zero-padding rows past n. */
    private static void packA(float[] a, int n, int m0, int m1, int k0, int kcb, float[] ap) {
        int dst = 0;
        for (int m = m0; m < m1; m++) {
            int row = m * MR;
            if (MR == 8 && row + MR <= n) {
                int r0 = row * n + k0;
                for (int k = 0; k < kcb; k++) {
                    for (int r = 0; r < MR; r++) {
                        ap[dst + r] = a[r0 + r * n + k];
                    }
                    dst += MR;
                }
            } else if (row + MR <= n) {
                int r0 = row * n + k0;
                int r1 = r0 + n;
                int r2 = r1 + n;
                int r3 = r2 + n;
                for (int k = 0; k < kcb; k++) {
                    ap[dst] = a[r0 + k];
                    ap[dst + 1] = a[r1 + k];
                    ap[dst + 2] = a[r2 + k];
                    ap[dst + 3] = a[r3 + k];
                    dst += MR;
                }
            } else {
                int rows = n - row;
                for (int k = 0; k < kcb; k++) {
                    for (int r = 0; r < MR; r++) {
                        ap[dst + r] = r < rows ? a[(row + r) * n + k0 + k] : 0f;
                    }
                    dst += MR;
                }
            }
        }
    }

    /**
     * tile (MR × NR, row-major) = the packed A micro-panel × the packed B micro-panel over kcb values
     * of k. The method is kept this small on purpose: with the C update (and its edge cases) in the
     * same method, C2 compiled the loop about 3× slower (measured), so C is updated separately.
     */
    static void microKernel(float[] ap, int aOff, float[] bp, int bOff, int kcb, float[] tile) {
        if (MR == 8) {
            microKernel8(ap, aOff, bp, bOff, kcb, tile);
            return;
        }
        FloatVector c00 = FloatVector.zero(F);
        FloatVector c01 = FloatVector.zero(F);
        FloatVector c10 = FloatVector.zero(F);
        FloatVector c11 = FloatVector.zero(F);
        FloatVector c20 = FloatVector.zero(F);
        FloatVector c21 = FloatVector.zero(F);
        FloatVector c30 = FloatVector.zero(F);
        FloatVector c31 = FloatVector.zero(F);
        for (int k = 0; k < kcb; k++) {
            // Indices as affine functions of k, so that C2 hoists the bounds checks out of the loop.
            int ak = aOff + k * MR;
            int bk = bOff + k * NR;
            FloatVector b0 = FloatVector.fromArray(F, bp, bk);
            FloatVector b1 = FloatVector.fromArray(F, bp, bk + L);
            FloatVector x = FloatVector.broadcast(F, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(F, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(F, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(F, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, L);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
    }

    /** The 8 × 2-vector micro-tile of 512-bit vectors: 16 accumulators of the 32 zmm registers. */
    static void microKernel8(float[] ap, int aOff, float[] bp, int bOff, int kcb, float[] tile) {
        FloatVector c00 = FloatVector.zero(F);
        FloatVector c01 = FloatVector.zero(F);
        FloatVector c10 = FloatVector.zero(F);
        FloatVector c11 = FloatVector.zero(F);
        FloatVector c20 = FloatVector.zero(F);
        FloatVector c21 = FloatVector.zero(F);
        FloatVector c30 = FloatVector.zero(F);
        FloatVector c31 = FloatVector.zero(F);
        FloatVector c40 = FloatVector.zero(F);
        FloatVector c41 = FloatVector.zero(F);
        FloatVector c50 = FloatVector.zero(F);
        FloatVector c51 = FloatVector.zero(F);
        FloatVector c60 = FloatVector.zero(F);
        FloatVector c61 = FloatVector.zero(F);
        FloatVector c70 = FloatVector.zero(F);
        FloatVector c71 = FloatVector.zero(F);
        for (int k = 0; k < kcb; k++) {
            int ak = aOff + k * 8;
            int bk = bOff + k * NR;
            FloatVector b0 = FloatVector.fromArray(F, bp, bk);
            FloatVector b1 = FloatVector.fromArray(F, bp, bk + L);
            FloatVector x;
            x = FloatVector.broadcast(F, ap[ak + 0]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(F, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(F, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(F, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(F, ap[ak + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(F, ap[ak + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(F, ap[ak + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(F, ap[ak + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(tile, 0 * NR);
        c01.intoArray(tile, 0 * NR + L);
        c10.intoArray(tile, 1 * NR);
        c11.intoArray(tile, 1 * NR + L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + L);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + L);
        c60.intoArray(tile, 6 * NR);
        c61.intoArray(tile, 6 * NR + L);
        c70.intoArray(tile, 7 * NR);
        c71.intoArray(tile, 7 * NR + L);
    }

    /**
     * C[row.., col..] = tile (first k slice) or += tile (later slices). Full tiles use vector
     * loads/stores; tiles cut by the matrix edge write only their valid part, scalar.
     */
    private static void updateC(float[] tile, float[] c, int n, int row, int col, boolean add) {
        if (row + MR <= n && col + NR <= n) {
            for (int r = 0; r < MR; r++) {
                int o = (row + r) * n + col;
                FloatVector v0 = FloatVector.fromArray(F, tile, r * NR);
                FloatVector v1 = FloatVector.fromArray(F, tile, r * NR + L);
                if (add) {
                    v0 = v0.add(FloatVector.fromArray(F, c, o));
                    v1 = v1.add(FloatVector.fromArray(F, c, o + L));
                }
                v0.intoArray(c, o);
                v1.intoArray(c, o + L);
            }
            return;
        }
        int rows = Math.min(MR, n - row);
        int cols = Math.min(NR, n - col);
        for (int r = 0; r < rows; r++) {
            int o = (row + r) * n + col;
            for (int j = 0; j < cols; j++) {
                c[o + j] = add ? c[o + j] + tile[r * NR + j] : tile[r * NR + j];
            }
        }
    }
}
