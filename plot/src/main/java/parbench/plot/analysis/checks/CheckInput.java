package parbench.plot.analysis.checks;

import java.util.List;
import parbench.plot.analysis.Calibration;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Measured;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;

/**
 * What every check reads: the results, the speedup rows, the calibrated roofs, the environment,
 * the core count, the warmup and measurement iterations (null without iterations.json) and the
 * noise this run's machine showed, against which per-result checks are judged.
 */
public record CheckInput(List<Measured> measured, List<Row> rows, Calibration calibration, Environment env,
                         int cores, List<IterationsFile.Fork> iterations, MachineNoise noise) {

    public static CheckInput of(List<Measured> measured, List<Row> rows, Calibration calibration, Environment env,
                                int cores, List<IterationsFile.Fork> iterations) {
        return new CheckInput(measured, rows, calibration, env, cores, iterations, MachineNoise.of(measured));
    }
}
