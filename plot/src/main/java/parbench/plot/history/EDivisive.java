package parbench.plot.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Change points of a series by E-divisive means (Matteson &amp; James, "A Nonparametric Approach
 * for Multiple Change Point Analysis of Multivariate Data", JASA 2014), the method Apache Otava
 * (formerly Hunter) and MongoDB's CI use for performance histories.
 *
 * <p>For a split τ of a segment into left X (m points) and right Y (k points) the divergence is
 * {@code Q = mk/(m+k) · (2·mean|x−y| − mean|x−x'| − mean|y−y'|)} (energy distance with exponent 1:
 * distances, not squares, so one wild point weighs little). The best split of every segment is
 * tested with a permutation test: the segment's values are shuffled {@code permutations} times
 * and p = (1 + #(max Q of a shuffle ≥ observed)) / (permutations + 1). The most significant split
 * over all segments is accepted while p &lt; alpha, then the search repeats on the new segments
 * (hierarchical bisection, as in the paper). Segments shorter than {@code minSize} are never
 * made, so a lone outlier cannot form a segment of its own.
 *
 * <p>Deterministic for a given seed, so a report is reproducible.
 */
public final class EDivisive {

    /** One accepted change: the first index of the new segment and the permutation p-value. */
    public record ChangePoint(int index, double pValue) {
    }

    private final double alpha;
    private final int permutations;
    private final int minSize;

    public EDivisive(double alpha, int permutations, int minSize) {
        if (!(alpha > 0 && alpha < 1) || permutations < 1 || minSize < 2) {
            throw new IllegalArgumentException("alpha in (0,1), permutations >= 1, minSize >= 2");
        }
        this.alpha = alpha;
        this.permutations = permutations;
        this.minSize = minSize;
    }

    /** Change points of {@code x}, sorted by index. */
    public List<ChangePoint> detect(double[] x, long seed) {
        Random rnd = new Random(seed);
        List<Integer> bounds = new ArrayList<>(List.of(0, x.length));
        List<ChangePoint> found = new ArrayList<>();
        while (true) {
            // The best split in every current segment; test the strongest one.
            int bestSplit = -1;
            double bestQ = 0;
            int bestFrom = 0;
            int bestTo = 0;
            for (int s = 0; s + 1 < bounds.size(); s++) {
                int from = bounds.get(s);
                int to = bounds.get(s + 1);
                double[] seg = java.util.Arrays.copyOfRange(x, from, to);
                Best b = best(seg);
                if (b.split >= 0 && b.q > bestQ) {
                    bestQ = b.q;
                    bestSplit = from + b.split;
                    bestFrom = from;
                    bestTo = to;
                }
            }
            if (bestSplit < 0) {
                break;
            }
            double p = permutationP(java.util.Arrays.copyOfRange(x, bestFrom, bestTo), bestQ, rnd);
            if (p >= alpha) {
                break;
            }
            found.add(new ChangePoint(bestSplit, p));
            bounds.add(bestSplit);
            Collections.sort(bounds);
        }
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return found;
    }

    /** Best split of a segment: index of the first right point (or -1) and its Q. */
    record Best(int split, double q) {
    }

    /**
     * Q for every split with both parts of at least minSize, in O(n²) via running sums of the
     * distance matrix: moving point τ from right to left changes the three sums by its row.
     */
    Best best(double[] v) {
        int n = v.length;
        if (n < 2 * minSize) {
            return new Best(-1, 0);
        }
        double[][] d = new double[n][n];
        double rightWithin = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = Math.abs(v[i] - v[j]);
                d[j][i] = d[i][j];
                rightWithin += d[i][j];
            }
        }
        double leftWithin = 0;
        double between = 0;
        int bestSplit = -1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int tau = 1; tau < n; tau++) {
            // Point tau-1 moves from the right part to the left part.
            int p = tau - 1;
            double toLeft = 0;
            for (int i = 0; i < p; i++) {
                toLeft += d[p][i];
            }
            double toRight = 0;
            for (int j = p + 1; j < n; j++) {
                toRight += d[p][j];
            }
            leftWithin += toLeft;
            rightWithin -= toRight;
            between += toRight - toLeft;
            int m = tau;
            int k = n - tau;
            if (m < minSize || k < minSize) {
                continue;
            }
            double q = (double) m * k / (m + k)
                    * (2 * between / ((double) m * k) - leftWithin / pairs(m) - rightWithin / pairs(k));
            if (q > bestQ) {
                bestQ = q;
                bestSplit = tau;
            }
        }
        return new Best(bestSplit, bestQ);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }

    private double permutationP(double[] seg, double observed, Random rnd) {
        double[] v = seg.clone();
        int atLeast = 0;
        for (int r = 0; r < permutations; r++) {
            for (int i = v.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                double t = v[i];
                v[i] = v[j];
                v[j] = t;
            }
            if (best(v).q >= observed) {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (permutations + 1.0);
    }
}
