package parbench.plot.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.checks.Finding;
import parbench.plot.analysis.checks.Kind;

/**
 * The Checks section as one model, rendered by the Markdown and the HTML writer alike: the
 * partial-run banner, the headline count, the findings listed (at most {@link #MAX_PER_CHECK} of
 * each kind, then a "… N more" line), the checks that could not run and the facts about the machine.
 *
 * @param partial    "partial: interrupted after …" when the run did not finish
 * @param headline   "Checks: no findings." or the counts
 * @param items      what the section lists, in check order
 * @param notChecked checks that could not run, and why
 * @param machine    what the machine did during the run
 */
record ChecksSection(Optional<String> partial, String headline, boolean clean, List<Item> items,
                     List<String> notChecked, List<String> machine) {

    /** Findings of one check listed in the Checks section (it stays short); all are in checks.csv. */
    static final int MAX_PER_CHECK = 3;

    /** A listed finding, or (finding null) the line that says how many of a kind are left out. */
    record Item(Finding finding, String more) {
    }

    static ChecksSection of(Analysis a) {
        List<Finding> fs = a.checks().findings();
        String headline;
        if (fs.isEmpty()) {
            headline = "Checks: no findings.";
        } else {
            long suspect = a.checks().suspectCount(a.measured());
            long imprecise = a.measured().stream()
                    .filter(m -> !a.checks().suspect(m) && !a.checks().trusted(m)).count();
            boolean machine = fs.stream().anyMatch(f -> f.about().isEmpty());
            headline = "Checks: " + fs.size() + (fs.size() == 1 ? " finding" : " findings") + " (" + suspect + " of "
                    + a.measured().size() + " results suspect"
                    + (imprecise > 0 ? ", " + imprecise + " imprecise" : "")
                    + (machine ? ", one about the machine" : "")
                    + "; no target is met by a suspect result, nor by an imprecise one unless its whole interval meets it).";
        }
        return new ChecksSection(a.partial(), headline, fs.isEmpty(), listed(fs), a.checks().notRun(), a.checks().info());
    }

    private static List<Item> listed(List<Finding> fs) {
        List<Item> out = new ArrayList<>();
        Map<Kind, Integer> count = new LinkedHashMap<>();
        for (Finding f : fs) {
            count.merge(f.check(), 1, Integer::sum);
        }
        Kind prev = null;
        int shown = 0;
        for (Finding f : fs) {
            if (f.check() != prev) {
                prev = f.check();
                shown = 0;
            }
            if (shown++ < MAX_PER_CHECK) {
                out.add(new Item(f, null));
                if (shown == MAX_PER_CHECK && count.get(f.check()) > MAX_PER_CHECK) {
                    out.add(new Item(null, "… " + (count.get(f.check()) - MAX_PER_CHECK) + " more '" + f.check().label + "'"));
                }
            }
        }
        return out;
    }
}
