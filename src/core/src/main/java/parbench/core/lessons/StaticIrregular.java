package parbench.core.lessons;

/**
 * What the static schedules share: a private {@link ThreadTeam} ({@link TeamKernel}) whose thread k
 * computes a share of the items fixed in advance by k alone. Each schedule keeps its own loop over
 * its share; only the check and the start of the team live here.
 */
public abstract class StaticIrregular extends TeamKernel implements Irregular {

    protected StaticIrregular(int threads) {
        super(threads);
    }

    @Override
    public final void compute(long[] out) {
        SkewedWork.checkOut(out);
        int n = out.length;
        int t = team().threads();
        team().run(k -> computeShare(out, n, k, t));
    }

    /** Thread k of t fills its share of the n items of out. */
    protected abstract void computeShare(long[] out, int n, int k, int t);
}
