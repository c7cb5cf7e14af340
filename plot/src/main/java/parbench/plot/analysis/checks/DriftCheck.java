package parbench.plot.analysis.checks;

import static parbench.plot.analysis.checks.Evidence.pct;
import static parbench.plot.analysis.checks.Evidence.signedPercent;

import java.util.List;
import parbench.plot.analysis.Format;
import parbench.plot.model.Environment;

/**
 * The machine's own speed at the start and the end of the run (environment.json "drift"), and the
 * noise its forks showed. Drift is one finding about the run, with its measured size: it names no
 * result: a result is not wrong because the machine moved.
 */
public final class DriftCheck implements Check {

    /** Machine drift: start vs end calibration change above this fraction. */
    static final double DRIFT = 0.05;

    @Override
    public void run(CheckInput in, Findings out) {
        MachineNoise noise = in.noise();
        if (noise.known()) {
            out.info("Machine noise in this run (median over " + noise.results() + " results): fork means spread "
                    + Format.percent(noise.betweenForkRsd()) + " (relative SD), iterations within a fork "
                    + Format.percent(noise.withinForkCv()) + "; per-result checks fire only on evidence beyond this.");
        }
        Environment env = in.env();
        Environment.DriftPoint s = env.driftStart();
        Environment.DriftPoint e = env.driftEnd();
        if (s == null || e == null) {
            out.notRun("machine drift: " + (env.source() == null ? "no environment.json beside the results"
                    : "environment.json has no start and end calibration (\"drift\")"));
            return;
        }
        double fma = change(s.fmaPeakGflops(), e.fmaPeakGflops());
        double stream = change(s.streamAddGBps(), e.streamAddGBps());
        String machine = "load average (1 min) " + Format.num(s.loadAverage1m()) + " → " + Format.num(e.loadAverage1m())
                + ", CPU steal " + pct(s.stealPercent()) + " → " + pct(e.stealPercent());
        out.info("Machine during the run (one-thread calibration at start → end): fma_peak "
                + Format.num(s.fmaPeakGflops()) + " → " + Format.num(e.fmaPeakGflops()) + " GFLOP/s ("
                + signedPercent(fma) + "), stream_add " + Format.num(s.streamAddGBps()) + " → "
                + Format.num(e.streamAddGBps()) + " GB/s (" + signedPercent(stream) + "); " + machine + ".");
        boolean fmaDrift = Double.isFinite(fma) && Math.abs(fma) > DRIFT;
        boolean streamDrift = Double.isFinite(stream) && Math.abs(stream) > DRIFT;
        if (fmaDrift || streamDrift) {
            out.add(new Finding(Kind.DRIFT, "whole run", "",
                    (fmaDrift ? "fma_peak (1 thread) changed " + signedPercent(fma) + " from start to end" : "")
                            + (fmaDrift && streamDrift ? "; " : "")
                            + (streamDrift ? "stream_add (1 thread) changed " + signedPercent(stream) + " from start to end" : "")
                            + " (over " + Format.percent(DRIFT) + "); " + machine,
                    "the machine's speed changed during the run (other load, CPU steal on a shared host, "
                            + "frequency or thermal limits): a time measured here can differ by about this much on a "
                            + "re-run, more than its interval says; ratios of results measured close together "
                            + "(speedups) suffer less; no result is suspect for it, but read the times with this margin",
                    List.of()));
        }
    }

    private static double change(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && a != 0 ? (b - a) / a : Double.NaN;
    }
}
