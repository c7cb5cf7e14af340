package parbench.plot.history;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import parbench.plot.io.AtomicFiles;
import parbench.plot.report.ChartEncoding;
import parbench.plot.report.TableWriters;

/** Writes {@code history report}: trend charts, changes.csv, changes.md and index.html, all at once. */
public final class HistoryReport {

    static final String CSV_HEADER = "benchmark,mode,jmh_threads,params,commit,time,commit_index,unit,"
            + "mean_before,mean_after,ratio,change_percent,p_value,commits_before,commits_after";

    private HistoryReport() {
    }

    /** Everything the report needs: each series with its changes. */
    public record Analysed(Series series, List<Changes.Change> changes) {
        List<Changes.Change> reported() {
            return changes.stream().filter(Changes.Change::reported).toList();
        }
    }

    public static List<Analysed> analyse(List<Series> series, Changes.Settings settings) {
        List<Analysed> out = new ArrayList<>();
        for (Series s : series) {
            out.add(new Analysed(s, Changes.of(s, settings)));
        }
        return out;
    }

    /** Builds every file in memory, then writes them into {@code outDir} with {@link AtomicFiles#writeAll}. */
    public static Map<String, byte[]> write(Path outDir, List<Analysed> all, int entries, Changes.Settings settings,
                                            boolean charts) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("changes.csv", csv(all).getBytes(StandardCharsets.UTF_8));
        files.put("changes.md", markdown(all, entries, settings).getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        if (charts) {
            for (Analysed a : all) {
                XYChart c = TrendChart.of(a.series(), a.changes());
                String slug = slug(a.series());
                byte[] png = ChartEncoding.png(c);
                pngs.put(slug, png);
                files.put("charts/" + slug + ".png", png);
                files.put("charts/" + slug + ".svg", ChartEncoding.svg(c));
            }
        }
        files.put("index.html", html(all, entries, settings, pngs).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(outDir, files);
        return files;
    }

    static String csv(List<Analysed> all) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Analysed a : all) {
            for (Changes.Change c : a.reported()) {
                var k = a.series().key();
                sb.append(csvCell(k.benchmark())).append(',').append(k.mode()).append(',').append(k.jmhThreads())
                        .append(',').append(csvCell(params(k.params()))).append(',').append(csvCell(c.at().commit()))
                        .append(',').append(c.at().time()).append(',').append(c.index() + 1)
                        .append(',').append(csvCell(a.series().unit()))
                        .append(',').append(num(c.before())).append(',').append(num(c.after()))
                        .append(',').append(String.format(Locale.ROOT, "%.4f", c.ratio()))
                        .append(',').append(String.format(Locale.ROOT, "%+.2f", (c.ratio() - 1) * 100))
                        .append(',').append(String.format(Locale.ROOT, "%.4f", c.pValue()))
                        .append(',').append(c.runsBefore()).append(',').append(c.runsAfter()).append('\n');
            }
        }
        return sb.toString();
    }

    static String markdown(List<Analysed> all, int entries, Changes.Settings s) {
        StringBuilder sb = new StringBuilder("## Benchmark history: where results changed\n\n");
        long reported = all.stream().mapToLong(a -> a.reported().size()).sum();
        int commits = all.stream().mapToInt(a -> a.series().points().size()).max().orElse(0);
        sb.append(all.size()).append(" benchmark(s), ").append(entries).append(" stored run(s), up to ").append(commits)
                .append(" commit(s) per benchmark; ").append(reported).append(" change(s) found.\n\n");
        sb.append(method(s)).append("\n\n");
        if (reported == 0) {
            sb.append("No benchmark changed.\n");
        } else {
            sb.append("| Benchmark | Params | Changed at | Before | After | Ratio | Change | p |\n");
            sb.append("|---|---|---|---:|---:|---:|---:|---:|\n");
            for (Analysed a : all) {
                for (Changes.Change c : a.reported()) {
                    sb.append("| ").append(cell(a.series().key().shortName() + " (" + a.series().key().mode() + ")"))
                            .append(" | ").append(cell(a.series().key().paramText()))
                            .append(" | `").append(TrendChart.shortCommit(c.at().commit())).append("` (#").append(c.index() + 1)
                            .append(", ").append(c.at().time()).append(")")
                            .append(" | ").append(num(c.before())).append(' ').append(cell(a.series().unit()))
                            .append(" | ").append(num(c.after())).append(' ').append(cell(a.series().unit()))
                            .append(" | ").append(String.format(Locale.ROOT, "%.3f", c.ratio()))
                            .append(" | ").append(String.format(Locale.ROOT, "%+.1f %%", (c.ratio() - 1) * 100))
                            .append(a.series().higherIsBetter() ? " (higher is better)" : "")
                            .append(" | ").append(String.format(Locale.ROOT, "%.3f", c.pValue())).append(" |\n");
                }
            }
        }
        List<String> small = new ArrayList<>();
        for (Analysed a : all) {
            for (Changes.Change c : a.changes()) {
                if (!c.reported()) {
                    small.add(a.series().key().display() + " at `" + TrendChart.shortCommit(c.at().commit()) + "`: "
                            + String.format(Locale.ROOT, "%+.1f %%", (c.ratio() - 1) * 100));
                }
            }
        }
        if (!small.isEmpty()) {
            sb.append("\nSignificant but smaller than ").append(pct(s.minChange())).append(" (not counted):\n\n");
            small.forEach(x -> sb.append("- ").append(x).append('\n'));
        }
        return sb.toString();
    }

    static String method(Changes.Settings s) {
        return "Change points: E-divisive means (Matteson & James 2014, as in Apache Otava) on the log of each "
                + "commit's score, each split kept if its permutation test (" + s.permutations() + " shuffles) gives p < "
                + s.alpha() + ", at least " + s.minSize() + " commits on either side, and reported if the step is at least "
                + pct(s.minChange()) + ". Score per commit: geometric mean of the fork means of its runs.";
    }

    static String html(List<Analysed> all, int entries, Changes.Settings s, Map<String, byte[]> pngs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Benchmark history</title>\n<style>body{font-family:sans-serif;max-width:960px;margin:1em auto;padding:0 1em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}"
                        + "img{max-width:100%}.changed{color:#b00}</style>\n</head>\n<body>\n<h1>Benchmark history</h1>\n");
        long reported = all.stream().mapToLong(a -> a.reported().size()).sum();
        sb.append("<p>").append(all.size()).append(" benchmark(s), ").append(entries).append(" stored run(s); ")
                .append(reported).append(" change(s) found.</p>\n<p>").append(esc(method(s))).append("</p>\n");
        sb.append("<h2>Changes</h2>\n");
        if (reported == 0) {
            sb.append("<p>No benchmark changed.</p>\n");
        } else {
            sb.append("<table>\n<tr><th>Benchmark</th><th>Params</th><th>Changed at</th><th>Before</th><th>After</th>"
                    + "<th>Change</th><th>p</th></tr>\n");
            for (Analysed a : all) {
                for (Changes.Change c : a.reported()) {
                    sb.append("<tr><td><a href=\"#").append(slug(a.series())).append("\">")
                            .append(esc(a.series().key().shortName())).append("</a></td><td>")
                            .append(esc(a.series().key().paramText())).append("</td><td><code>")
                            .append(esc(TrendChart.shortCommit(c.at().commit()))).append("</code> (#").append(c.index() + 1)
                            .append(")</td><td>").append(num(c.before())).append(' ').append(esc(a.series().unit()))
                            .append("</td><td>").append(num(c.after())).append(' ').append(esc(a.series().unit()))
                            .append("</td><td class=\"changed\">").append(String.format(Locale.ROOT, "%+.1f %%", (c.ratio() - 1) * 100))
                            .append("</td><td>").append(String.format(Locale.ROOT, "%.3f", c.pValue())).append("</td></tr>\n");
                }
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>Trends</h2>\n");
        for (Analysed a : all) {
            String slug = slug(a.series());
            sb.append("<h3 id=\"").append(slug).append("\">").append(esc(a.series().key().display()))
                    .append(a.reported().isEmpty() ? "" : " <span class=\"changed\">(changed)</span>").append("</h3>\n");
            byte[] png = pngs.get(slug);
            if (png != null) {
                sb.append("<img alt=\"").append(esc("trend of " + a.series().key().display())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
            }
            sb.append("<details><summary>commits by number</summary><ol>");
            for (Series.Point p : a.series().points()) {
                sb.append("<li><code>").append(esc(TrendChart.shortCommit(p.commit()))).append("</code> ")
                        .append(p.time()).append(": ").append(num(p.score())).append(' ').append(esc(a.series().unit()))
                        .append("</li>");
            }
            sb.append("</ol></details>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** File-name-safe and unique: the display name squeezed, plus a hash of the full key. */
    static String slug(Series s) {
        String d = s.key().display().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (d.length() > 80) {
            d = d.substring(0, 80);
        }
        return d + "-" + String.format(Locale.ROOT, "%08x", (s.key().benchmark() + s.key().mode() + s.key().jmhThreads()
                + s.key().params()).hashCode());
    }

    private static String params(Map<String, String> p) {
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> sb.append(sb.length() > 0 ? ";" : "").append(k).append('=').append(v));
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString() : "n/a";
    }

    private static String pct(double f) {
        return new BigDecimal(f * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + " %";
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static String esc(String s) {
        return TableWriters.escape(s);
    }
}
