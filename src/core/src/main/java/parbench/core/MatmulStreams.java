package parbench.core;

import java.util.stream.IntStream;

/**
 * The serial i-k-j loop as a parallel stream over row blocks, run inside a private
 * {@link WorkerPool} (a parallel stream started from a pool's worker stays in that pool).
 */
public final class MatmulStreams extends PooledKernel implements Matmul {

    public MatmulStreams(int threads) {
        super(threads);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int n) {
        MatmulArgs.check(a, b, c, n);
        if (n == 0) {
            return;
        }
        // Same leaf size as the fork/join backend, so the two differ only in how work is split.
        int blockRows = MatmulForkJoin.leafRows(n);
        int blocks = (n + blockRows - 1) / blockRows;
        if (blocks <= 1) {
            // One block runs on the caller; see VectorAddStreams.
            MatmulSerial.rows(a, b, c, n, 0, n);
            return;
        }
        pool.run(() -> IntStream.range(0, blocks).parallel()
                .forEach(blk -> MatmulSerial.rows(a, b, c, n, blk * blockRows, Math.min(n, (blk + 1) * blockRows))));
    }
}
