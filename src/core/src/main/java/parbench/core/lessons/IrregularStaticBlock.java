package parbench.core.lessons;

/**
 * Static block schedule (OpenMP {@code schedule(static)}): thread k of T takes the contiguous items
 * [k·n/T, (k+1)·n/T). Equal item counts, unequal work: with the rising skew the last thread holds
 * the heaviest items and the others wait for it.
 */
public final class IrregularStaticBlock extends TeamKernel implements Irregular {

    public IrregularStaticBlock(int threads) {
        super(threads);
    }

    @Override
    public void compute(long[] out) {
        SkewedWork.checkOut(out);
        int n = out.length;
        int t = team().threads();
        team().run(k -> SkewedWork.range(out, (int) ((long) k * n / t), (int) ((long) (k + 1) * n / t)));
    }
}
