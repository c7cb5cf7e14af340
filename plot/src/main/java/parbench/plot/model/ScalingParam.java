package parbench.plot.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code scaling} param of the threaded benchmarks: {@code strong} (the default: the
 * same problem at every thread count) or {@code weak} (the problem grows with the thread count,
 * analysis.WeakScaling). A record without the param is strong scaling, so {@code scaling=strong}
 * and no {@code scaling} are the same identity: every key that matches records (compare, ab,
 * history, the report's cases, iterations.json) is built from {@link #identity}, and results
 * recorded before the param existed still match new ones.
 */
public final class ScalingParam {

    public static final String NAME = "scaling";
    public static final String STRONG = "strong";
    public static final String WEAK = "weak";

    private ScalingParam() {
    }

    /** The params that identify a measurement: these params without {@code scaling=strong}. */
    public static SortedMap<String, String> identity(Map<String, String> params) {
        SortedMap<String, String> out = new TreeMap<>(params);
        if (STRONG.equals(out.get(NAME))) {
            out.remove(NAME);
        }
        return out;
    }
}
