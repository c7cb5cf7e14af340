package parbench.plot.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parbench.plot.analysis.Analysis;
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
        Tables disp = Tables.display(MAX_DISPLAY_ROWS);
        Tables prec = Tables.precise();
        List<Table> display = tables(disp, a);
        for (Table t : tables(prec, a)) {
            files.put(t.name() + ".csv", utf8(TableWriters.csv(t)));
        }
        files.put("targets.md", utf8(targetsMarkdown(a, disp)));
        files.put("report.md", utf8(markdown(a, display)));
        List<String> notes = new ArrayList<>(a.notes());
        List<Charts.Named> named = charts ? Charts.build(a, notes) : List.of();
        // Encoding dominates the report's cost; charts are independent, so use every core.
        List<byte[][]> encoded;
        try {
            encoded = named.parallelStream().map(n -> {
                try {
                    return new byte[][] {Charts.png(n.chart()), Charts.svg(n.chart())};
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.toList());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (int k = 0; k < named.size(); k++) {
            String stem = named.get(k).stem();
            pngs.put(stem, encoded.get(k)[0]);
            files.put("charts/" + stem + ".png", encoded.get(k)[0]);
            files.put("charts/" + stem + ".svg", encoded.get(k)[1]);
        }
        files.put("report.html", utf8(html(a, display, named, pngs, notes)));
        return files;
    }

    /** Rows shown per table in report.html and report.md; the CSV files always hold all rows. */
    public static final int MAX_DISPLAY_ROWS = 1000;

    static List<Table> tables(Tables t, Analysis a) {
        return List.of(t.targets(a), t.missing(a), t.calibration(a), t.speedup(a), t.amdahl(a), t.results(a));
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
            long met = a.targets().stream().filter(x -> x.status() == Analysis.Status.MET).count();
            sb.append(met).append(" of ").append(a.targets().size()).append(" targets met.\n\n");
            sb.append(TableWriters.markdown(t.targets(a)));
        }
        return sb.toString();
    }

    public static String markdown(Analysis a, List<Table> tables) {
        StringBuilder sb = new StringBuilder("# Benchmark report\n\n");
        sb.append("Inputs: ");
        for (Path p : a.inputs()) {
            sb.append('`').append(p).append("` ");
        }
        sb.append("\n\nCores: ").append(a.cores() > 0 ? Integer.toString(a.cores()) : "unknown").append("\n\n");
        for (Map.Entry<String, String> e : a.environment().summary().entrySet()) {
            sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        for (String n : a.notes()) {
            sb.append("\n> ").append(n).append('\n');
        }
        for (Table t : tables) {
            if (t.rows().isEmpty() && t.name().equals("targets")) {
                continue;
            }
            sb.append("\n## ").append(t.title()).append("\n\n");
            sb.append(t.rows().isEmpty() ? "none\n" : TableWriters.markdown(t));
        }
        sb.append("\n## Method\n\n");
        for (String p : Method.PARAGRAPHS) {
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }

    static String html(Analysis a, List<Table> tables, List<Charts.Named> charts, Map<String, byte[]> pngs,
                       List<String> notes) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>parbench report</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;"
                        + "font-size:12px;margin-bottom:1.5em}td,th{border:1px solid #bbb;padding:2px 6px;text-align:left}"
                        + "th{background:#eee}img{max-width:100%;border:1px solid #ddd;margin:.5em 0}"
                        + ".met{color:#070}.notmet{color:#b00}.note{background:#ffd;padding:4px}</style>\n</head>\n<body>\n")
                .append("<h1>Benchmark report</h1>\n<p>Inputs: ");
        for (Path p : a.inputs()) {
            sb.append("<code>").append(TableWriters.escape(p.toString())).append("</code> ");
        }
        sb.append("</p>\n<h2>Environment</h2>\n<table>\n<tr><th>Cores</th><td>")
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
            if (t.name().equals("targets") && t.rows().isEmpty()) {
                continue;
            }
            sb.append("<h2 id=\"").append(t.name()).append("\">").append(TableWriters.escape(t.title())).append("</h2>\n");
            if (t.rows().isEmpty()) {
                sb.append("<p>none</p>\n");
            } else {
                String h = TableWriters.html(t);
                if (t.name().equals("targets")) {
                    h = h.replace("<td>met</td>", "<td class=\"met\">met</td>")
                            .replace("<td>not met</td>", "<td class=\"notmet\">not met</td>");
                }
                sb.append(h);
            }
            if (t.name().equals("calibration")) {
                sb.append("<h2 id=\"charts\">Charts</h2>\n");
                if (charts.isEmpty()) {
                    sb.append("<p>No charts (no results).</p>\n");
                }
                for (Charts.Named c : charts) {
                    sb.append("<figure><img alt=\"").append(TableWriters.escape(c.caption())).append("\" src=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(pngs.get(c.stem()))).append("\">\n<figcaption>")
                            .append(TableWriters.escape(c.caption())).append(" (<code>charts/").append(c.stem())
                            .append(".svg</code>)</figcaption></figure>\n");
                }
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
        sb.append("<h2 id=\"method\">Method</h2>\n");
        for (String p : Method.PARAGRAPHS) {
            sb.append("<p>").append(TableWriters.escape(p)).append("</p>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }
}
