package parbench.plot.compare;

import java.util.Set;

/**
 * The options both gates ({@code compare} and {@code ab}) take for the decision and its reports:
 * {@code --threshold}, {@code --alpha}, {@code --correction}, {@code --markdown}, {@code --junit},
 * {@code --json}, and the flag {@code --undecided-passes}. Parsed in one place so that both read
 * them by the same rules.
 */
public final class GateOptions {

    /** The option names, each taking a value. */
    public static final Set<String> NAMES = Set.of("--threshold", "--alpha", "--correction", "--markdown", "--junit", "--json");

    /** The flags, taking no value. */
    public static final Set<String> FLAG_NAMES = Set.of("--undecided-passes");

    public double threshold;
    public double alpha = CompareSettings.DEFAULT_ALPHA;
    public MultipleTesting correction = MultipleTesting.HOLM;
    /** Report files, null when not asked for ({@code --markdown -} is stdout). */
    public String markdown;
    public String junit;
    public String json;
    /** {@code --undecided-passes}: an undecided outcome exits 0 instead of {@link CompareCommand#UNDECIDED}. */
    public boolean undecidedPasses;

    /** A command's own value options together with these. */
    public static Set<String> plus(String... own) {
        Set<String> all = new java.util.HashSet<>(NAMES);
        all.addAll(java.util.List.of(own));
        return Set.copyOf(all);
    }

    /** A command's own flags together with these. */
    public static Set<String> flagsPlus(String... own) {
        Set<String> all = new java.util.HashSet<>(FLAG_NAMES);
        all.addAll(java.util.List.of(own));
        return Set.copyOf(all);
    }

    /** Takes one of {@link #FLAG_NAMES}. */
    public void flag(String option) {
        if (!option.equals("--undecided-passes")) {
            throw new IllegalArgumentException("not a gate flag: " + option);
        }
        undecidedPasses = true;
    }

    /** With the command's own default threshold (compare's and ab's differ). */
    public GateOptions(double defaultThreshold) {
        this.threshold = defaultThreshold;
    }

    /** Takes one of {@link #NAMES} with its value; a bad value is a {@link CompareException} naming the option. */
    public void set(String option, String value) throws CompareException {
        switch (option) {
            case "--threshold":
                threshold = CompareCommand.parseFraction(option, value);
                break;
            case "--alpha":
                alpha = CompareCommand.parseAlpha(option, value);
                break;
            case "--correction":
                correction = MultipleTesting.parse(value);
                break;
            case "--markdown":
                markdown = value;
                break;
            case "--junit":
                junit = value;
                break;
            case "--json":
                json = value;
                break;
            default:
                throw new IllegalArgumentException("not a gate option: " + option);
        }
    }

    public CompareSettings settings() {
        return new CompareSettings(threshold, alpha, correction);
    }
}
