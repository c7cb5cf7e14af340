package parbench.plot.analysis.checks;

/**
 * The kinds of finding, in the order the Checks section lists them. A kind that {@link #accuses}
 * makes the results it names <em>suspect</em> (red ring, no target met by them); the others say how
 * far the numbers can be trusted (a machine that moved, an interval too wide to decide) without
 * calling a result wrong.
 */
public enum Kind {
    WRONG_OUTPUT("wrong output (lost updates)", true),
    DRIFT("machine drift", false),
    ABOVE_ROOF("above calibrated roof", true),
    SUPERLINEAR("superlinear", true),
    THREADED_AT_ONE("threaded backend slow at 1 thread", true),
    SLOWER_STEADY_STATE("steady state slower than early iterations", true),
    NO_STEADY_STATE("no steady state", true),
    FORKS_DISAGREE("forks disagree", true),
    OUTLIER("outlier iterations", true),
    WIDE_INTERVAL("interval too wide", false),
    SINGLE_FORK("one fork: no interval", false);

    public final String label;
    /** True when the finding is evidence against the result itself, not against its precision or the machine. */
    public final boolean accuses;

    Kind(String label, boolean accuses) {
        this.label = label;
        this.accuses = accuses;
    }
}
