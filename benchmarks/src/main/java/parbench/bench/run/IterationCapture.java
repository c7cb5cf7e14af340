package parbench.bench.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's normal console output, plus the score of every warmup and measurement iteration of the
 * fork being run (JMH keeps only the measurement ones in its results). The end-of-run summary is
 * held back: the scheduler prints one for the whole run instead of one per fork.
 */
public final class IterationCapture implements OutputFormat {

    private final OutputFormat delegate;
    private final List<Double> warmup = new ArrayList<>();
    private final List<Double> measurement = new ArrayList<>();
    private String unit = "";

    IterationCapture(OutputFormat delegate) {
        this.delegate = delegate;
    }

    /** Forgets the previous fork's scores. */
    void reset() {
        warmup.clear();
        measurement.clear();
        unit = "";
    }

    List<Double> warmup() {
        return List.copyOf(warmup);
    }

    List<Double> measurement() {
        return List.copyOf(measurement);
    }

    String unit() {
        return unit;
    }

    /** The summary table for all merged results, printed once at the end of the run. */
    void summary(Collection<RunResult> results) {
        delegate.endRun(results);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        // A warmup fork (-wf) runs the same iterations before the measured fork: keep only the last.
        boolean firstOfFork = iteration == 1 && (params.getType() == IterationType.WARMUP
                || benchParams.getWarmup().getCount() == 0);
        if (firstOfFork) {
            reset();
        }
        delegate.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        (params.getType() == IterationType.WARMUP ? warmup : measurement).add(data.getPrimaryResult().getScore());
        unit = data.getScoreUnit();
        delegate.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
        delegate.startBenchmark(benchParams);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        delegate.endBenchmark(result);
    }

    @Override
    public void startRun() {
        delegate.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        // held back: see summary()
    }

    @Override
    public void print(String s) {
        delegate.print(s);
    }

    @Override
    public void println(String s) {
        delegate.println(s);
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public void close() {
        // Each fork is a separate JMH run: keep the console open for the next one.
        delegate.flush();
    }

    @Override
    public void verbosePrintln(String s) {
        delegate.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        delegate.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        delegate.write(b);
    }
}
