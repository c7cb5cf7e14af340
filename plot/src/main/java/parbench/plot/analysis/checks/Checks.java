package parbench.plot.analysis.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import parbench.plot.analysis.Calibration;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Measured;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;

/**
 * The report checking its own numbers: every {@link Check} run once over the results, and what
 * they found. A result named by a finding that {@link Kind#accuses} is <em>suspect</em>: charts
 * ring it and the Checks section counts it. A result named by any finding is not
 * {@link #trusted}: no target is met by it.
 */
public final class Checks {

    /** Every check, in the order they run: the superlinear check names the findings made before it as causes. */
    static final List<Check> ALL = List.of(new WrongOutputCheck(), new DriftCheck(), new AboveRoofCheck(),
            new ThreadedAtOneCheck(), new SlowerSteadyStateCheck(), new NoSteadyStateCheck(), new ForksDisagreeCheck(),
            new SuperlinearCheck(), new OutlierCheck(), new WideIntervalCheck(), new SingleForkCheck());

    private final List<Finding> findings;
    private final List<String> notRun;
    private final List<String> info;
    private final Map<Measured, List<Finding>> byMeasured;
    private final Set<String> invalidRoofs;

    private Checks(Findings f) {
        List<Finding> sorted = new ArrayList<>(f.findings);
        sorted.sort(Comparator.comparing(Finding::check));
        this.findings = List.copyOf(sorted);
        this.notRun = List.copyOf(f.notRun);
        this.info = List.copyOf(f.info);
        this.invalidRoofs = Set.copyOf(f.invalidRoofs);
        Map<Measured, List<Finding>> m = new IdentityHashMap<>();
        for (Finding x : findings) {
            for (Measured r : x.about()) {
                m.computeIfAbsent(r, k -> new ArrayList<>()).add(x);
            }
        }
        this.byMeasured = m;
    }

    public static Checks run(List<Measured> measured, List<Row> rows, Calibration cal, Environment env, int cores,
                             List<IterationsFile.Fork> iterations) {
        CheckInput in = CheckInput.of(measured, rows, cal, env, cores, iterations);
        Findings out = new Findings();
        for (Check c : ALL) {
            c.run(in, out);
        }
        return new Checks(out);
    }

    /** Every finding, in check order. */
    public List<Finding> findings() {
        return findings;
    }

    /** Checks that could not run, and why (e.g. no iterations.json). */
    public List<String> notRun() {
        return notRun;
    }

    /** Facts about the run worth reading next to the findings (machine noise, load average, steal). */
    public List<String> info() {
        return info;
    }

    /** Findings naming this result. */
    public List<Finding> of(Measured m) {
        return byMeasured.getOrDefault(m, List.of());
    }

    /** Named by a finding that accuses it (not only by one about its precision). */
    public boolean suspect(Measured m) {
        return of(m).stream().anyMatch(f -> f.check().accuses);
    }

    /** Named by no finding at all: a target may rest on it. */
    public boolean trusted(Measured m) {
        return !byMeasured.containsKey(m);
    }

    /** The distinct labels of the accusing findings on these results (null entries skipped). */
    public String reasons(Measured... ms) {
        return labels(f -> f.check().accuses, ms);
    }

    /** The distinct labels of every finding on these results, accusing or about precision. */
    public String caveats(Measured... ms) {
        return labels(f -> true, ms);
    }

    private String labels(Predicate<Finding> which, Measured... ms) {
        LinkedHashSet<String> r = new LinkedHashSet<>();
        for (Measured m : ms) {
            if (m != null) {
                for (Finding f : of(m)) {
                    if (which.test(f)) {
                        r.add(f.check().label);
                    }
                }
            }
        }
        return String.join(", ", r);
    }

    /** Roofs shown invalid by a result above them, e.g. "fma_peak t=2", "stream_add t=1". */
    public boolean roofInvalid(String roof) {
        return invalidRoofs.contains(roof);
    }

    public Set<String> invalidRoofs() {
        return invalidRoofs;
    }

    /** How many results an accusing finding names. */
    public long suspectCount(List<Measured> measured) {
        return measured.stream().filter(this::suspect).count();
    }
}
