package parbench.core.cli;

import java.io.PrintStream;

/**
 * How every command reports bad input: one line {@code command: message} on stderr, optionally
 * followed by its usage text, and exit code {@link ExitCodes#USAGE}.
 */
public final class Cli {

    /** A command's body; a {@link UsageException} it throws becomes {@link #fail}. */
    @FunctionalInterface
    public interface Body {
        int run() throws UsageException;
    }

    private Cli() {
    }

    /** Prints {@code command: message} and returns {@link ExitCodes#USAGE}. */
    public static int fail(PrintStream err, String command, String message) {
        return fail(err, command, message, null);
    }

    /** As {@link #fail(PrintStream, String, String)}, then {@code usage} on the lines after it (null: none). */
    public static int fail(PrintStream err, String command, String message, String usage) {
        err.println(command + ": " + message);
        if (usage != null) {
            err.println(usage);
        }
        return ExitCodes.USAGE;
    }

    /**
     * Runs {@code body}; a {@link UsageException} is printed as {@code command: prefix message}
     * (then {@code usage}, if not null) and returns {@link ExitCodes#USAGE}.
     *
     * @param prefix put before the message, e.g. {@code "usage error: "} (may be empty)
     */
    public static int run(PrintStream err, String command, String prefix, String usage, Body body) {
        try {
            return body.run();
        } catch (UsageException e) {
            return fail(err, command, prefix + e.getMessage(), usage);
        }
    }
}
