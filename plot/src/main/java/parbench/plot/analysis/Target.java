package parbench.plot.analysis;

/**
 * A target. {@code suspect} lists the checks the measurement failed (status SUSPECT), else empty.
 */
public record Target(String name, String measured, String target, Status status, String detail, String suspect) {

    public Target(String name, String measured, String target, Status status, String detail) {
        this(name, measured, target, status, detail, "");
    }

    /** "met", "not met", "no data", "not met (suspect: …)" or "not met (imprecise: …)". */
    public String statusLabel() {
        return status == Status.SUSPECT ? "not met (suspect: " + suspect + ")"
                : status == Status.IMPRECISE ? "not met (imprecise: " + suspect + ")" : status.label;
    }
}
