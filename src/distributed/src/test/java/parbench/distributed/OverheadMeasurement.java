package parbench.distributed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import parbench.core.MonteCarloPi;
import parbench.core.MonteCarloPiForkJoin;

/**
 * Not a test: a measurement main (run by hand, see docs/measurements/2026-11-30-distributed.md).
 * Monte Carlo pi, ForkJoin against Hazelcast, at 1 and 2 threads, 2^16..2^28 samples: both kernels
 * live side by side and their jobs alternate (A B A B …), so machine noise hits both alike; the
 * table gives the medians, their difference (the engine's per-job cost) and the ratio.
 * Args: [members host:port,... for a cluster run] — without, the Hazelcast side is embedded.
 */
public final class OverheadMeasurement {

    private OverheadMeasurement() {
    }

    public static void main(String[] args) {
        Settings settings = args.length > 0 && !args[0].isEmpty() ? Settings.cluster(Arrays.asList(args[0].split(","))) : Settings.embedded();
        int[] threadCounts = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        int minExp = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int maxExp = args.length > 3 ? Integer.parseInt(args[3]) : 28;
        System.out.printf(Locale.ROOT, "# %s, JDK %s, %d cores, hazelcast side: %s%n", cpu(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                settings.embeddedMode() ? "embedded" : "cluster " + settings.members());
        System.out.println("| threads | samples | reps | forkjoin median ms | hazelcast median ms | difference ms | hazelcast / forkjoin"
                + " | forkjoin min ms | hazelcast min ms | difference of minima ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int t : threadCounts) {
            try (MonteCarloPi fj = new MonteCarloPiForkJoin(t); MonteCarloPiHazelcast hz = new MonteCarloPiHazelcast(t, settings)) {
                // JIT warm-up of both sides (the serial loop runs in the member's JVM when it is remote).
                for (int i = 0; i < 30; i++) {
                    fj.countInside(i, 1 << 20);
                    hz.countInside(i, 1 << 20);
                }
                for (int e = minExp; e <= maxExp; e += 2) {
                    long samples = 1L << e;
                    // ~150 pairs at the small sizes, 9 at the largest (a 2^28 job takes ~1 s on one thread).
                    int reps = e >= 26 ? 9 : Math.min(151, 9 << Math.max(0, 24 - e));
                    long[] a = new long[reps];
                    long[] b = new long[reps];
                    for (int r = 0; r < 3; r++) { // warm-up at this size
                        fj.countInside(r, samples);
                        hz.countInside(r, samples);
                    }
                    for (int r = 0; r < reps; r++) {
                        long seed = 1000 + r;
                        long t0 = System.nanoTime();
                        long c1 = fj.countInside(seed, samples);
                        long t1 = System.nanoTime();
                        long c2 = hz.countInside(seed, samples);
                        long t2 = System.nanoTime();
                        if (c1 != c2) {
                            throw new IllegalStateException("counts differ: " + c1 + " vs " + c2);
                        }
                        a[r] = t1 - t0;
                        b[r] = t2 - t1;
                    }
                    double ma = median(a) / 1e6;
                    double mb = median(b) / 1e6;
                    // Minima too: on a shared machine the fastest job is the one least disturbed by others.
                    double na = Arrays.stream(a).min().getAsLong() / 1e6;
                    double nb = Arrays.stream(b).min().getAsLong() / 1e6;
                    System.out.printf(Locale.ROOT, "| %d | 2^%d | %d | %.3f | %.3f | %.3f | %.2f | %.3f | %.3f | %.3f |%n", t, e,
                            reps, ma, mb, mb - ma, mb / ma, na, nb, nb - na);
                    System.out.flush();
                }
            }
        }
    }

    private static double median(long[] x) {
        long[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static String cpu() {
        try {
            List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")));
            for (String l : lines) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (java.io.IOException ignored) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }
}
