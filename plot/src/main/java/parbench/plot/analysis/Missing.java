package parbench.plot.analysis;

/** Something the reader should know is not in the report, and why. */
public record Missing(String what, String reason) {
}
