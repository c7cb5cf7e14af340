package parbench.plot.analysis;

/** A measured rate as a fraction of the calibrated roof at the same thread count. */
public record PeakFraction(double fraction, String roof) {
}
