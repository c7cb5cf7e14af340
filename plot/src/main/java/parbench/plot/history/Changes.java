package parbench.plot.history;

import java.util.ArrayList;
import java.util.List;

/** The change points of every series, with the means before and after each. */
public final class Changes {

    /**
     * Detection settings.
     *
     * @param alpha        permutation-test level a split must beat
     * @param permutations shuffles per test
     * @param minSize      fewest commits on either side of a change
     * @param minChange    smallest |after/before − 1| reported (smaller significant steps are listed as such)
     */
    public record Settings(double alpha, int permutations, int minSize, double minChange) {
        public static Settings defaults() {
            return new Settings(0.01, 999, 3, 0.02);
        }
    }

    /**
     * One change of one benchmark.
     *
     * @param series   the benchmark
     * @param index    index of the first point after the change
     * @param before   geometric mean of the segment before
     * @param after    geometric mean of the segment after
     * @param pValue   permutation p-value of the split
     * @param runsBefore points in the segment before
     * @param runsAfter  points in the segment after
     * @param reported false when the step is smaller than minChange
     */
    public record Change(Series series, int index, double before, double after, double pValue,
                        int runsBefore, int runsAfter, boolean reported) {
        public double ratio() {
            return after / before;
        }

        public Series.Point at() {
            return series.points().get(index);
        }
    }

    private Changes() {
    }

    /** Changes of one series (reported and too-small ones), in commit order. */
    public static List<Change> of(Series s, Settings settings) {
        double[] x = s.logScores();
        List<EDivisive.ChangePoint> cps = new EDivisive(settings.alpha(), settings.permutations(), settings.minSize())
                .detect(x, s.key().display().hashCode());
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < cps.size(); i++) {
            int from = i == 0 ? 0 : cps.get(i - 1).index();
            int at = cps.get(i).index();
            int to = i + 1 < cps.size() ? cps.get(i + 1).index() : x.length;
            double before = Math.exp(mean(x, from, at));
            double after = Math.exp(mean(x, at, to));
            boolean big = Math.abs(after / before - 1) >= settings.minChange();
            out.add(new Change(s, at, before, after, cps.get(i).pValue(), at - from, to - at, big));
        }
        return out;
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }
}
