package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.params;
import static parbench.plot.analysis.checks.Evidence.subject;
import static parbench.plot.analysis.checks.Evidence.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;

/** A threaded backend at threads=1 much slower than its single-threaded counterpart (forkjoin vs serial, …). */
public final class ThreadedAtOneCheck implements Check {

    /** A threaded backend at threads=1 slower than its single-threaded counterpart by more than this factor. */
    static final double THREADED_AT_ONE = 1.20;

    /** The threaded backend whose one-thread run should match a single-threaded method. */
    public static final Map<String, String> COUNTERPART = Map.of("simd_forkjoin", "simd", "forkjoin", "serial",
            "streams", "serial");

    /** The same backend, or a threaded backend and its single-threaded counterpart. */
    public static boolean sameAlgorithm(String method, String base) {
        return method.equals(base) || base.equals(COUNTERPART.get(method));
    }

    @Override
    public void run(CheckInput in, Findings out) {
        Map<String, Measured> single = new HashMap<>();
        for (Measured m : in.measured()) {
            if (m.threads() == 0 && COUNTERPART.containsValue(m.method())) {
                single.put(m.cls() + "|" + m.mode() + "|" + m.caseParams() + "|" + m.method(), m);
            }
        }
        for (Measured m : in.measured()) {
            String c = COUNTERPART.get(m.method());
            if (c == null || m.threads() != 1) {
                continue;
            }
            Measured base = single.get(m.cls() + "|" + m.mode() + "|" + m.caseParams() + "|" + c);
            if (base == null || !Double.isFinite(m.secondsPerOp()) || !Double.isFinite(base.secondsPerOp())) {
                continue;
            }
            double slower = m.secondsPerOp() / base.secondsPerOp();
            if (slower > THREADED_AT_ONE) {
                out.add(new Finding(Kind.THREADED_AT_ONE, subject(m), params(m),
                        m.label() + " " + Format.plusMinus(m.nativeSample().mean(), m.nativeSample().halfWidth(), unit(m))
                                + " vs " + base.method() + " " + Format.plusMinus(base.nativeSample().mean(),
                                base.nativeSample().halfWidth(), unit(base)) + ": " + Format.num(slower) + "× slower",
                        "the threaded code path runs slower than " + base.method() + " on one thread (worse JIT "
                                + "code for the parallel kernel, or per-task overhead): every speedup of " + m.method()
                                + " against itself at 1 thread is inflated by up to " + Format.num(slower) + "×",
                        List.of(m)));
            }
        }
    }
}
