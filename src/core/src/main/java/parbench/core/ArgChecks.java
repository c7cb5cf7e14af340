package parbench.core;

/** What the workloads' argument contracts (VectorAddArgs, MatmulArgs, Conv2dArgs) check alike. */
final class ArgChecks {

    private ArgChecks() {
    }

    /** Rejects a null argument with a message that names it. */
    static void nonNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
