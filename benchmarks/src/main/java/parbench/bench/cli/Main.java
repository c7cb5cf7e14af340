package parbench.bench.cli;
import parbench.bench.run.Probe;

import parbench.bench.run.DriftCalibration;
import parbench.bench.run.PairedSpeedup;
import parbench.bench.run.Registry;

import java.util.Arrays;
import parbench.core.cli.ExitCodes;

/**
 * Entry point of benchmarks.jar. Without a subcommand every argument goes to JMH unchanged
 * ({@code -l}, {@code -h}, {@code -p threads=1,2,4,8}, {@code -f}, {@code -wi}, {@code -i},
 * {@code -rf}, {@code -rff}, {@code -jvm}, …) plus parbench's own defaults: results in a new
 * {@code results/runs/<id>/} folder with an {@code environment.json}, unavailable backends skipped
 * up front, forks run one at a time in rounds across all benchmarks and saved as they finish
 * ({@code --resume RUN_DIR} completes an interrupted run), and a report generated after the run.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: java -jar benchmarks.jar [JMH options] [--backends ID,...] [--no-report] [--no-calibration] [--dry-run]",
            "                                    [--paired-precision P] [--paired-budget S] [--no-paired]",
            "                                                                       run benchmarks (docs/running.md)",
            "       java -jar benchmarks.jar --resume RUN_DIR [--no-report]          run the missing forks of a run",
            "       java -jar benchmarks.jar speedups RUN_DIR [--precision P] [--budget S]  paired speedups again",
            "       java -jar benchmarks.jar doctor                                 backends, devices, SIMD width",
            "       java -jar benchmarks.jar report JSON... [-o DIR] [--cores N]     (re)generate a report",
            "       java -jar benchmarks.jar compare BASELINE CURRENT [options]      regression gate (exit 0/1/2)",
            "       java -jar benchmarks.jar promote RUN_DIR [--profile P] [--force] make a run the baseline",
            "       java -jar benchmarks.jar member [--port P] [--workers N]          a Hazelcast cluster member",
            "       java -jar benchmarks.jar ab BASE_JAR HEAD_JAR [options] -- SELECTION [JMH options]  A/B gate (0/1/2)",
            "       java -jar benchmarks.jar history add RUN... --store DIR | report --store DIR -o OUT  trends",
            "       java -jar benchmarks.jar -h                                      JMH's own options");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "doctor":
                    return Doctor.run(rest);
                case "report":
                    return parbench.plot.ReportCommand.run(rest);
                case "compare":
                    return parbench.plot.compare.CompareCommand.run(rest);
                case "promote":
                    return parbench.plot.compare.PromoteCommand.run(rest);
                case "member":
                    return parbench.distributed.MemberCommand.run(rest);
                case "ab":
                    return AbCommand.run(rest);
                case "history":
                    return parbench.plot.history.HistoryCommand.run(rest);
                case "registry":
                    // Hidden: the registered benchmark methods, one "Class.method threaded|single" line each (.ci/run).
                    return Registry.print(rest);
                case "probe":
                    return Probe.run(rest);
                case "calibrate":
                    return DriftCalibration.run(rest);
                case "speedups":
                    return SpeedupsCommand.run(rest);
                case "paired-speedup":
                    // Hidden: one JVM of the paired speedup design (PairedSpeedups starts it).
                    return PairedSpeedup.run(rest);
                case "help":
                case "--help":
                    System.out.println(USAGE);
                    return ExitCodes.OK;
                default:
                    break;
            }
        }
        return RunCommand.run(args);
    }
}
