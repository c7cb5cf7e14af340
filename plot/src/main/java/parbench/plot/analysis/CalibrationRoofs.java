package parbench.plot.analysis;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The calibrated roofs of a run, from its CalibrationBenchmark results. */
final class CalibrationRoofs {

    private CalibrationRoofs() {
    }

    static Calibration of(List<Measured> measured) {
        SortedMap<Integer, Double> fma = new TreeMap<>();
        SortedMap<Integer, Double> streamN = new TreeMap<>();
        SortedMap<Integer, Double> stream = new TreeMap<>();
        SortedMap<Integer, Double> fmaHw = new TreeMap<>();
        SortedMap<Integer, Double> streamHw = new TreeMap<>();
        for (Measured m : measured) {
            if (m.work().isEmpty()) {
                continue;
            }
            Work w = m.work().get();
            int t = Math.max(1, m.threads());
            double s = m.secondsPerOp();
            if (!Double.isFinite(s)) {
                continue;
            }
            if (w.workload().equals("fma_peak")) {
                double g = w.gflops(s);
                if (!fma.containsKey(t) || g > fma.get(t)) {
                    fma.put(t, g);
                    fmaHw.put(t, relativeHalfWidth(m));
                }
            } else if (w.workload().equals("stream_add")) {
                // The largest array is the out-of-cache (memory) bandwidth; ties take the best.
                double n = w.bytes();
                Double prev = streamN.get(t);
                if (prev == null || n > prev || (n == prev && w.gbytes(s) > stream.get(t))) {
                    streamN.put(t, n);
                    stream.put(t, w.gbytes(s));
                    streamHw.put(t, relativeHalfWidth(m));
                }
            }
        }
        return new Calibration(fma, stream, fmaHw, streamHw);
    }

    /** The result's 95 % half-width over its mean; NaN (unknown) for one fork. */
    private static double relativeHalfWidth(Measured m) {
        double hw = m.sample().halfWidth() / m.sample().mean();
        return Double.isFinite(hw) && hw >= 0 ? hw : Double.NaN;
    }
}
