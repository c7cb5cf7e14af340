package parbench.plot.analysis.checks;

/**
 * One way a result can be wrong or misleading. Each check makes the findings of one {@link Kind},
 * has its thresholds as constants of its own class (documented in docs/reading-the-report.md) and
 * adds what it finds to {@link Findings}.
 */
public interface Check {

    void run(CheckInput in, Findings out);
}
