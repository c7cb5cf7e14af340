package parbench.bench.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Optional;

/**
 * JMH options, as JMH's own parser understood them, written back as JMH arguments: what each of
 * ab's children gets besides its one benchmark and ab's own fork and result options. Writing
 * from the parsed {@link Options} (not copying the user's words) means a child can only be given
 * what JMH understood. JMH cannot list the {@code -p} names it holds, so the caller names the
 * params to look up (those of the listed benchmarks; plain JMH ignores any other -p anyway).
 */
final class JmhArgs {

    private JmhArgs() {
    }

    /** Everything but the selection (includes, excludes), forks (-f) and the result/output files. */
    static List<String> write(Options o, Collection<String> paramNames) {
        List<String> a = new ArrayList<>();
        add(a, "-i", o.getMeasurementIterations());
        add(a, "-bs", o.getMeasurementBatchSize());
        add(a, "-r", o.getMeasurementTime());
        add(a, "-wi", o.getWarmupIterations());
        add(a, "-wbs", o.getWarmupBatchSize());
        add(a, "-w", o.getWarmupTime());
        if (o.getThreads().hasValue()) {
            int t = o.getThreads().get();
            a.add("-t");
            a.add(t == -1 ? "max" : Integer.toString(t)); // -1 is JMH's Threads.MAX
        }
        if (o.getThreadGroups().hasValue()) {
            a.add("-tg");
            a.add(java.util.Arrays.stream(o.getThreadGroups().get()).mapToObj(Integer::toString)
                    .collect(Collectors.joining(",")));
        }
        add(a, "-si", o.shouldSyncIterations());
        add(a, "-gc", o.shouldDoGC());
        add(a, "-foe", o.shouldFailOnError());
        add(a, "-v", o.verbosity());
        if (o.getTimeUnit().hasValue()) {
            a.add("-tu");
            a.add(unit(o.getTimeUnit().get()));
        }
        add(a, "-opi", o.getOperationsPerInvocation());
        if (!o.getBenchModes().isEmpty()) {
            a.add("-bm");
            a.add(o.getBenchModes().stream().map(Mode::shortLabel).collect(Collectors.joining(",")));
        }
        add(a, "-wm", o.getWarmupMode());
        if (!o.getWarmupIncludes().isEmpty()) {
            a.add("-wmb");
            a.add(String.join(",", o.getWarmupIncludes()));
        }
        add(a, "-wf", o.getWarmupForkCount());
        add(a, "-jvm", o.getJvm());
        jvmArgs(a, "-jvmArgs", o.getJvmArgs());
        jvmArgs(a, "-jvmArgsAppend", o.getJvmArgsAppend());
        jvmArgs(a, "-jvmArgsPrepend", o.getJvmArgsPrepend());
        for (String name : paramNames) {
            Optional<Collection<String>> values = o.getParameter(name);
            if (values.hasValue()) {
                a.add("-p");
                a.add(name + "=" + String.join(",", values.get()));
            }
        }
        for (ProfilerConfig p : o.getProfilers()) {
            a.add("-prof");
            a.add(p.getOpts() == null || p.getOpts().isEmpty() ? p.getKlass() : p.getKlass() + ":" + p.getOpts());
        }
        add(a, "-to", o.getTimeout());
        return a;
    }

    private static void add(List<String> a, String name, Optional<?> value) {
        if (value.hasValue()) {
            a.add(name);
            Object v = value.get();
            a.add(v instanceof TimeValue ? v.toString() : String.valueOf(v));
        }
    }

    /** JMH splits these on spaces and keeps double-quoted runs together; an argument with a space is quoted. */
    private static void jvmArgs(List<String> a, String name, Optional<Collection<String>> value) {
        if (value.hasValue()) {
            a.add(name);
            a.add(value.get().stream().map(s -> s.contains(" ") ? "\"" + s + "\"" : s).collect(Collectors.joining(" ")));
        }
    }

    /** The labels JMH's -tu accepts. */
    private static String unit(TimeUnit u) {
        switch (u) {
            case NANOSECONDS:
                return "ns";
            case MICROSECONDS:
                return "us";
            case MILLISECONDS:
                return "ms";
            case SECONDS:
                return "s";
            case MINUTES:
                return "m";
            default:
                throw new IllegalArgumentException("JMH has no -tu for " + u);
        }
    }
}
