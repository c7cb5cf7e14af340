package parbench.plot.compare;

import java.util.List;
import java.util.Set;
import parbench.core.cli.UsageException;

/**
 * Kept so that {@code ab}'s {@code AbOptions} compiles unchanged while it is rewritten: forwards to
 * {@link parbench.core.cli.OptionScanner}, the scan every command shares, and reports its usage
 * errors as {@link CompareException}s. New code uses {@code parbench.core.cli.OptionScanner}.
 */
public final class OptionScanner {

    /** Receives one option: a flag with a null value, or an option with its value. */
    @FunctionalInterface
    public interface Handler {
        void option(String name, String value) throws CompareException;
    }

    private OptionScanner() {
    }

    /** {@link parbench.core.cli.OptionScanner#scan(String[], Set, Set, boolean, String, List, parbench.core.cli.OptionScanner.Handler)}. */
    public static int scan(String[] args, Set<String> flags, Set<String> valued, boolean stopAtDashDash,
                           String unknownHint, List<String> positional, Handler handler) throws CompareException {
        try {
            return parbench.core.cli.OptionScanner.scan(args, flags, valued, stopAtDashDash, unknownHint, positional,
                    handler::option);
        } catch (CompareException e) {
            throw e;
        } catch (UsageException e) {
            throw new CompareException(e.getMessage());
        }
    }
}
