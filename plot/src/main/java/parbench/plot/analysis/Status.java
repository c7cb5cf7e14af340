package parbench.plot.analysis;

/**
 * Status of a target; SUSPECT: the measurement it rests on failed a check; IMPRECISE: it passed
 * them, but its interval is too wide (or absent) to rest a claim on.
 */
public enum Status {
    MET("met"), NOT_MET("not met"), SUSPECT("not met"), IMPRECISE("not met"), NO_DATA("no data");

    public final String label;

    Status(String label) {
        this.label = label;
    }
}
