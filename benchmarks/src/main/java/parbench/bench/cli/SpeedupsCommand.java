package parbench.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parbench.bench.run.ForkFlags;
import parbench.bench.run.PairedSpeedupPhase;
import parbench.bench.run.Probe;
import parbench.plot.ReportCommand;
import parbench.plot.compare.CompareException;
import parbench.plot.compare.OptionScanner;
import parbench.plot.model.PairedSpeedups;

/** {@code speedups RUN_DIR}: the paired phase on a finished run, then its report again. */
final class SpeedupsCommand {

    static final String USAGE = "usage: speedups RUN_DIR [--precision P] [--budget SECONDS] [--force]\n"
            + "  measures the summary's speedups of a finished run again by the paired design into RUN_DIR/speedups.json\n"
            + "  and re-renders its report; --force replaces a speedups.json already there";

    private SpeedupsCommand() {
    }

    static int run(String[] args) {
        PairedSpeedupPhase.Settings defaults = PairedSpeedupPhase.Settings.defaults();
        double[] precision = {defaults.precision()};
        int[] budget = {defaults.budgetSeconds()};
        boolean[] force = {false};
        boolean[] help = {false};
        List<String> positional = new ArrayList<>();
        try {
            OptionScanner.scan(args, Set.of("--force"), Set.of("--precision", "--budget"), false, "", positional,
                    (name, value) -> {
                        switch (name) {
                            case "--help" -> help[0] = true;
                            case "--force" -> force[0] = true;
                            case "--precision" -> precision[0] = PairedSpeedupPhase.Settings.precision(value);
                            default -> budget[0] = PairedSpeedupPhase.Settings.seconds(value);
                        }
                    });
            if (help[0]) {
                System.out.println(USAGE);
                return 0;
            }
            if (positional.size() != 1) {
                throw new IllegalArgumentException(positional.isEmpty() ? "no run folder given"
                        : "unexpected argument '" + positional.get(1) + "'");
            }
        } catch (CompareException | IllegalArgumentException e) {
            System.err.println("error: speedups: " + e.getMessage().replace("--paired-", "--"));
            System.err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(positional.get(0));
        Path json = dir.resolve("jmh.json");
        if (!Files.isRegularFile(json)) {
            System.err.println("error: speedups: " + dir + " has no jmh.json: not a run folder");
            return 2;
        }
        if (Files.exists(dir.resolve(PairedSpeedups.NAME)) && !force[0]) {
            System.err.println("error: speedups: " + dir.resolve(PairedSpeedups.NAME) + " exists; --force replaces it");
            return 2;
        }
        List<String> jvmArgs = new ArrayList<>(Probe.forwardedProperties());
        jvmArgs.addAll(ForkFlags.ALL);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!PairedSpeedupPhase.run(json, java, jvmArgs, new PairedSpeedupPhase.Settings(true, precision[0], budget[0]), () -> false)) {
            return 1;
        }
        return ReportCommand.render(ReportCommand.Request.of(json, dir), System.out, System.err);
    }
}
