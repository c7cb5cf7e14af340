package parbench.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Everything the harness needs to run one backend: its id and kind ({@link Backend}), a one-line
 * description, its availability check and one kernel factory per workload it supports. Each
 * module contributes the descriptors of its backends from one class ({@link CpuBackends} here);
 * the benchmarks module lists them all in one place.
 */
public final class BackendDescriptor {

    private final Backend backend;
    private final String description;
    private final Supplier<Availability> availability;
    private final Map<Workload<?>, IntFunction<? extends AutoCloseable>> factories;

    private BackendDescriptor(Backend backend, String description, Supplier<Availability> availability,
                              Map<Workload<?>, IntFunction<? extends AutoCloseable>> factories) {
        this.backend = backend;
        this.description = description;
        this.availability = availability;
        this.factories = Collections.unmodifiableMap(factories);
    }

    /** Starts a descriptor; add one {@link Builder#with} per supported workload. */
    public static Builder of(Backend backend, String description, Supplier<Availability> availability) {
        return new Builder(backend, description, availability);
    }

    public Backend backend() {
        return backend;
    }

    public String id() {
        return backend.id();
    }

    public String description() {
        return description;
    }

    /** Asks whether the backend can run in this JVM. Never throws: a failing check is an answer too. */
    public Availability availability() {
        try {
            return availability.get();
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable("availability check failed: " + e);
        }
    }

    public boolean supports(Workload<?> workload) {
        return factories.containsKey(workload);
    }

    /** A new kernel of this backend for {@code workload}; {@code threads} is used by threaded kinds only. */
    public <K extends AutoCloseable> K create(Workload<K> workload, int threads) {
        IntFunction<? extends AutoCloseable> factory = factories.get(workload);
        if (factory == null) {
            throw new IllegalArgumentException("backend " + id() + " does not support workload " + workload.id());
        }
        return workload.kernel().cast(factory.apply(threads));
    }

    /**
     * A new device kernel for kernel-only timing: the kernel {@link #create} makes, seen through the
     * workload's device interface (its {@code bind}).
     */
    public <K extends AutoCloseable> K createDevice(Workload<K> workload) {
        K kernel = create(workload, 1);
        if (!workload.device().isInstance(kernel)) {
            try {
                kernel.close();
            } catch (Exception ignored) {
                // The kernel is unusable here anyway; the message below is the answer.
            }
            throw new IllegalArgumentException("backend " + id() + " has no kernel-only variant of workload " + workload.id()
                    + " (its kernel does not implement " + workload.device().getName() + ")");
        }
        return kernel;
    }

    @Override
    public String toString() {
        return id();
    }

    /** Collects the factories; {@link #build} freezes them. */
    public static final class Builder {
        private final Backend backend;
        private final String description;
        private final Supplier<Availability> availability;
        private final Map<Workload<?>, IntFunction<? extends AutoCloseable>> factories = new LinkedHashMap<>();

        private Builder(Backend backend, String description, Supplier<Availability> availability) {
            this.backend = Objects.requireNonNull(backend);
            this.description = Objects.requireNonNull(description);
            this.availability = Objects.requireNonNull(availability);
        }

        /** The kernel factory of one workload; {@code threads} is the argument. */
        public <K extends AutoCloseable> Builder with(Workload<K> workload, IntFunction<? extends K> factory) {
            if (factories.putIfAbsent(workload, Objects.requireNonNull(factory)) != null) {
                throw new IllegalStateException(backend.id() + " registers " + workload.id() + " twice");
            }
            return this;
        }

        public BackendDescriptor build() {
            return new BackendDescriptor(backend, description, availability, new LinkedHashMap<>(factories));
        }
    }
}
