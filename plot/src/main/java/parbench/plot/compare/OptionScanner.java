package parbench.plot.compare;

import java.util.List;
import java.util.Set;

/**
 * The command-line scan that {@code compare} and {@code ab} share: {@code --opt value},
 * {@code --opt=value}, flags, {@code -h}/{@code --help}, positional arguments, and optionally
 * everything after {@code --} left for another program. What each option means stays with the
 * command (its {@link Handler}).
 */
public final class OptionScanner {

    /** Receives one option: a flag with a null value, or an option with its value. */
    @FunctionalInterface
    public interface Handler {
        void option(String name, String value) throws CompareException;
    }

    private OptionScanner() {
    }

    /**
     * Scans {@code args}; positional arguments go to {@code positional}. With {@code stopAtDashDash}
     * the scan ends at {@code --} and the index after it is returned (else {@code args.length}).
     * {@code -h}/{@code --help} is reported as the flag {@code --help}.
     *
     * @param unknownHint appended to "unknown option X" (may be empty)
     */
    public static int scan(String[] args, Set<String> flags, Set<String> valued, boolean stopAtDashDash,
                           String unknownHint, List<String> positional, Handler handler) throws CompareException {
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (stopAtDashDash && a.equals("--")) {
                return i + 1;
            }
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (a.equals("-h") || a.equals("--help")) {
                handler.option("--help", null);
            } else if (flags.contains(a)) {
                handler.option(a, null);
            } else if (valued.contains(a)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new CompareException(a + " needs a value");
                    }
                    value = args[++i];
                }
                handler.option(a, value);
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new CompareException("unknown option " + a + unknownHint);
            } else {
                positional.add(a);
            }
        }
        return i;
    }
}
