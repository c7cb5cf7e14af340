package parbench.core.lessons;

import java.util.stream.IntStream;
import parbench.core.PooledKernel;

/**
 * A parallel stream over the item indices inside a private pool: the stream splits the range into
 * pieces (about 4 per worker) that the pool's workers steal, so it balances like fork/join but
 * with a coarser grain chosen by the library.
 */
public final class IrregularStreams extends PooledKernel implements Irregular {

    public IrregularStreams(int threads) {
        super(threads);
    }

    @Override
    public void compute(long[] out) {
        SkewedWork.checkOut(out);
        int n = out.length;
        pool.run(() -> IntStream.range(0, n).parallel().forEach(i -> out[i] = SkewedWork.item(i, n)));
    }
}
