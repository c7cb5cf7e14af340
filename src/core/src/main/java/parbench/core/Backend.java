package parbench.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The ways of running a kernel. The id is what the command line and the results use. */
public enum Backend {
    /** Best plain single-threaded Java loop: the baseline every speedup is relative to. */
    SERIAL("serial", false),
    /** Fork/join tasks (RecursiveAction/RecursiveTask) in a private ForkJoinPool(threads). */
    FORKJOIN("forkjoin", true),
    /** Parallel streams submitted to a private ForkJoinPool(threads), never the common pool. */
    STREAMS("streams", true),
    /** Vector API (jdk.incubator.vector) SIMD on one thread. */
    SIMD("simd", false),
    /** Vector API SIMD kernels split across a private ForkJoinPool(threads). */
    SIMD_FORKJOIN("simd_forkjoin", true),
    /** Aparapi: Java bytecode translated to OpenCL, run on an OpenCL device (never its Java thread pool). */
    APARAPI("aparapi", false),
    /** JOCL: hand-written OpenCL C kernels through the OpenCL API. */
    JOCL("jocl", false),
    /** JCuda: CUDA C kernels (PTX) on an NVIDIA GPU. */
    JCUDA("jcuda", false);

    private final String id;
    private final boolean threaded;

    Backend(String id, boolean threaded) {
        this.id = id;
        this.threaded = threaded;
    }

    /** The id used on the command line, in benchmark names and in results. */
    public String id() {
        return id;
    }

    /** True when the backend honours the {@code threads} setting (its kernels take a thread count). */
    public boolean threaded() {
        return threaded;
    }

    /** Looks a backend up by id; the message names the allowed values. */
    public static Backend fromId(String id) {
        for (Backend b : values()) {
            if (b.id.equals(id.toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + id + "'; allowed: " + ids());
    }

    /** All ids, comma separated, in declaration order. */
    public static String ids() {
        return Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", "));
    }
}
