package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import parbench.plot.analysis.Measured;

/** Results with a single fork: no interval at all (one finding for all of them). */
public final class SingleForkCheck implements Check {

    @Override
    public void run(CheckInput in, Findings out) {
        List<Measured> single = new ArrayList<>();
        for (Measured m : in.measured()) {
            if (m.nativeSample().n() < 2) {
                single.add(m);
            }
        }
        if (single.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Measured m : single.subList(0, Math.min(6, single.size()))) {
            names.add(subject(m) + (m.r().params().isEmpty() ? "" : " " + params(m)));
        }
        out.add(new Finding(Kind.SINGLE_FORK, single.size() == 1 ? subject(single.get(0)) : single.size() + " results",
                single.size() == 1 ? params(single.get(0)) : "",
                (single.size() == 1 ? "" : String.join("; ", names) + (single.size() > names.size() ? "; …" : "") + ": ")
                        + "one fork each, so no interval and no speedup interval",
                "iterations inside one JVM are not independent samples; only several forks (-f) give an "
                        + "interval that means what it says",
                Collections.unmodifiableList(single)));
    }
}
