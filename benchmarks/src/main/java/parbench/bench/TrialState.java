package parbench.bench;

import parbench.bench.support.InjectedSlowdown;
import java.util.Locale;

/**
 * What every per-trial state of a measured method holds: its kernel (created once per trial,
 * closed at its end) and the optional injected slowdown. {@link KernelState} names the kernel by
 * its backend, {@link LessonState} by its lesson variant. The JMH classes among its subclasses take
 * their run settings from {@link BenchmarkDefaults}.
 */
public abstract class TrialState<K extends AutoCloseable> extends BenchmarkDefaults {

    protected K kernel;
    protected InjectedSlowdown slowdown = InjectedSlowdown.NONE;

    /** The backend or variant id, for messages. */
    protected abstract String name();

    /** The trial's end: {@code check} (the last timed output), then the kernel closed even when the check fails. */
    protected void checkThenClose(Runnable check) {
        try {
            check.run();
        } finally {
            closeKernel();
        }
    }

    /** Closes the kernel; a failure to release is reported but does not hide a verification error. */
    protected void closeKernel() {
        release(kernel, name());
        kernel = null;
    }

    /** Closes {@code c} if present; a failure is reported on stderr, never thrown over a verification error. */
    static void release(AutoCloseable c, String what) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            System.err.printf(Locale.ROOT, "parbench: closing %s failed: %s%n", what, e);
        }
    }
}
