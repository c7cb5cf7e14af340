package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;

import java.util.List;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Work;

/**
 * GFLOP/s above fma_peak (matmul, conv2d: no data placement beats the FMA units), and
 * out-of-cache vector add GB/s above stream_add, at the same thread count. Device backends
 * are left out: a GPU's roof is not the CPU's.
 *
 * <p>The roof is a measurement of the same run, with its own interval: a result is above it only
 * beyond the noise of both (the log of their ratio exceeds the two intervals' combined half-width),
 * not when a memory-bound result at 108 % of a stream_add measured to ±10 % merely could be.
 */
public final class AboveRoofCheck implements Check {

    /** A result above its calibrated roof by more than this factor. */
    static final double ROOF = 1.05;

    @Override
    public void run(CheckInput in, Findings out) {
        for (Measured m : in.measured()) {
            if (m.work().isEmpty() || m.isDevice() || !Double.isFinite(m.secondsPerOp())) {
                continue;
            }
            Work w = m.work().get();
            int t = m.effectiveThreads(in.cores());
            String roofName;
            Double roof;
            Double roofHw;
            double value;
            String unit;
            if (w.workload().equals(Work.MATMUL) || w.workload().equals(Work.CONV2D)) {
                roofName = "fma_peak t=" + t;
                roof = in.calibration().fmaGflops().get(t);
                roofHw = in.calibration().fmaRelativeHalfWidth().get(t);
                value = w.gflops(m.secondsPerOp());
                unit = "GFLOP/s";
            } else if (m.outOfCacheVectorAdd()) {
                roofName = "stream_add t=" + t;
                roof = in.calibration().streamAddGBs().get(t);
                roofHw = in.calibration().streamAddRelativeHalfWidth().get(t);
                value = w.gbytes(m.secondsPerOp());
                unit = "GB/s";
            } else {
                continue;
            }
            if (roof == null || roof <= 0 || value <= roof * ROOF || !beyondNoise(value / roof, m, roofHw)) {
                continue;
            }
            out.invalidRoof(roofName);
            out.add(new Finding(Kind.ABOVE_ROOF, subject(m), params(m),
                    Format.num(value) + " " + unit + " = " + Format.percent(value / roof) + " of the calibrated "
                            + roofName + " (" + Format.num(roof) + " " + unit + ")",
                    "the calibration of this run is invalid at " + t + " thread" + (t == 1 ? "" : "s")
                            + " (too slow: e.g. it ran in an unlucky memory placement, or the JVM launch was slow), "
                            + "or this result is too fast to be true; no \"% of peak\" is computed from " + roofName,
                    List.of(m)));
        }
    }

    /**
     * Whether a result {@code ratio} × its roof is above it beyond both intervals: the result's lowest
     * rate (its time's upper bound) against the roof's highest, combined in quadrature on the log
     * scale. An unknown half-width (one fork) counts as zero.
     */
    static boolean beyondNoise(double ratio, Measured m, Double roofRelativeHalfWidth) {
        double rv = m.sample().halfWidth() / m.sample().mean();
        double rr = roofRelativeHalfWidth == null ? Double.NaN : roofRelativeHalfWidth;
        double lv = Double.isFinite(rv) && rv > 0 ? Math.log1p(rv) : 0;
        if (Double.isFinite(rr) && rr >= 1) {
            return false; // a roof known only to within ±100 %: nothing is above it
        }
        double lr = Double.isFinite(rr) && rr > 0 ? -Math.log1p(-rr) : 0;
        return Math.log(ratio) > Math.sqrt(lv * lv + lr * lr);
    }
}
