package parbench.core;

import java.util.List;

/** What sort of backend it is: decides its benchmark methods and whether {@code threads} applies. */
public enum BackendKind {
    /** One CPU thread: one method named by the id, not swept over threads. */
    SINGLE(false),
    /** CPU threads in a private pool: one method named by the id, swept over threads. */
    THREADED(true),
    /** A device: {@code id_end_to_end} (with host↔device copies) and {@code id_kernel_only} (launch alone). */
    DEVICE(false),
    /** Workers of a distributed engine: one method named by the id, threads = total workers. */
    DISTRIBUTED(true);

    /** Suffixes of the device backends' two methods. */
    public static final String END_TO_END = "_end_to_end";
    public static final String KERNEL_ONLY = "_kernel_only";

    private final boolean threaded;

    BackendKind(boolean threaded) {
        this.threaded = threaded;
    }

    public boolean threaded() {
        return threaded;
    }

    /** The benchmark method names of a backend of this kind. */
    public List<String> methods(String id) {
        return this == DEVICE ? List.of(id + END_TO_END, id + KERNEL_ONLY) : List.of(id);
    }
}
