package parbench.core.cli;

/** The exit codes every parbench command shares; CI scripts act on them. */
public final class ExitCodes {

    /** Done; for the gates: decided, no regression. */
    public static final int OK = 0;
    /** A gate found a regression. */
    public static final int REGRESSION = 1;
    /** For the other commands: the work itself failed (a write, a measurement), not the input. */
    public static final int FAILED = 1;
    /** Bad input or usage: nothing was done. */
    public static final int USAGE = 2;
    /** A gate found no regression but could not decide at least one benchmark. */
    public static final int UNDECIDED = 3;

    private ExitCodes() {
    }
}
