package parbench.plot.report;

/** The "how the numbers were computed" text, shared by report.md and report.html. */
final class Method {

    private Method() {
    }

    static final String[] PARAGRAPHS = {
        "Inputs are JMH JSON result files. Results are grouped by benchmark class, method, mode and params "
            + "(names are never parsed). A param named threads is the parallelism axis; the other params "
            + "define the case. Lower is better for time per operation (avgt, sample, ss), higher for ops per "
            + "time (thrpt). Units are converted (s/op, ops/s) before any ratio; one benchmark with two units "
            + "in one mode is rejected.",
        "Every statistic uses JMH's raw per-iteration values (sample mode: the mean of each iteration's "
            + "histogram), not the score alone, and treats forks as the independent samples (Kalibera & Jones, "
            + "ISMM 2013): iterations of one fork share a JVM and are not independent. A result's mean is the "
            + "mean of its fork means; times are printed as that mean ± the half-width of a 95 % Student-t "
            + "interval over the fork means (forks − 1 degrees of freedom). A result with one fork has no "
            + "interval (n/a) and is flagged in Checks. JMH's own error column is its 99.9 % interval over pooled "
            + "iterations.",
        "Speedup S = T_base/T (for throughput R/R_base) is a ratio of two means; its 95 % interval comes "
            + "from Fieller's theorem for independent samples, at fork level: with means a, b, squared standard "
            + "errors va = s²/forks, vb of the fork means, t the Student-t quantile with min(forks_a, forks_b) − 1 "
            + "degrees of freedom and g = t²·vb/b², "
            + "[r ± (t/b)·√(va(1−g) + r²·vb)]/(1−g). When g ≥ 1 or a side has a single fork the interval "
            + "is not defined and shown as n/a. Three bases are given: serial (the serial method of the "
            + "same class and params), the same backend at threads=1, and the fastest single-thread result of "
            + "the case (best_1_thread). Efficiency E = S/p, with the interval "
            + "divided by p. Chart error bars are symmetric and cover the whole Fieller interval. "
            + "A backend chart whose largest bar is more than 20 times its smallest has a log y axis (its error "
            + "bars then are symmetric in log scale and cover the whole interval; times are shown in a smaller "
            + "unit, e.g. us/op, when a bar would be below 1).",
        "Amdahl's law 1/S = f + (1−f)/p is linear in 1/p: f is the intercept of an ordinary least-squares line "
            + "(commons-math3 SimpleRegression) through one point per fork, y = T_j(p)/mean T(1) with T_j the fork's mean, and its "
            + "95 % interval is f ± t(n−2)·se(intercept). Thread counts above the core count are marked "
            + "oversubscribed and left out of the fit; the speedup charts draw each fit only over the thread "
            + "counts it used, and a negative f (super-linear speedup or noise) is drawn as f = 0 (S = p) while "
            + "the legend gives the fitted f and its interval. Karp–Flatt e = (1/S − 1/p)/(1 − 1/p) is given per point. "
            + "A backend whose problem size grows with threads (one size per thread count) is weak scaling: its "
            + "speedup is the work-rate ratio (size_p/size_1)·T(1)/T(p); otherwise strong scaling.",
        "Derived throughput (this harness's benchmarks only): matmul 2n³ flop; conv2d 2k²(size−k+1)² flop and "
            + "(size−k+1)² output pixels; vector add 12n bytes; Monte Carlo samples; fma_peak flops flop; "
            + "stream_add 12n bytes; stream_copy 8n bytes. Fractions of peak divide by the calibration measured in "
            + "the same run at the same thread count (best fma_peak; stream_add at its largest n). Backends without "
            + "a threads param count as 1 thread, device backends as all cores. Roofline intensities use "
            + "compulsory traffic: matmul 2n³/(12n²), conv2d 2k²·out/(4(size²+out)), vector add 1/12; "
            + "Monte Carlo is compute-only and is not placed on the roofline.",
    };
}
