package parbench.plot.analysis;

import java.util.Optional;
import java.util.SortedMap;
import parbench.plot.model.BenchmarkResult;
import parbench.plot.model.ScalingParam;
import parbench.plot.model.Units;
import parbench.plot.stats.Sample;

/**
 * One result prepared for the calculations: its raw iterations in the native unit and in the
 * canonical unit (s/op or ops/s), the {@code threads} param, and the derived work if any.
 *
 * @param result       the parsed record
 * @param threads      the {@code threads} param, or 0 when the record has none
 * @param caseParams   params without {@code threads} and without {@code scaling=strong} (what must
 *                     match for a comparison)
 * @param nativeSample iterations in the record's own unit
 * @param sample       iterations in the canonical unit
 * @param higherBetter better direction from mode and unit
 * @param work         derived work per op (harness benchmarks only)
 * @param caseLabel    display of the case: simple class name plus params without threads (computed
 *                     once: reports over 10,000 records sort and group by it many times)
 */
public record Measured(BenchmarkResult result, int threads, SortedMap<String, String> caseParams,
                       Sample nativeSample, Sample sample, boolean higherBetter, Optional<Work> work,
                       String caseLabel) {

    public static final String THREADS = "threads";

    static Measured of(BenchmarkResult r) {
        int threads = 0;
        String t = r.params().get(THREADS);
        if (t != null) {
            try {
                threads = Integer.parseInt(t.trim());
            } catch (NumberFormatException e) {
                threads = 0; // not a thread count; treat as an ordinary param
            }
        }
        // scaling=strong is the default: such a record is in the same case as one without the param.
        SortedMap<String, String> caseParams = ScalingParam.identity(r.params());
        if (threads > 0) {
            caseParams.remove(THREADS);
        }
        return new Measured(r, threads, caseParams,
                Sample.of(r.rawData(), r.score(), 1.0),
                Sample.of(r.rawData(), r.score(), Units.toCanonical(r.unit())),
                Units.higherIsBetter(r.mode(), r.unit()),
                Work.of(r.benchmarkClass(), r.method(), r.params()),
                Work.simpleName(r.benchmarkClass()) + (caseParams.isEmpty() ? "" : " " + Format.params(caseParams))
                        + ("avgt".equals(r.mode()) ? "" : " [" + r.mode() + "]"));
    }

    public String cls() {
        return r().benchmarkClass();
    }

    public String method() {
        return r().method();
    }

    public String mode() {
        return r().mode();
    }

    public BenchmarkResult r() {
        return result;
    }

    /** Seconds per operation from the mean, NaN when the unit is not a time or a rate. */
    public double secondsPerOp() {
        return Units.secondsPerOp(nativeSample.mean(), r().unit());
    }

    /** Threads used for peak comparisons: the param, else the core count for device backends, else 1. */
    public int effectiveThreads(int cores) {
        if (threads > 0) {
            return threads;
        }
        return isDevice() ? cores : 1;
    }

    /** Device backends: methods named {@code <backend>_end_to_end} / {@code <backend>_kernel_only}. */
    public boolean isDevice() {
        return method().endsWith("_end_to_end") || method().endsWith("_kernel_only");
    }

    /** Backend id: the method name without the device suffix. */
    public String backend() {
        String m = method();
        for (String suffix : new String[] {"_end_to_end", "_kernel_only"}) {
            if (m.endsWith(suffix)) {
                return m.substring(0, m.length() - suffix.length());
            }
        }
        return m;
    }

    /** Display label: method plus thread count, e.g. {@code forkjoin t=2}. */
    public String label() {
        return threads > 0 ? method() + " t=" + threads : method();
    }

    /** Secondary metric a racy benchmark records (docs/lessons.md): its presence means wrong output. */
    public static final String LOST_UPDATES = "lostUpdates";
    public static final String UPDATES = "updates";

    /**
     * Wrong output by design (the racy histogram): the record has a {@code lostUpdates}
     * secondary metric. Its time is shown flagged, never used in a speedup, a best-of ranking,
     * a target or the summary.
     */
    public boolean wrongOutput() {
        return r().secondary().containsKey(LOST_UPDATES);
    }

    /** Lost fraction lostUpdates / updates (both summed over the same operations); NaN if unknown. */
    public double lostFraction() {
        Double lost = r().secondary().get(LOST_UPDATES);
        Double all = r().secondary().get(UPDATES);
        if (lost == null || all == null || !(all > 0)) {
            return Double.NaN;
        }
        return lost / all;
    }

    /**
     * An out-of-cache vector add (n at or above {@link Work#VECTOR_ADD_OUT_OF_CACHE_N}): memory-bound,
     * measured against stream_add.
     */
    public boolean outOfCacheVectorAdd() {
        return work.isPresent() && work.get().workload().equals(Work.VECTOR_ADD) && n() >= Work.VECTOR_ADD_OUT_OF_CACHE_N;
    }

    /** The param {@code n} as a number, NaN when absent or not a number. */
    public double n() {
        try {
            return Double.parseDouble(caseParams.get("n"));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The value of a problem-size param if the record has one, else NaN. */
    public String sizeParam() {
        for (String name : new String[] {"size", "n", "samples", "length", "len", "elements", "count"}) {
            if (caseParams.containsKey(name)) {
                try {
                    Double.parseDouble(caseParams.get(name));
                    return name;
                } catch (NumberFormatException e) {
                    // not numeric: not a size axis
                }
            }
        }
        return null;
    }
}
