package parbench.plot.analysis;

/**
 * Base of a ratio: the serial method of the same class and params, the same backend at one
 * thread, or the fastest single-thread result of the case (the honest base for "how much
 * faster": a slow one-thread run of a threaded backend inflates its speedup against itself).
 */
public enum BaseKind {
    SERIAL("vs serial"), SELF("vs same backend at 1 thread"), BEST_SINGLE("vs best single-thread backend");

    public final String label;

    BaseKind(String label) {
        this.label = label;
    }
}
