package parbench.bench.cli;

import parbench.bench.run.PairedSpeedupPhase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import parbench.core.Backend;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

/** parbench's own options, taken out before JMH parses the rest (in their order, {@code -h} included). */
final class RunArgs {
    final List<String> jmh = new ArrayList<>();
    Set<Backend> selected = EnumSet.allOf(Backend.class);
    boolean report = true;
    boolean calibration = true;
    boolean dryRun;
    Path resume;
    PairedSpeedupPhase.Settings paired = PairedSpeedupPhase.Settings.defaults();

    private static final OptionScanner SCANNER = new OptionScanner()
            .flag("--no-report", "--no-calibration", "--dry-run", "--no-paired")
            .value("--paired-precision", "--paired-budget")
            .valueOr("--resume", "--resume needs the run folder of an earlier run (the folder holding plan.json)")
            .valueOr("--backends", "--backends needs a comma-separated list; allowed: " + Backend.ids())
            .passUnknown();

    static RunArgs parse(String[] raw) throws UsageException {
        RunArgs a = new RunArgs();
        SCANNER.scan(raw, a.jmh, (name, value) -> {
            PairedSpeedupPhase.Settings p = a.paired;
            switch (name) {
                case "--no-report" -> a.report = false;
                case "--no-calibration" -> a.calibration = false;
                case "--dry-run" -> a.dryRun = true;
                case "--no-paired" -> a.paired = new PairedSpeedupPhase.Settings(false, p.precision(), p.budgetSeconds());
                case "--paired-precision" -> a.paired = new PairedSpeedupPhase.Settings(p.enabled(),
                        checked(() -> PairedSpeedupPhase.Settings.precision(value)), p.budgetSeconds());
                case "--paired-budget" -> a.paired = new PairedSpeedupPhase.Settings(p.enabled(), p.precision(),
                        checked(() -> PairedSpeedupPhase.Settings.seconds(value)));
                case "--resume" -> {
                    if (value.isEmpty()) {
                        throw new UsageException("--resume needs the run folder of an earlier run (the folder holding plan.json)");
                    }
                    a.resume = Path.of(value);
                }
                default -> {
                    Set<Backend> selected = EnumSet.noneOf(Backend.class);
                    for (String id : value.split(",")) {
                        selected.add(checked(() -> Backend.fromId(id.trim())));
                    }
                    a.selected = selected;
                }
            }
        });
        return a;
    }

    /** A value read by its own parser, whose {@link IllegalArgumentException} names the problem. */
    private static <T> T checked(Supplier<T> parse) throws UsageException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
