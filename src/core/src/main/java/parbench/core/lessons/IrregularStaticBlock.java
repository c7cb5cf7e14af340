package parbench.core.lessons;

/**
 * Static block schedule (OpenMP {@code schedule(static)}): thread k of T takes the contiguous items
 * [k·n/T, (k+1)·n/T). Equal item counts, unequal work: with the rising skew the last thread holds
 * the heaviest items and the others wait for it.
 */
public final class IrregularStaticBlock extends StaticIrregular {

    public IrregularStaticBlock(int threads) {
        super(threads);
    }

    @Override
    protected void computeShare(long[] out, int n, int k, int t) {
        SkewedWork.range(out, (int) ((long) k * n / t), (int) ((long) (k + 1) * n / t));
    }
}
