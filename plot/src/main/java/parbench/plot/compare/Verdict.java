package parbench.plot.compare;

import java.util.Locale;

/** The outcome for one benchmark. Only {@link #SLOWER} fails the gate. */
public enum Verdict {
    /** Significant (after correction) and worse by at least the threshold. */
    SLOWER,
    /** Significant (after correction) and better by at least the threshold. */
    FASTER,
    /** Any change is smaller than the threshold: significant but small, or the interval lies inside the band. */
    UNCHANGED,
    /** The data cannot tell: too noisy to rule out a change of the threshold's size, or no test possible. */
    INCONCLUSIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
