package parbench.plot.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When {@code ab} looks at its pairs and at which level, so that it can stop as soon as a
 * benchmark is decided and still keep its error rates.
 *
 * <p>The looks are fixed before the first pair: at {@code min} pairs, then every {@code step}
 * pairs, up to {@code max}. Each look tests at {@code alpha / looks} (Bonferroni over the looks):
 * the chance that any look raises a false alarm, or calls a real change of the threshold's size
 * "unchanged", is then at most {@code alpha}, whatever the looks' correlation. A group-sequential
 * boundary (Pocock) would be a little less strict; this one needs no tables and holds for any
 * number of benchmarks, each corrected by Holm within a look. A job that stops early (budget)
 * used fewer looks than planned, which only makes it more conservative.
 */
public record SequentialRule(int min, int step, int max) {

    /** Defaults: first look at 6 pairs (5 degrees of freedom), then every 4, up to 30. */
    public static final SequentialRule DEFAULT = new SequentialRule(6, 4, 30);

    public SequentialRule {
        if (min < 2 || step < 1 || max < min) {
            throw new IllegalArgumentException("looks need min >= 2, step >= 1, max >= min: " + min + ", " + step + ", " + max);
        }
    }

    /** A fixed-size job: exactly {@code pairs} pairs and one look at the job's alpha. */
    public static SequentialRule fixed(int pairs) {
        return new SequentialRule(pairs, 1, pairs);
    }

    /** A rule that stops at {@code max} pairs (default start and step, shortened to fit). */
    public static SequentialRule upTo(int max) {
        int min = Math.min(DEFAULT.min, max);
        return new SequentialRule(Math.max(3, min), DEFAULT.step, Math.max(3, max));
    }

    /** The pair counts at which the pairs are tested, in order. */
    public List<Integer> looks() {
        List<Integer> l = new ArrayList<>();
        for (int n = min; n < max; n += step) {
            l.add(n);
        }
        l.add(max);
        return l;
    }

    public boolean isLook(int pairs) {
        return looks().contains(pairs);
    }

    /** The level of one look: the job's alpha shared equally among the planned looks. */
    public double lookAlpha(double alpha) {
        return alpha / looks().size();
    }

    /** The settings one look decides with: the job's, at {@link #lookAlpha}. */
    public CompareSettings at(CompareSettings job) {
        return new CompareSettings(job.threshold(), lookAlpha(job.alpha()), job.correction());
    }

    /** For the reports: "looks at 6, 10, 14, ... 30 pairs, each at alpha 0.05/7 = 0.0071". */
    public String describe(double alpha) {
        List<Integer> l = looks();
        return String.format(Locale.ROOT, "looks at %s pairs, each at alpha %s/%d = %.2g (Bonferroni over the looks)",
                l.toString().replace("[", "").replace("]", ""), alpha, l.size(), lookAlpha(alpha));
    }
}
