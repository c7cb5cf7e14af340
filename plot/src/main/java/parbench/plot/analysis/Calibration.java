package parbench.plot.analysis;

import java.util.SortedMap;

/**
 * The calibrated roofs per thread count (best fma_peak GFLOP/s, best stream_add GB/s at the
 * largest n), and the relative 95 % half-width of each (a roof is a measurement too: a result is
 * above it only beyond both intervals).
 */
public record Calibration(SortedMap<Integer, Double> fmaGflops, SortedMap<Integer, Double> streamAddGBs,
                          SortedMap<Integer, Double> fmaRelativeHalfWidth,
                          SortedMap<Integer, Double> streamAddRelativeHalfWidth) {

    public boolean present() {
        return !fmaGflops.isEmpty() || !streamAddGBs.isEmpty();
    }
}
