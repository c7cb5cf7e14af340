package parbench.core.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one command-line scan of every parbench command: {@code --opt value}, {@code --opt=value},
 * flags, {@code -h}/{@code --help}, positional arguments, and optionally everything after
 * {@code --} left for another program. What each option means stays with the command (its
 * {@link Handler}); problems are {@link UsageException}s, reported by {@link Cli}.
 *
 * <pre>{@code
 * new OptionScanner().flag("--force").value("--profile", "--baseline-root")
 *         .scan(args, positional, (name, value) -> ...);
 * }</pre>
 */
public final class OptionScanner {

    /** Receives one option by its canonical name: a flag with a null value, or an option with its value. */
    @FunctionalInterface
    public interface Handler {
        void option(String name, String value) throws UsageException;
    }

    private final Set<String> flags = new HashSet<>();
    /** Value options, each with its message when no value follows (null: "NAME needs a value"). */
    private final Map<String, String> valued = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private boolean stopAtDashDash;
    private boolean passUnknown;
    private UnaryOperator<String> unknown = name -> "unknown option " + name;

    /** An option's whole-number value, or a usage error naming the option: {@code --seed: 'x' is not an integer}. */
    public static long integer(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + value + "' is not an integer");
        }
    }

    /** Options that take no value. */
    public OptionScanner flag(String... names) {
        flags.addAll(List.of(names));
        return this;
    }

    /** Options that take a value ({@code --opt value} or {@code --opt=value}). */
    public OptionScanner value(String... names) {
        for (String n : names) {
            valued.put(n, null);
        }
        return this;
    }

    /** A value option whose missing value is reported as {@code missing} instead of "NAME needs a value". */
    public OptionScanner valueOr(String name, String missing) {
        valued.put(name, missing);
        return this;
    }

    /** {@code alias} means {@code name} (e.g. {@code -o} for {@code --output}); the handler sees {@code name}. */
    public OptionScanner alias(String alias, String name) {
        aliases.put(alias, name);
        return this;
    }

    /** The scan ends at {@code --}; {@link #scan} returns the index after it. */
    public OptionScanner stopAtDashDash() {
        stopAtDashDash = true;
        return this;
    }

    /**
     * Unknown options, {@code -h} and {@code --help} go to the positional list unchanged, for
     * another parser (JMH's) to read: the command's own options are taken out of its arguments.
     */
    public OptionScanner passUnknown() {
        passUnknown = true;
        return this;
    }

    /** The message for an unknown option (default "unknown option NAME"). */
    public OptionScanner unknown(UnaryOperator<String> message) {
        unknown = message;
        return this;
    }

    /** The message for an unknown option, "unknown option NAME" followed by {@code hint}. */
    public OptionScanner unknownHint(String hint) {
        return unknown(name -> "unknown option " + name + hint);
    }

    /**
     * Scans {@code args}; positional arguments go to {@code positional}. Returns the index after
     * {@code --} when the scan stopped there, else {@code args.length}. {@code -h}/{@code --help}
     * is reported as the flag {@code --help} (unless {@link #passUnknown}).
     */
    public int scan(String[] args, List<String> positional, Handler handler) throws UsageException {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (stopAtDashDash && arg.equals("--")) {
                return i + 1;
            }
            String a = arg;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            String name = aliases.getOrDefault(a, a);
            if (!passUnknown && (name.equals("-h") || name.equals("--help"))) {
                handler.option("--help", null);
            } else if (flags.contains(name)) {
                handler.option(name, null);
            } else if (valued.containsKey(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        String missing = valued.get(name);
                        throw new UsageException(missing != null ? missing : a + " needs a value");
                    }
                    value = args[++i];
                }
                handler.option(name, value);
            } else if (passUnknown) {
                positional.add(arg);
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageException(unknown.apply(a));
            } else {
                positional.add(arg);
            }
        }
        return args.length;
    }

    /**
     * The scan {@code compare} and {@code ab} began with: {@code flags} and {@code valued} option
     * names, optionally stopping at {@code --}, "unknown option X" followed by {@code unknownHint}.
     */
    public static int scan(String[] args, Set<String> flags, Set<String> valued, boolean stopAtDashDash,
                           String unknownHint, List<String> positional, Handler handler) throws UsageException {
        OptionScanner s = new OptionScanner().flag(flags.toArray(new String[0])).value(valued.toArray(new String[0]))
                .unknownHint(unknownHint);
        if (stopAtDashDash) {
            s.stopAtDashDash();
        }
        return s.scan(args, positional, handler);
    }
}
