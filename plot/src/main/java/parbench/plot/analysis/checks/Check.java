package parbench.plot.analysis.checks;

/**
 * One way a result can be wrong or misleading. Each check has its thresholds as constants of its
 * own class (documented in docs/reading-the-report.md) and adds what it finds to {@link Findings}.
 */
public interface Check {

    /** The kind of finding this check makes (its label and place in the list). */
    Kind kind();

    void run(CheckInput in, Findings out);
}
