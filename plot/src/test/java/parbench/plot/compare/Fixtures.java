package parbench.plot.compare;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parbench.plot.model.BenchmarkResult;

/** Small in-memory JMH records and the on-disk fixtures (made by make-fixtures.py). */
final class Fixtures {

    static final Path DIR = Path.of("src", "test", "resources", "compare");

    private Fixtures() {
    }

    static Path fixture(String name) {
        return DIR.resolve(name);
    }

    /** A record of {@code parbench.bench.<name>} with the given forks (each fork: its iteration scores). */
    static BenchmarkResult result(String name, String mode, String unit, Map<String, String> params, double[]... forks) {
        double mean = Arrays.stream(forks).flatMapToDouble(Arrays::stream).filter(Double::isFinite).average().orElse(Double.NaN);
        return new BenchmarkResult("test.json", "parbench.bench." + name, mode, 1, forks.length, List.of(), "17",
                new TreeMap<>(params), mean, Double.NaN, unit, List.of(forks), Map.of());
    }

    static BenchmarkResult avgt(String name, double... forkMeans) {
        return result(name, "avgt", "ms/op", Map.of(), forks(forkMeans));
    }

    static double[][] forks(double... forkMeans) {
        double[][] f = new double[forkMeans.length][];
        for (int i = 0; i < f.length; i++) {
            f[i] = new double[] {forkMeans[i]};
        }
        return f;
    }

    static Run run(String label, String profile, BenchmarkResult... results) {
        return new Run(label, Path.of(label + ".json"), profile, List.of(results));
    }

    static Run run(String label, BenchmarkResult... results) {
        return run(label, "amd-epyc-2c-avx2", results);
    }
}
