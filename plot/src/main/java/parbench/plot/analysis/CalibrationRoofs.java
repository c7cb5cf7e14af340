package parbench.plot.analysis;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import parbench.plot.analysis.Analysis.Calibration;

/** The calibrated roofs of a run, from its CalibrationBenchmark results. */
final class CalibrationRoofs {

    private CalibrationRoofs() {
    }


    static Calibration of(List<Measured> measured) {
        SortedMap<Integer, Double> fma = new TreeMap<>();
        SortedMap<Integer, Double> streamN = new TreeMap<>();
        SortedMap<Integer, Double> stream = new TreeMap<>();
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
                fma.merge(t, w.gflops(s), Math::max);
            } else if (w.workload().equals("stream_add")) {
                // The largest array is the out-of-cache (memory) bandwidth; ties take the best.
                double n = w.bytes();
                Double prev = streamN.get(t);
                if (prev == null || n > prev || (n == prev && w.gbytes(s) > stream.get(t))) {
                    streamN.put(t, n);
                    stream.put(t, w.gbytes(s));
                }
            }
        }
        return new Calibration(fma, stream);
    }
}
