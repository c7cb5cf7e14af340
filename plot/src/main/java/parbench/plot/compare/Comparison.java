package parbench.plot.compare;

/**
 * The comparison of one benchmark present on both sides.
 *
 * @param key            which benchmark
 * @param unit           score unit (the baseline's; current scores converted to it if needed)
 * @param higherIsBetter true for throughput-like scores
 * @param baselineRuns   runs on the baseline side that measured it
 * @param baselineForks  usable forks on the baseline side
 * @param currentRuns    runs on the current side
 * @param currentForks   usable forks on the current side
 * @param estimate       ratio, interval, p-value
 * @param adjustedP      p-value after the multiple-testing correction (NaN: no test)
 * @param verdict        the outcome
 * @param reason         one sentence saying why this verdict
 */
public record Comparison(BenchmarkKey key, String unit, boolean higherIsBetter,
                         int baselineRuns, int baselineForks, int currentRuns, int currentForks,
                         RatioStatistics.Estimate estimate, double adjustedP, Verdict verdict, String reason) {

    /** The same comparison with another reason (e.g. why it stayed undecided). */
    public Comparison withReason(String why) {
        return new Comparison(key, unit, higherIsBetter, baselineRuns, baselineForks, currentRuns, currentForks,
                estimate, adjustedP, verdict, why);
    }

    /** Relative change in the "worse" direction: +0.12 means 12 % slower (or 12 % less throughput, as time). */
    public double slowdown() {
        double r = estimate.ratio();
        return (higherIsBetter ? 1 / r : r) - 1;
    }
}
