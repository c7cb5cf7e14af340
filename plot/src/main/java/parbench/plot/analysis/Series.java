package parbench.plot.analysis;

import java.util.List;
import java.util.SortedMap;
import parbench.plot.stats.AmdahlFit;
import parbench.plot.stats.GustafsonFit;

/**
 * One backend's measurements over thread counts, with its Amdahl fit (self-relative) and, for
 * weak scaling, its Gustafson fit (NaN for strong scaling).
 */
public record Series(String cls, String mode, String method, SortedMap<String, String> fixedParams,
                     boolean weak, List<Measured> points, AmdahlFit fit, List<Integer> excluded,
                     GustafsonFit gustafson) {

    public String label() {
        return Work.simpleName(cls) + "." + method + suffix();
    }

    /** Chart/grouping key: the case without the method. */
    public String caseKey() {
        return Work.simpleName(cls) + suffix();
    }

    private String suffix() {
        return (fixedParams.isEmpty() ? "" : " " + Format.params(fixedParams))
                + (weak && !WeakScaling.declared(fixedParams) ? " (weak scaling)" : "") + ("avgt".equals(mode) ? "" : " [" + mode + "]");
    }
}
