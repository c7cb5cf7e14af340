package parbench.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ways of running a kernel, in the order the results, the report and {@code -l} use. The id is
 * what the command line and the benchmark method names use; the kind says which methods a backend
 * has and whether {@code threads} applies. What a backend can run (its kernel factories and its
 * availability check) is its {@link BackendDescriptor}, contributed by the module that holds the
 * kernels (docs/contributing.md).
 */
public enum Backend {
    /** Best plain single-threaded Java loop: the baseline every speedup is relative to. */
    SERIAL("serial", BackendKind.SINGLE),
    /** Fork/join tasks (recursive halving, ForkJoinRanges) in a private ForkJoinPool(threads). */
    FORKJOIN("forkjoin", BackendKind.THREADED),
    /** Parallel streams submitted to a private ForkJoinPool(threads), never the common pool. */
    STREAMS("streams", BackendKind.THREADED),
    /** Vector API (jdk.incubator.vector) SIMD on one thread. */
    SIMD("simd", BackendKind.SINGLE),
    /** Vector API SIMD kernels split across a private ForkJoinPool(threads). */
    SIMD_FORKJOIN("simd_forkjoin", BackendKind.THREADED),
    /** Aparapi: Java bytecode translated to OpenCL, run on an OpenCL device (never its Java thread pool). */
    APARAPI("aparapi", BackendKind.DEVICE),
    /** JOCL: hand-written OpenCL C kernels through the OpenCL API. */
    JOCL("jocl", BackendKind.DEVICE),
    /** JCuda: CUDA C kernels (PTX) on an NVIDIA GPU. */
    JCUDA("jcuda", BackendKind.DEVICE),
    /** Hazelcast IExecutorService: an embedded member per trial, or a cluster named by parbench.hazelcast.members. */
    HAZELCAST("hazelcast", BackendKind.DISTRIBUTED);

    private final String id;
    private final BackendKind kind;

    Backend(String id, BackendKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The id used on the command line, in benchmark names and in results. */
    public String id() {
        return id;
    }

    /** True when the backend honours the {@code threads} setting (its kernels take a thread count). */
    public boolean threaded() {
        return kind.threaded();
    }

    /** Single-thread CPU, threaded CPU, device or distributed: decides the benchmark methods. */
    public BackendKind kind() {
        return kind;
    }

    /** The benchmark method names of this backend in every workload class it supports. */
    public java.util.List<String> methods() {
        return kind.methods(id);
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
