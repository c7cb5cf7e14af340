package parbench.plot.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import parbench.plot.compare.BenchmarkKey;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;
import parbench.plot.model.Units;

/**
 * One benchmark's results over commits: one point per commit (all its stored runs pooled).
 *
 * @param key            benchmark, mode, params
 * @param unit           score unit (the first run's; later runs converted)
 * @param higherIsBetter throughput-like score
 * @param points         in commit order
 */
public record Series(BenchmarkKey key, String unit, boolean higherIsBetter, List<Point> points) {

    /**
     * @param commit the commit
     * @param time   the first run's time
     * @param score  geometric mean of the fork means of all its runs
     * @param low    lower end of the 95 % interval of that mean (NaN if one fork and no JMH error)
     * @param high   upper end
     * @param forks  forks pooled
     */
    public record Point(String commit, Instant time, double score, double low, double high, int forks) {
    }

    /** The log scores, the series change points are searched in. */
    public double[] logScores() {
        return points.stream().mapToDouble(p -> Math.log(p.score())).toArray();
    }

    /** Every benchmark's series from the store's entries. */
    public static List<Series> build(List<HistoryStore.Entry> entries) throws HistoryException {
        // commit -> first time, in history order
        Map<String, Instant> commits = new LinkedHashMap<>();
        for (HistoryStore.Entry e : entries) {
            commits.putIfAbsent(e.commit(), e.time());
        }
        Map<BenchmarkKey, Acc> acc = new TreeMap<>();
        for (HistoryStore.Entry e : entries) {
            List<BenchmarkResult> results;
            try {
                results = JmhJsonReader.read(e.jmhJson());
            } catch (ResultFormatException ex) {
                throw new HistoryException("store entry " + e.name() + ": " + ex.getMessage());
            }
            for (BenchmarkResult r : results) {
                Acc a = acc.computeIfAbsent(BenchmarkKey.of(r), k -> new Acc());
                double f = 1;
                if (a.unit == null) {
                    a.unit = r.unit();
                    a.higherIsBetter = Units.higherIsBetter(r.mode(), r.unit());
                } else if (!a.unit.equals(r.unit())) {
                    boolean same = (Units.isTimePerOp(a.unit) && Units.isTimePerOp(r.unit()))
                            || (Units.isOpsPerTime(a.unit) && Units.isOpsPerTime(r.unit()));
                    if (!same) {
                        throw new HistoryException("store entry " + e.name() + ": " + BenchmarkKey.of(r).display()
                                + " is in " + r.unit() + " here but " + a.unit + " before");
                    }
                    f = Units.toCanonical(r.unit()) / Units.toCanonical(a.unit);
                }
                List<double[]> raw = r.rawData().isEmpty() ? List.of(new double[] {r.score()}) : r.rawData();
                List<Double> logs = a.logForkMeans.computeIfAbsent(e.commit(), c -> new ArrayList<>());
                for (double[] fork : raw) {
                    double s = 0;
                    int n = 0;
                    for (double v : fork) {
                        if (Double.isFinite(v)) {
                            s += v;
                            n++;
                        }
                    }
                    double m = n == 0 ? Double.NaN : s / n * f;
                    if (m > 0 && Double.isFinite(m)) {
                        logs.add(Math.log(m));
                    }
                }
                if (raw.size() == 1 && Double.isFinite(r.scoreError()) && r.score() > 0) {
                    a.jmhError.put(e.commit(), r.scoreError() / r.score());
                }
            }
        }
        List<Series> out = new ArrayList<>();
        for (Map.Entry<BenchmarkKey, Acc> e : acc.entrySet()) {
            Acc a = e.getValue();
            List<Point> points = new ArrayList<>();
            for (Map.Entry<String, Instant> c : commits.entrySet()) {
                List<Double> logs = a.logForkMeans.get(c.getKey());
                if (logs == null || logs.isEmpty()) {
                    continue; // this commit did not measure this benchmark
                }
                points.add(point(c.getKey(), c.getValue(), logs, a.jmhError.get(c.getKey())));
            }
            if (!points.isEmpty()) {
                out.add(new Series(e.getKey(), a.unit, a.higherIsBetter, points));
            }
        }
        return out;
    }

    private static Point point(String commit, Instant time, List<Double> logs, Double relError) {
        int n = logs.size();
        double mean = logs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double score = Math.exp(mean);
        if (n >= 2) {
            double ss = 0;
            for (double l : logs) {
                ss += (l - mean) * (l - mean);
            }
            double se = Math.sqrt(ss / (n - 1) / n);
            double q = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
            return new Point(commit, time, score, Math.exp(mean - q * se), Math.exp(mean + q * se), n);
        }
        if (relError != null) {
            // One fork: JMH's own 99.9 % error of the iterations is all there is.
            return new Point(commit, time, score, score * (1 - relError), score * (1 + relError), n);
        }
        return new Point(commit, time, score, Double.NaN, Double.NaN, n);
    }

    private static final class Acc {
        String unit;
        boolean higherIsBetter;
        final Map<String, List<Double>> logForkMeans = new LinkedHashMap<>();
        final Map<String, Double> jmhError = new LinkedHashMap<>();
    }
}
