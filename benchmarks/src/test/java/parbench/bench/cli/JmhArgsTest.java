package parbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.ProfilerConfig;

class JmhArgsTest {

    private static final List<String> PARAMS = List.of("n", "size", "threads");

    /** Every option ab passes on, as JMH's getters see it (the selection, -f and result files are ab's). */
    private static List<String> meaning(Options o) {
        List<String> m = new ArrayList<>();
        m.add("i=" + o.getMeasurementIterations() + " bs=" + o.getMeasurementBatchSize() + " r=" + o.getMeasurementTime());
        m.add("wi=" + o.getWarmupIterations() + " wbs=" + o.getWarmupBatchSize() + " w=" + o.getWarmupTime());
        m.add("t=" + o.getThreads() + " tg=" + (o.getThreadGroups().hasValue() ? Arrays.toString(o.getThreadGroups().get()) : "-"));
        m.add("si=" + o.shouldSyncIterations() + " gc=" + o.shouldDoGC() + " foe=" + o.shouldFailOnError() + " v=" + o.verbosity());
        m.add("tu=" + o.getTimeUnit() + " opi=" + o.getOperationsPerInvocation() + " bm=" + o.getBenchModes());
        m.add("wm=" + o.getWarmupMode() + " wmb=" + o.getWarmupIncludes() + " wf=" + o.getWarmupForkCount());
        m.add("jvm=" + o.getJvm() + " args=" + o.getJvmArgs() + " append=" + o.getJvmArgsAppend() + " prepend=" + o.getJvmArgsPrepend());
        for (String p : PARAMS) {
            m.add("p " + p + "=" + o.getParameter(p));
        }
        for (ProfilerConfig p : o.getProfilers()) {
            m.add("prof " + p.getKlass() + ":" + p.getOpts());
        }
        m.add("to=" + o.getTimeout());
        return m;
    }

    private static void roundTrip(String... args) throws CommandLineOptionException {
        CommandLineOptions given = new CommandLineOptions(args);
        List<String> written = JmhArgs.write(given, PARAMS);
        CommandLineOptions again = new CommandLineOptions(written.toArray(new String[0]));
        assertEquals(meaning(given), meaning(again), "written: " + written);
    }

    @Test
    void everyOptionMeansTheSameAfterWritingItBack() throws CommandLineOptionException {
        roundTrip("-i", "5", "-bs", "2", "-r", "250ms", "-wi", "3", "-wbs", "4", "-w", "2s", "-t", "max", "-tg", "1,3",
                "-si", "false", "-gc", "true", "-foe", "true", "-v", "EXTRA", "-tu", "us", "-opi", "7", "-bm", "avgt,thrpt",
                "-wm", "BULK", "-wmb", "Foo.*,Bar", "-wf", "1", "-jvm", "/opt/java/bin/java",
                "-jvmArgs", "-Xmx1g -Dx=1", "-jvmArgsAppend", "-XX:+UseParallelGC", "-jvmArgsPrepend", "-Dfirst=1",
                "-p", "n=1024,32768", "-p", "size=8", "-prof", "gc", "-prof", "stack:lines=3;top=5", "-to", "10min");
        roundTrip("-t", "2", "-tu", "ns", "-bm", "all", "-r", "1", "-p", "threads=1,2,4");
        roundTrip("-tu", "m", "-bm", "ss,sample", "-w", "100ms");
        roundTrip();
    }

    @Test
    void aJvmArgumentWithASpaceStaysOneArgument() throws CommandLineOptionException {
        roundTrip("-jvmArgsAppend", "\"-Dmsg=a b\" -Xss1m");
    }

    @Test
    void nothingGivenIsNothingWritten() throws CommandLineOptionException {
        assertEquals(List.of(), JmhArgs.write(new CommandLineOptions("Foo", "-e", "Bar", "-f", "3"), PARAMS));
    }

    @Test
    void listingOutputGivesNamesAndParams() {
        AbForks.Listing l = AbForks.parseListing(List.of("# JMH warning line", "Benchmarks: ",
                "parbench.bench.VectorAddBenchmark.serial", "  param \"n\" = {32768, 16777216}",
                "parbench.bench.MatmulBenchmark.simd", "  param \"size\" = {1024}", "  param \"threads\" = {1, 2}"));
        assertEquals(List.of("parbench.bench.MatmulBenchmark.simd", "parbench.bench.VectorAddBenchmark.serial"),
                new ArrayList<>(l.benchmarks()));
        assertEquals(List.of("n", "size", "threads"), new ArrayList<>(l.params()));
    }
}
