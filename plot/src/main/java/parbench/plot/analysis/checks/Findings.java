package parbench.plot.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the checks collect while they run: findings, checks that could not run, facts about the machine. */
public final class Findings {

    final List<Finding> findings = new ArrayList<>();
    final Set<String> notRun = new LinkedHashSet<>();
    final List<String> info = new ArrayList<>();
    final Set<String> invalidRoofs = new TreeSet<>();

    public void add(Finding f) {
        findings.add(f);
    }

    /** A check that could not run, and why (said once even when two checks need the same missing file). */
    public void notRun(String why) {
        notRun.add(why);
    }

    public void info(String fact) {
        info.add(fact);
    }

    public void invalidRoof(String roof) {
        invalidRoofs.add(roof);
    }

    /** The findings made so far, in the order the checks ran. */
    public List<Finding> soFar() {
        return List.copyOf(findings);
    }
}
