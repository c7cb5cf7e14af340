package parbench.core.lessons;

/** The irregular workload as one loop on one thread: the reference and the speedup baseline. */
public final class IrregularSerial implements Irregular {

    @Override
    public void compute(long[] out) {
        SkewedWork.range(SkewedWork.checkOut(out), 0, out.length);
    }
}
