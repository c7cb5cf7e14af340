package parbench.core;

import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one place that decides the vector species of every simd kernel: the hardware's preferred
 * shape, or the width fixed by {@value SimdSupport#BITS_PROPERTY} (read once, when this class is
 * initialised). Kernels copy {@link #FLOAT} or {@link #LONG} into a {@code static final} field of
 * their own, which C2 treats as a constant. An invalid property value fails class initialisation
 * with a message naming the property (and {@link SimdSupport#availability()} reports it first).
 */
public final class SimdSpecies {

    /** Width asked for by the property; 0 = the hardware's preferred width. */
    private static final int REQUESTED = SimdSupport.requestedBits(System.getProperty(SimdSupport.BITS_PROPERTY));
    /** The shape every kernel uses. */
    static final VectorShape SHAPE = REQUESTED == 0 ? VectorShape.preferredShape() : VectorShape.forBitSize(REQUESTED);
    public static final VectorSpecies<Float> FLOAT = VectorSpecies.of(float.class, SHAPE);
    public static final VectorSpecies<Long> LONG = VectorSpecies.of(long.class, SHAPE);
    /** Vector width of the kernels in bits. */
    public static final int BITS = SHAPE.vectorBitSize();

    private SimdSpecies() {
    }

    /** Whether the width was fixed by the property rather than taken from the hardware. */
    public static boolean overridden() {
        return REQUESTED != 0;
    }

    /** ", set by parbench.simd.bits; the hardware prefers N" or "" for the description. */
    static String origin() {
        if (!overridden()) {
            return "";
        }
        return "; set by " + SimdSupport.BITS_PROPERTY + ", the hardware prefers "
                + VectorShape.preferredShape().vectorBitSize() + " bits";
    }
}
