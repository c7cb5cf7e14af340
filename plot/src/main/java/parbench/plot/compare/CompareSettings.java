package parbench.plot.compare;

/**
 * @param threshold  minimum effect that counts, as a fraction (0.10: 10 % slower/faster)
 * @param alpha      significance level after correction; the interval is at 1 - alpha
 * @param correction multiple-testing correction
 */
public record CompareSettings(double threshold, double alpha, MultipleTesting correction) {

    /**
     * Default minimum effect: the smallest round value above the ~8 % by which same-build runs
     * differ on single benchmarks on the quiet 2-core EPYC machines. The A/A check run under heavy
     * load (README.md, "Regression gate") gave the same outcomes for 5, 10 and 15 %, so it did not move it.
     */
    public static final double DEFAULT_THRESHOLD = 0.10;
    public static final double DEFAULT_ALPHA = 0.05;

    public CompareSettings {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite fraction >= 0, got " + threshold);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
    }

    public static CompareSettings defaults() {
        return new CompareSettings(DEFAULT_THRESHOLD, DEFAULT_ALPHA, MultipleTesting.HOLM);
    }
}
