package parbench.core.lessons;

/**
 * Static cyclic schedule (OpenMP {@code schedule(static,1)}): thread k of T takes items k, k+T,
 * k+2T, ... Still fixed in advance, but every thread gets a sample of light and heavy items, so a
 * smooth skew is balanced without any coordination (a skew that repeats with period T would not be).
 */
public final class IrregularStaticCyclic extends StaticIrregular {

    public IrregularStaticCyclic(int threads) {
        super(threads);
    }

    @Override
    protected void computeShare(long[] out, int n, int k, int t) {
        for (int i = k; i < n; i += t) {
            out[i] = SkewedWork.item(i, n);
        }
    }
}
