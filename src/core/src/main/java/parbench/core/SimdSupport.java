package parbench.core;

/**
 * Whether the Vector API (jdk.incubator.vector) can be used in this JVM, and which vector width
 * the simd kernels use. The Vector API is an incubator module, so it is present only when the JVM
 * was started with {@code --add-modules=jdk.incubator.vector}; without it the simd backends cannot
 * load.
 *
 * <p>Width: the kernels use the widest species the hardware runs ({@code SPECIES_PREFERRED})
 * unless the system property {@value #BITS_PROPERTY} asks for 128, 256 or 512 bits. A species
 * wider than the hardware runs in software (slow but correct), so the tests run every kernel at
 * every width on any machine. The property is read once, by {@link SimdSpecies}, whose constants
 * every kernel copies into its own {@code static final} field (C2 compiles good vector code only
 * for a constant species). This class does not touch the Vector API, so it loads without the module.
 */
public final class SimdSupport {

    private static final String MODULE = "jdk.incubator.vector";
    /** System property that fixes the vector width of every simd kernel, in bits. */
    public static final String BITS_PROPERTY = "parbench.simd.bits";

    private SimdSupport() {
    }

    public static Availability availability() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return Availability.unavailable("Vector API module not in this JVM: start java with --add-modules=" + MODULE);
        }
        try {
            requestedBits(System.getProperty(BITS_PROPERTY));
        } catch (IllegalArgumentException e) {
            return Availability.unavailable(e.getMessage());
        }
        return Availability.available(VectorInfo.describe());
    }

    /**
     * The width asked for by the value of {@value #BITS_PROPERTY}: 0 for "the hardware's preferred
     * width" (property absent or blank), else 128, 256 or 512.
     *
     * @throws IllegalArgumentException naming the property and the bad value
     */
    static int requestedBits(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String v = value.strip();
        if (v.equals("128") || v.equals("256") || v.equals("512")) {
            return Integer.parseInt(v);
        }
        throw new IllegalArgumentException(
                BITS_PROPERTY + " must be 128, 256 or 512 (or unset for the hardware's width), got '" + value + "'");
    }

    /** Kept in its own class so that SimdSupport loads even when the module is absent. */
    private static final class VectorInfo {
        static String describe() {
            return "Vector API species " + SimdSpecies.BITS + " bits (" + SimdSpecies.FLOAT.length() + " floats, "
                    + SimdSpecies.LONG.length() + " longs" + SimdSpecies.origin() + ")";
        }
    }
}
