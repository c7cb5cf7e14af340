package parbench.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import parbench.plot.compare.CompareException;

/** ab's duet: both forks of a pair at once on the two cores, swapped by a helper script. */
final class DuetSwapper {

    private DuetSwapper() {
    }

    /** How often a duet swaps its twins' cores (see {@link #start}). */
    static final long SWAP_MILLIS = 50;

    static final String PYTHON = "python3";

    /**
     * Duet: while both twins run, a helper ({@code duet-swap.py}) swaps their cores every
     * {@link #SWAP_MILLIS} ms. On the machines this was built on, each virtual core
     * switches on its own between two speeds 1.3-1.4x apart for seconds at a time
     * (benchmarks/scripts/bounds/host-speed.sh), so a twin pinned to one core for its whole fork
     * measures that core's luck; swapping twice per 100 ms iteration gives both twins the same
     * share of each core. The helper pins both at once and ends by itself when a twin ends.
     */
    static Process start(ProcessHandle base, ProcessHandle head, int baseCore, Path log) throws IOException {
        return new ProcessBuilder(PYTHON, "-c", script(), Long.toString(SWAP_MILLIS),
                Integer.toString(baseCore), Long.toString(base.pid()), Long.toString(head.pid()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A duet whose helper failed ran unpinned: that is not a duet, so the job stops (exit 2). */
    static void check(Process swapper, Path log) throws CompareException, InterruptedException {
        if (!swapper.waitFor(5, TimeUnit.SECONDS)) {
            swapper.destroyForcibly();
            return; // still swapping after both twins ended: nothing went wrong while they ran
        }
        if (swapper.exitValue() != 0) {
            throw new CompareException("--duet: the core-swapping helper failed (exit " + swapper.exitValue()
                    + "); see " + log);
        }
    }

    static String script() throws IOException {
        try (var in = DuetSwapper.class.getResourceAsStream("/parbench/duet-swap.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
