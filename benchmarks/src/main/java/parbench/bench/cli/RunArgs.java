package parbench.bench.cli;

import parbench.bench.run.PairedSpeedupPhase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import parbench.core.Backend;

/** parbench's own options, taken out before JMH parses the rest. */
final class RunArgs {
    final List<String> jmh = new ArrayList<>();
    Set<Backend> selected = EnumSet.allOf(Backend.class);
    boolean report = true;
    boolean calibration = true;
    boolean dryRun;
    Path resume;
    PairedSpeedupPhase.Settings paired = PairedSpeedupPhase.Settings.defaults();

    static RunArgs parse(String[] raw) {
        RunArgs a = new RunArgs();
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            if (s.equals("--no-report")) {
                a.report = false;
            } else if (s.equals("--no-calibration")) {
                a.calibration = false;
            } else if (s.equals("--dry-run")) {
                a.dryRun = true;
            } else if (s.equals("--no-paired")) {
                a.paired = new PairedSpeedupPhase.Settings(false, a.paired.precision(), a.paired.budgetSeconds());
            } else if (s.equals("--paired-precision") || s.startsWith("--paired-precision=")) {
                String v = s.equals("--paired-precision") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--paired-precision=".length());
                a.paired = new PairedSpeedupPhase.Settings(a.paired.enabled(), PairedSpeedupPhase.Settings.precision(v), a.paired.budgetSeconds());
            } else if (s.equals("--paired-budget") || s.startsWith("--paired-budget=")) {
                String v = s.equals("--paired-budget") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--paired-budget=".length());
                a.paired = new PairedSpeedupPhase.Settings(a.paired.enabled(), a.paired.precision(), PairedSpeedupPhase.Settings.seconds(v));
            } else if (s.equals("--resume") || s.startsWith("--resume=")) {
                String dir = s.equals("--resume") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--resume=".length());
                if (dir == null || dir.isEmpty()) {
                    throw new IllegalArgumentException("--resume needs the run folder of an earlier run (the folder holding plan.json)");
                }
                a.resume = Path.of(dir);
            } else if (s.equals("--backends") || s.startsWith("--backends=")) {
                String list = s.equals("--backends") ? (i + 1 < raw.length ? raw[++i] : null) : s.substring("--backends=".length());
                if (list == null) {
                    throw new IllegalArgumentException("--backends needs a comma-separated list; allowed: " + Backend.ids());
                }
                a.selected = EnumSet.noneOf(Backend.class);
                for (String id : list.split(",")) {
                    a.selected.add(Backend.fromId(id.trim()));
                }
            } else {
                a.jmh.add(s);
            }
        }
        return a;
    }

    /** "5%" or "0.05": a relative half-width in (0, 1). */
}
