package parbench.core;

/**
 * Whether the Vector API (jdk.incubator.vector) can be used in this JVM. It is an incubator
 * module, so it is present only when the JVM was started with
 * {@code --add-modules=jdk.incubator.vector}; without it the simd backends cannot load.
 */
public final class SimdSupport {

    private static final String MODULE = "jdk.incubator.vector";

    private SimdSupport() {
    }

    public static Availability availability() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return Availability.unavailable("Vector API module not in this JVM: start java with --add-modules=" + MODULE);
        }
        return Availability.available(VectorInfo.describe());
    }

    /** Kept in its own class so that SimdSupport loads even when the module is absent. */
    private static final class VectorInfo {
        static String describe() {
            jdk.incubator.vector.VectorSpecies<Float> f = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED;
            return "Vector API preferred species " + f.vectorBitSize() + " bits (" + f.length() + " floats, "
                    + jdk.incubator.vector.LongVector.SPECIES_PREFERRED.length() + " longs)";
        }
    }
}
