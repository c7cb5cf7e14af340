package parbench.plot.compare;

import java.nio.file.Path;
import java.util.List;
import parbench.plot.model.BenchmarkResult;

/**
 * One benchmark run (one JMH invocation) on one side of a comparison.
 *
 * @param label          short name for reports: the run folder's name, or the file name
 * @param source         the JMH JSON file
 * @param machineProfile {@code machineProfile} from environment.json beside it, or null if unknown
 * @param results        the parsed records
 */
public record Run(String label, Path source, String machineProfile, List<BenchmarkResult> results) {
    public Run {
        results = List.copyOf(results);
    }
}
