package parbench.plot.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Analysis;
import parbench.plot.analysis.Series;
import parbench.plot.analysis.Status;
import parbench.plot.analysis.checks.Finding;
import parbench.plot.analysis.Format;
import parbench.plot.analysis.Measured;
import parbench.plot.analysis.Work;

/**
 * Renders an {@link Analysis} into the report's files, in memory: file name (relative to the
 * output folder) → bytes. Nothing touches the disk here, so a failure cannot leave a partial report.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** All report files; {@code charts=false} skips chart rendering (tables and HTML only). */
    public static Map<String, byte[]> render(Analysis a, boolean charts) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // The full-precision tables and their CSV (a third of a large report's rendering, mostly
        // Double.toString) need nothing else here: a second thread writes them while this one
        // renders the rest; the files keep their order. Analysis is immutable once built.
        java.util.concurrent.CompletableFuture<Map<String, byte[]>> csvs = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (Table t : tables(Tables.precise(), a)) {
                out.put(t.name() + ".csv", utf8(TableWriters.csv(t)));
            }
            CrossoverReport.csvFiles(a).forEach((name, csv) -> out.put(name, utf8(csv))); // only with a size sweep
            return out;
        }, CSV_THREAD);
        Tables disp = Tables.display(MAX_DISPLAY_ROWS);
        List<Table> display = tables(disp, a);
        Map<String, byte[]> rest = new LinkedHashMap<>();
        rest.put("targets.md", utf8(targetsMarkdown(a, disp)));
        rest.put("report.md", utf8(markdown(a, display)));
        List<String> notes = new ArrayList<>(a.notes());
        List<Charts.Named> named = charts ? Charts.build(a, notes) : List.of();
        // Encoding dominates the report's cost; charts are independent, so use every core.
        List<byte[][]> encoded;
        try {
            encoded = named.parallelStream().map(n -> {
                try {
                    return new byte[][] {ChartEncoding.png(n.chart()), ChartEncoding.svg(n.chart(), n.stem())};
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.toList());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, byte[]> svgs = new LinkedHashMap<>();
        for (int k = 0; k < named.size(); k++) {
            String stem = named.get(k).stem();
            svgs.put(stem, encoded.get(k)[1]);
            rest.put("charts/" + stem + ".png", encoded.get(k)[0]);
            rest.put("charts/" + stem + ".svg", encoded.get(k)[1]);
        }
        rest.put("report.html", utf8(html(a, display, named, svgs, notes)));
        try {
            files.putAll(csvs.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        files.putAll(rest);
        return files;
    }

    /**
     * Runs the CSV task of {@link #render}: a daemon thread per task, not the common pool, which
     * the chart encoding fills (and which has one thread on a 2-core machine).
     */
    private static final java.util.concurrent.Executor CSV_THREAD = r -> {
        Thread t = new Thread(r, "report-csv");
        t.setDaemon(true);
        t.start();
    };

    /** Rows shown per table in report.html and report.md; the CSV files always hold all rows. */
    public static final int MAX_DISPLAY_ROWS = 1000;

    /** Every table, in report order; each is also written as CSV. */
    static List<Table> tables(Tables t, Analysis a) {
        List<Table> all = new ArrayList<>(List.of(t.summary(a), t.checks(a)));
        // Targets and calibrated roofs need this harness's benchmarks; what is missing is said whenever there is some.
        if (a.isHarnessRun()) {
            all.add(t.targets(a));
        }
        if (a.isHarnessRun() || !a.missing().isEmpty()) {
            all.add(t.missing(a));
        }
        if (a.isHarnessRun()) {
            all.add(t.calibration(a));
        }
        all.addAll(List.of(t.speedup(a), t.amdahl(a)));
        if (a.series().stream().anyMatch(Series::weak)) {
            all.add(t.gustafson(a)); // only with weak scaling: other reports keep their files
        }
        all.add(t.results(a));
        // Only where the input has them (-prof gc, @AuxCounters; sample mode).
        for (Table extra : List.of(t.secondary(a), t.percentiles(a))) {
            if (!extra.rows().isEmpty()) {
                all.add(extra);
            }
        }
        return List.copyOf(all);
    }

    /**
     * The Checks section in Markdown: a partial-run banner, "Checks: no findings" or one bullet
     * per finding (check, result, evidence, likely cause), the checks that could not run and
     * what the machine did during the run.
     */
    public static String checksMarkdown(Analysis a) {
        ChecksSection c = ChecksSection.of(a);
        // Blocks separated by blank lines: banner, headline, the machine, the findings, what was not checked.
        List<String> blocks = new ArrayList<>();
        c.partial().ifPresent(p -> blocks.add("**" + p + "**: the results below are what finished."));
        blocks.add(c.headline());
        blocks.addAll(c.machine());
        StringBuilder items = new StringBuilder();
        for (ChecksSection.Item i : c.items()) {
            if (i.finding() == null) {
                items.append("- ").append(i.more()).append(" (all in checks.csv)\n");
                continue;
            }
            Finding f = i.finding();
            items.append("- **").append(f.check().label).append("**: ").append(f.subject())
                    .append(f.params().isEmpty() ? "" : " `" + f.params() + "`").append(" — ")
                    .append(f.evidence()).append(". *Likely cause:* ").append(f.cause()).append(".\n");
        }
        StringBuilder notChecked = new StringBuilder();
        for (String s : c.notChecked()) {
            notChecked.append("- Not checked: ").append(s).append(".\n");
        }
        for (StringBuilder sb : List.of(items, notChecked)) {
            if (sb.length() > 0) {
                blocks.add(sb.substring(0, sb.length() - 1));
            }
        }
        return "## Checks\n\n" + String.join("\n\n", blocks) + "\n";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** targets.md: the table the lead's perf-check script prints. */
    public static String targetsMarkdown(Analysis a, Tables t) {
        StringBuilder sb = new StringBuilder("# Targets\n\n");
        if (a.targets().isEmpty()) {
            sb.append("No targets: the input holds none of this harness's benchmarks.\n");
        } else {
            long met = a.targets().stream().filter(x -> x.status() == Status.MET).count();
            sb.append(met).append(" of ").append(a.targets().size()).append(" targets met.\n\n");
            sb.append(TableWriters.markdown(t.targets(a)));
        }
        return sb.toString();
    }

    /** Tables of the first screen (after Checks), before the environment. */
    static final List<String> FIRST_SCREEN = List.of("summary", "targets");

    public static String markdown(Analysis a, List<Table> tables) {
        StringBuilder sb = new StringBuilder("# Benchmark report\n\n");
        a.partial().ifPresent(p -> sb.append("> **").append(p).append("**\n\n"));
        sb.append("Inputs: ");
        for (Path p : a.inputs()) {
            sb.append('`').append(p).append("` ");
        }
        sb.append("\n\n");
        List<String> answers = Answers.lines(a);
        if (!answers.isEmpty()) {
            sb.append("## At a glance\n\n");
            for (String l : answers) {
                sb.append("- ").append(l).append('\n');
            }
            sb.append('\n');
        }
        sb.append(checksMarkdown(a));
        for (Table t : tables) {
            if (FIRST_SCREEN.contains(t.name()) && !t.rows().isEmpty()) {
                sb.append("\n## ").append(t.title()).append("\n\n").append(TableWriters.markdown(t));
            }
        }
        sb.append("\n## Environment\n\nCores: ").append(a.cores() > 0 ? Integer.toString(a.cores()) : "unknown")
                .append("\n\n");
        for (Map.Entry<String, String> e : a.environment().summary().entrySet()) {
            sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        for (String n : a.notes()) {
            sb.append("\n> ").append(n).append('\n');
        }
        for (Table t : tables) {
            if (FIRST_SCREEN.contains(t.name()) || t.name().equals("checks")) {
                continue;
            }
            sb.append("\n## ").append(t.title()).append("\n\n");
            sb.append(t.rows().isEmpty() ? "none\n" : TableWriters.markdown(t));
        }
        sb.append(CrossoverReport.markdown(a)); // empty without a size sweep
        sb.append("\n## Method\n\n");
        for (String p : Method.PARAGRAPHS) {
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * report.html: one self-contained file. Charts are inline SVG (the same bytes as
     * charts/*.svg): text stays text, and hovering a point shows its value, interval, forks and
     * findings (SVG {@code <title>}, no script).
     */
    static String html(Analysis a, List<Table> tables, List<Charts.Named> charts, Map<String, byte[]> svgs,
                       List<String> notes) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>parbench report</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;"
                        + "font-size:12px;margin-bottom:1.5em}td,th{border:1px solid #bbb;padding:2px 6px;text-align:left}"
                        + "th{background:#eee}img,figure>svg{max-width:100%;height:auto;border:1px solid #ddd;margin:.5em 0}"
                        + ".met{color:#070}.notmet{color:#b00}.note{background:#ffd;padding:4px}"
                        + ".partial{background:#fdd;border:2px solid #b00;padding:6px;font-weight:bold}"
                        + ".clean{color:#070;font-weight:bold}.finding{margin:.3em 0}.check{color:#b00;font-weight:bold}.caveat{color:#850;font-weight:bold}"
                        + ".suspect{color:#b00}</style>\n</head>\n<body>\n")
                .append("<h1>Benchmark report</h1>\n");
        a.partial().ifPresent(p -> sb.append("<p class=\"partial\">").append(TableWriters.escape(p))
                .append(": the results below are what finished.</p>\n"));
        sb.append("<p>Inputs: ");
        for (Path p : a.inputs()) {
            sb.append("<code>").append(TableWriters.escape(p.toString())).append("</code> ");
        }
        sb.append("</p>\n");
        List<String> answers = Answers.lines(a);
        if (!answers.isEmpty()) {
            sb.append("<h2 id=\"answers\">At a glance</h2>\n<ul>\n");
            for (String l : answers) {
                sb.append("<li>").append(TableWriters.escape(l)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        checksHtml(sb, a);
        for (Table t : tables) {
            if (FIRST_SCREEN.contains(t.name()) && !t.rows().isEmpty()) {
                sb.append("<h2 id=\"").append(t.name()).append("\">").append(TableWriters.escape(t.title()))
                        .append("</h2>\n").append(styled(t));
            }
        }
        sb.append("<h2 id=\"environment\">Environment</h2>\n<table>\n<tr><th>Cores</th><td>")
                .append(a.cores() > 0 ? Integer.toString(a.cores()) : "unknown").append("</td></tr>\n");
        for (Map.Entry<String, String> e : a.environment().summary().entrySet()) {
            sb.append("<tr><th>").append(TableWriters.escape(e.getKey())).append("</th><td>")
                    .append(TableWriters.escape(e.getValue())).append("</td></tr>\n");
        }
        for (Map.Entry<String, String> e : a.environment().backends().entrySet()) {
            sb.append("<tr><th>backend ").append(TableWriters.escape(e.getKey())).append("</th><td>")
                    .append(TableWriters.escape(e.getValue())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        if (a.environment().source() == null) {
            sb.append("<p class=\"note\">No environment.json beside the results: hardware and JDK are not recorded.</p>\n");
        }
        for (String n : notes) {
            sb.append("<p class=\"note\">").append(TableWriters.escape(n)).append("</p>\n");
        }
        for (Table t : tables) {
            if (FIRST_SCREEN.contains(t.name()) || t.name().equals("checks")) {
                continue;
            }
            sb.append("<h2 id=\"").append(t.name()).append("\">").append(TableWriters.escape(t.title())).append("</h2>\n");
            if (t.rows().isEmpty()) {
                sb.append("<p>none</p>\n");
            } else {
                sb.append(styled(t));
            }
            // Charts after the calibrated roofs, or after the speedup table where there are none (other projects).
            boolean chartsHere = t.name().equals("calibration")
                    || (t.name().equals("speedup") && tables.stream().noneMatch(x -> x.name().equals("calibration")));
            if (chartsHere) {
                sb.append("<h2 id=\"charts\">Charts</h2>\n");
                if (charts.isEmpty()) {
                    sb.append("<p>No charts (no results).</p>\n");
                }
                for (Charts.Named c : charts) {
                    sb.append("<figure>\n").append(new String(svgs.get(c.stem()), StandardCharsets.UTF_8))
                            .append("<figcaption>").append(TableWriters.escape(c.caption())).append(" (<code>charts/")
                            .append(c.stem()).append(".svg</code>; hover a point for its value, interval, forks and findings)"
                            + "</figcaption></figure>\n");
                }
                sb.append(CrossoverReport.html(a)); // empty without a size sweep
                List<String> computeOnly = new ArrayList<>();
                for (Measured m : a.measured()) {
                    if (m.work().isPresent() && m.work().get().workload().equals(Work.MONTE_CARLO)
                            && Double.isFinite(m.secondsPerOp())) {
                        computeOnly.add(m.label() + ": " + Format.num(m.work().get().primaryRate(m.secondsPerOp()))
                                + " G samples/s");
                    }
                }
                if (!computeOnly.isEmpty() && a.calibration().present()) {
                    sb.append("<p>Compute-only (not on the roofline): Monte Carlo pi — ")
                            .append(TableWriters.escape(String.join("; ", computeOnly))).append("</p>\n");
                }
            }
        }
        if (!a.checks().findings().isEmpty()) {
            sb.append("<h2 id=\"checks-table\">All findings</h2>\n").append(TableWriters.html(
                    tables.stream().filter(t -> t.name().equals("checks")).findFirst().orElseThrow()));
        }
        sb.append("<h2 id=\"method\">Method</h2>\n");
        for (String p : Method.PARAGRAPHS) {
            sb.append("<p>").append(TableWriters.escape(p)).append("</p>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** Targets coloured by status; summary rows with findings in red. */
    private static String styled(Table t) {
        String h = TableWriters.html(t);
        if (t.name().equals("targets")) {
            h = h.replace("<td>met</td>", "<td class=\"met\">met</td>")
                    .replace("<td>not met</td>", "<td class=\"notmet\">not met</td>")
                    .replace("<td>not met (suspect", "<td class=\"notmet\">not met (suspect")
                    .replace("<td>not met (imprecise", "<td class=\"notmet\">not met (imprecise");
        }
        return h;
    }

    /** The Checks section in HTML: the same model as {@link #checksMarkdown}. */
    static void checksHtml(StringBuilder sb, Analysis a) {
        ChecksSection c = ChecksSection.of(a);
        sb.append("<h2 id=\"checks\">Checks</h2>\n");
        if (c.clean()) {
            sb.append("<p class=\"clean\">").append(TableWriters.escape(c.headline())).append("</p>\n");
        } else {
            sb.append("<p>").append(TableWriters.escape(c.headline()))
                    .append(" Charts ring the suspect results in red.</p>\n");
            for (String s : c.machine()) {
                sb.append("<p>").append(TableWriters.escape(s)).append("</p>\n");
            }
            sb.append("<ul>\n");
            for (ChecksSection.Item i : c.items()) {
                if (i.finding() == null) {
                    sb.append("<li>").append(TableWriters.escape(i.more()))
                            .append(" (all in <a href=\"#checks-table\">the table at the end</a> and checks.csv)</li>\n");
                    continue;
                }
                Finding f = i.finding();
                sb.append("<li class=\"finding\"><span class=\"").append(f.check().accuses ? "check" : "caveat")
                        .append("\">").append(TableWriters.escape(f.check().label))
                        .append("</span>: ").append(TableWriters.escape(f.subject()))
                        .append(f.params().isEmpty() ? "" : " <code>" + TableWriters.escape(f.params()) + "</code>")
                        .append(" — ").append(TableWriters.escape(f.evidence())).append(". <em>Likely cause:</em> ")
                        .append(TableWriters.escape(f.cause())).append(".</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (!c.notChecked().isEmpty()) {
            sb.append("<ul>\n");
            for (String s : c.notChecked()) {
                sb.append("<li>Not checked: ").append(TableWriters.escape(s)).append(".</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (c.clean()) {
            for (String s : c.machine()) {
                sb.append("<p>").append(TableWriters.escape(s)).append("</p>\n");
            }
        }
    }

}
