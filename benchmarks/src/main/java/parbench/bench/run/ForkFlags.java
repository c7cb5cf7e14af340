package parbench.bench.run;

import java.util.List;

/**
 * The JVM flags every measured fork gets, whoever starts it (the run, ab, the paired phase, the
 * doctor; the {@code @Fork} annotations name the same constants for plain JMH). Transparent huge
 * pages: without them memory-bound kernels were bimodal across JVM launches
 * (docs/measurements/2026-11-30-forks.md); the JVM ignores the flag where THP is unavailable.
 */
public final class ForkFlags {

    public static final String VECTOR_MODULE = "--add-modules=jdk.incubator.vector";
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    public static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    /** All of them, in the order the forks get them. */
    public static final List<String> ALL = List.of(VECTOR_MODULE, NATIVE_ACCESS, HUGE_PAGES);

    private ForkFlags() {
    }
}
