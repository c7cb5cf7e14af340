package parbench.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parbench.bench.run.ForkFlags;
import parbench.bench.run.PairedSpeedupPhase;
import parbench.bench.run.Probe;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;
import parbench.plot.ReportCommand;
import parbench.plot.model.PairedSpeedups;

/** {@code speedups RUN_DIR}: the paired phase on a finished run, then its report again. */
final class SpeedupsCommand {

    static final String USAGE = "usage: speedups RUN_DIR [--precision P] [--budget SECONDS] [--force]\n"
            + "  measures the summary's speedups of a finished run again by the paired design into RUN_DIR/speedups.json\n"
            + "  and re-renders its report; --force replaces a speedups.json already there";

    static final String NAME = "speedups";

    private SpeedupsCommand() {
    }

    /** A paired-phase setting read by its own parser; its message names the option as this command spells it. */
    private static double setting(java.util.function.DoubleSupplier parse) throws UsageException {
        try {
            return parse.getAsDouble();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().replace("--paired-", "--"));
        }
    }

    static int run(String[] args) {
        PairedSpeedupPhase.Settings defaults = PairedSpeedupPhase.Settings.defaults();
        double[] precision = {defaults.precision()};
        int[] budget = {defaults.budgetSeconds()};
        boolean[] force = {false};
        boolean[] help = {false};
        List<String> positional = new ArrayList<>();
        try {
            new OptionScanner().flag("--force").value("--precision", "--budget").scan(args, positional, (name, value) -> {
                switch (name) {
                    case "--help" -> help[0] = true;
                    case "--force" -> force[0] = true;
                    case "--precision" -> precision[0] = setting(() -> PairedSpeedupPhase.Settings.precision(value));
                    default -> budget[0] = (int) setting(() -> PairedSpeedupPhase.Settings.seconds(value));
                }
            });
            if (help[0]) {
                System.out.println(USAGE);
                return ExitCodes.OK;
            }
            if (positional.size() != 1) {
                throw new UsageException(positional.isEmpty() ? "no run folder given"
                        : "unexpected argument '" + positional.get(1) + "'");
            }
        } catch (UsageException e) {
            return Cli.fail(System.err, NAME, e.getMessage(), USAGE);
        }
        Path dir = Path.of(positional.get(0));
        Path json = dir.resolve("jmh.json");
        if (!Files.isRegularFile(json)) {
            return Cli.fail(System.err, NAME, dir + " has no jmh.json: not a run folder");
        }
        if (Files.exists(dir.resolve(PairedSpeedups.NAME)) && !force[0]) {
            return Cli.fail(System.err, NAME, dir.resolve(PairedSpeedups.NAME) + " exists; --force replaces it");
        }
        List<String> jvmArgs = new ArrayList<>(Probe.forwardedProperties());
        jvmArgs.addAll(ForkFlags.ALL);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!PairedSpeedupPhase.run(json, java, jvmArgs, new PairedSpeedupPhase.Settings(true, precision[0], budget[0]), () -> false)) {
            return ExitCodes.FAILED;
        }
        return ReportCommand.render(ReportCommand.Request.of(json, dir), System.out, System.err);
    }
}
