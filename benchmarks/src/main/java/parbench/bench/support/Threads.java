package parbench.bench.support;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The {@code threads} param (and {@code scaling}, weak or strong): a state that only the threaded
 * methods take, so that only they are swept over {@code threads}. The trial setups read the value
 * from the {@link BenchmarkParams}, so the state itself is never read.
 */
@State(Scope.Benchmark)
public class Threads {
    @Param("1")
    public int threads;
    /** {@code weak}: the problem grows with {@code threads} (WeakSize); {@code strong}, the default: it does not. */
    @Param(WeakSize.STRONG)
    public String scaling;

    /** The trial's thread count; 1 for a method without the param. */
    public static int of(BenchmarkParams params) {
        String t = params.getParam("threads");
        return t == null ? 1 : Integer.parseInt(t.trim());
    }

    /** True when the trial's method has the param (it takes this state). */
    public static boolean swept(BenchmarkParams params) {
        return params.getParam("threads") != null;
    }
}
