package parbench.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/** Vector add with the Vector API on one thread (preferred species) and a scalar tail. */
public final class VectorAddSimd implements VectorAdd {

    static final VectorSpecies<Float> SPECIES = SimdSpecies.FLOAT;

    @Override
    public void add(float[] a, float[] b, float[] c) {
        VectorAddArgs.check(a, b, c);
        addRange(a, b, c, 0, a.length);
    }

    /** c[i] = a[i] + b[i] for i in [from, to), whole vectors first, then a scalar tail. */
    static void addRange(float[] a, float[] b, float[] c, int from, int to) {
        int step = SPECIES.length();
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += step) {
            FloatVector va = FloatVector.fromArray(SPECIES, a, i);
            FloatVector vb = FloatVector.fromArray(SPECIES, b, i);
            va.add(vb).intoArray(c, i);
        }
        for (; i < to; i++) {
            c[i] = a[i] + b[i];
        }
    }
}
