package parbench.bench.run;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import parbench.core.FmaPeak;
import parbench.core.StreamBandwidth;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.UsageException;

/**
 * The machine's speed at the start and at the end of a run: a short FMA peak and STREAM add on one
 * thread, in a child JVM started like the forks, with the load average and the CPU steal time over
 * the calibration's interval. A change between the two ends means the machine drifted during the
 * run (the report flags it). About two seconds per end.
 */
public final class DriftCalibration {

    /** Flops per timed FMA call: ~16 ms at 65 GFLOP/s on one core. */
    private static final long FLOPS = 1L << 30;
    /** Floats per STREAM array: 64 MB, far beyond any last-level cache. */
    private static final int N = 1 << 24;
    private static final int REPS = 7;

    private DriftCalibration() {
    }

    /** Child JVM side ({@code calibrate --out FILE}): best of a few repetitions of each kernel. */
    public static int run(String[] args) {
        String out;
        try {
            out = Probe.onlyOption(args, "--out", "--out FILE");
            if (out == null) {
                throw new UsageException("--out FILE is required");
            }
        } catch (UsageException e) {
            return Cli.fail(System.err, "calibrate", e.getMessage(), "usage: calibrate --out FILE");
        }
        JsonObject o = new JsonObject();
        try (FmaPeak fma = new FmaPeak(1)) {
            float sink = 0;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < REPS + 3; i++) {
                long t0 = System.nanoTime();
                sink += fma.run(FLOPS);
                long t = System.nanoTime() - t0;
                if (i >= 3) {
                    best = Math.min(best, t);
                }
            }
            if (!Float.isFinite(sink)) {
                throw new IllegalStateException("fma_peak returned " + sink);
            }
            o.addProperty("fmaPeakGflops", fma.flopsPerformed(FLOPS) / (double) best);
        }
        try (StreamBandwidth stream = new StreamBandwidth(1)) {
            float[] a = new float[N];
            float[] b = new float[N];
            float[] c = new float[N];
            java.util.Arrays.fill(a, 1f);
            java.util.Arrays.fill(b, 2f);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < REPS + 2; i++) {
                long t0 = System.nanoTime();
                stream.add(a, b, c);
                long t = System.nanoTime() - t0;
                if (i >= 2) {
                    best = Math.min(best, t);
                }
            }
            if (c[N - 1] != 3f) {
                throw new IllegalStateException("stream_add computed " + c[N - 1]);
            }
            // Two arrays read, one written: 12 bytes per element, as STREAM counts it.
            o.addProperty("streamAddGBps", 12.0 * N / best);
        }
        try {
            JsonFiles.write(Path.of(out), o);
            return ExitCodes.OK;
        } catch (IOException e) {
            return Cli.fail(System.err, "calibrate", "cannot write " + out + ": " + e.getMessage());
        }
    }

    /**
     * Parent side: runs the child and returns the contract's drift object, or null (with a note on
     * stderr) if the calibration could not run: a run never fails for want of it.
     */
    public static JsonObject measure(String java, List<String> jvmArgs) {
        List<String> cmd = Environment.childCommand(java, jvmArgs, "calibrate");
        String time = Instant.now().toString();
        long[] before = cpuTimes();
        JsonObject r = Environment.runProbe(cmd);
        long[] after = cpuTimes();
        if (r.has("error")) {
            System.err.println("# parbench: drift calibration skipped: " + r.get("error").getAsString());
            return null;
        }
        JsonObject s = new JsonObject();
        s.addProperty("time", time);
        s.add("fmaPeakGflops", r.get("fmaPeakGflops"));
        s.add("streamAddGBps", r.get("streamAddGBps"));
        Double load = loadAverage();
        if (load != null) {
            s.addProperty("loadAverage1m", load);
        }
        Double steal = stealPercent(before, after);
        if (steal != null) {
            s.addProperty("stealPercent", steal);
        }
        return s;
    }

    /** The aggregate "cpu" line of /proc/stat (user nice system idle iowait irq softirq steal …), or null. */
    static long[] cpuTimes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    return parseCpuLine(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return null;
    }

    static long[] parseCpuLine(String line) {
        String[] f = line.trim().split("\\s+");
        long[] v = new long[f.length - 1];
        for (int i = 1; i < f.length; i++) {
            v[i - 1] = Long.parseLong(f[i]);
        }
        return v;
    }

    /**
     * Steal as a percentage of all CPU time between two /proc/stat samples (guest time is already
     * inside user time, so only the first eight fields are summed); null if unknown.
     */
    static Double stealPercent(long[] before, long[] after) {
        if (before == null || after == null || before.length < 8 || after.length < 8) {
            return null;
        }
        long total = 0;
        for (int i = 0; i < 8; i++) {
            total += after[i] - before[i];
        }
        if (total <= 0) {
            return null;
        }
        return 100.0 * (after[7] - before[7]) / total;
    }

    private static Double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
