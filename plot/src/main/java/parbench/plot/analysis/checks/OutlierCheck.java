package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.first;
import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;
import static parbench.plot.analysis.checks.Evidence.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;

/**
 * Iterations more than {@link #OUTLIER}× the median (times) or under 1/{@link #OUTLIER} of it
 * (rates): a pause, far beyond the 1.35× a core of a shared host changes speed by.
 */
public final class OutlierCheck implements Check {

    static final double OUTLIER = 3;

    @Override
    public void run(CheckInput in, Findings out) {
        for (Measured m : in.measured()) {
            double[] all = m.nativeSample().iterationValues();
            if (all.length < 3) {
                continue;
            }
            double median = MachineNoise.medianOf(all);
            if (!(median > 0)) {
                continue;
            }
            List<String> hits = new ArrayList<>();
            for (int f = 0; f < m.nativeSample().n(); f++) {
                double[] it = m.nativeSample().fork(f);
                for (int i = 0; i < it.length; i++) {
                    boolean bad = m.higherBetter() ? it[i] < median / OUTLIER : it[i] > median * OUTLIER;
                    if (bad) {
                        hits.add("fork " + (f + 1) + " iteration " + (i + 1) + ": " + Format.num(it[i]));
                    }
                }
            }
            if (!hits.isEmpty()) {
                out.add(new Finding(Kind.OUTLIER, subject(m), params(m),
                        String.join("; ", first(hits, 4)) + " " + unit(m) + " vs median " + Format.num(median) + " " + unit(m)
                                + " (" + (m.higherBetter() ? "under 1/" : "over ") + Format.num(OUTLIER) + "×)",
                        "a pause inside the iteration (GC, JIT deoptimisation, another process, a page-fault storm): "
                                + "it shifts the mean and widens the interval",
                        List.of(m)));
            }
        }
    }
}
