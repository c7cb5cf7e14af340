package parbench.plot.analysis.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Calibration;
import parbench.plot.analysis.Row;
import parbench.plot.analysis.Measured;
import parbench.plot.model.Environment;
import parbench.plot.model.IterationsFile;

/**
 * What every check reads: the results, the speedup rows, the calibrated roofs, the environment,
 * the core count, the warmup and measurement iterations (null without iterations.json) and the
 * noise this run's machine showed, against which per-result checks are judged.
 *
 * @param forksByResult each result's forks from iterations.json, in result order (results without
 *                      an entry left out); null without iterations.json. Grouped once here: with
 *                      10,000 results the grouping is a third of a second of a cold JVM, and two
 *                      checks read it.
 */
public record CheckInput(List<Measured> measured, List<Row> rows, Calibration calibration, Environment env,
                         int cores, List<IterationsFile.Fork> iterations, MachineNoise noise,
                         Map<Measured, List<IterationsFile.Fork>> forksByResult) {

    public static CheckInput of(List<Measured> measured, List<Row> rows, Calibration calibration, Environment env,
                                int cores, List<IterationsFile.Fork> iterations) {
        return new CheckInput(measured, rows, calibration, env, cores, iterations, MachineNoise.of(measured),
                iterations == null ? null : group(measured, iterations));
    }

    private static Map<Measured, List<IterationsFile.Fork>> group(List<Measured> measured,
                                                                  List<IterationsFile.Fork> iterations) {
        Map<String, List<IterationsFile.Fork>> byKey = new HashMap<>();
        for (IterationsFile.Fork f : iterations) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        Map<Measured, List<IterationsFile.Fork>> out = new LinkedHashMap<>();
        for (Measured m : measured) {
            List<IterationsFile.Fork> forks = byKey.get(IterationsFile.key(m.r().benchmark(), m.mode(), m.r().params()));
            if (forks != null) {
                out.put(m, forks);
            }
        }
        return out;
    }
}
