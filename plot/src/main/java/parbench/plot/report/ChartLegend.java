package parbench.plot.report;

import static parbench.plot.report.ChartRenderer.LEGEND;
import static parbench.plot.report.ChartRenderer.LEGEND_TEXT_MAX;
import static parbench.plot.report.ChartRenderer.LINE;
import static parbench.plot.report.ChartRenderer.PAD;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import parbench.plot.report.ChartCanvas.Anchor;
import parbench.plot.report.ChartCanvas.Shape;

/**
 * The legend of a {@link ChartRenderer} chart: its entries (from {@link ChartMeta#legend} or the
 * series shown in it), wrapped lines, size and place (beside the plot, or in rows below it when
 * the styler says {@code OutsideS}), and its drawing.
 */
record ChartLegend(List<ChartMeta.LegendEntry> entries, List<List<String>> lines, double width, double height,
                   boolean south, List<double[]> positions) {

    static List<ChartMeta.LegendEntry> entries(List<ChartRenderer.Item> items, ChartMeta meta) {
        if (meta.legend != null) {
            return meta.legend;
        }
        List<ChartMeta.LegendEntry> out = new ArrayList<>();
        for (ChartRenderer.Item it : items) {
            if (it.legend()) {
                Marker m = null;
                out.add(new ChartMeta.LegendEntry(it.label(), it.markerColor() != null && it.stroke() == null ? it.markerColor() : it.line(),
                        m, it.stroke()));
            }
        }
        return out;
    }

    /** Markers of legend entries built from series (kept beside the entries, by index). */
    static List<Shape> shapes(List<ChartRenderer.Item> items, ChartMeta meta) {
        List<Shape> out = new ArrayList<>();
        if (meta.legend != null) {
            for (ChartMeta.LegendEntry e : meta.legend) {
                out.add(e.marker() == null ? Shape.NONE : ChartRenderer.shape(e.marker()));
            }
            return out;
        }
        for (ChartRenderer.Item it : items) {
            if (it.legend()) {
                out.add(it.marker());
            }
        }
        return out;
    }

    private static List<String> wrap(String label, Font f, double max) {
        List<String> out = new ArrayList<>();
        for (String line : label.replace("\u200b", "").split("\n")) {
            if (ChartCanvas.width(line, f) <= max) {
                out.add(line);
                continue;
            }
            String indent = line.startsWith("  ") ? "  " : "";
            StringBuilder cur = new StringBuilder();
            for (String w : line.trim().split(" ")) {
                String next = cur.length() == 0 ? indent + w : cur + " " + w;
                if (cur.length() > 0 && ChartCanvas.width(next, f) > max) {
                    out.add(cur.toString());
                    cur = new StringBuilder("  " + w);
                } else {
                    cur = new StringBuilder(next);
                }
            }
            out.add(cur.toString());
        }
        return out;
    }

    static ChartLegend layout(List<ChartMeta.LegendEntry> entries, Styler st, int width, int height) {
        if (!st.isLegendVisible() || entries.isEmpty()) {
            return null;
        }
        boolean south = st.getLegendPosition() == Styler.LegendPosition.OutsideS;
        List<List<String>> lines = new ArrayList<>();
        double textW = 0;
        for (ChartMeta.LegendEntry e : entries) {
            List<String> l = wrap(e.label(), headingFont(e), south ? width - 80 : LEGEND_TEXT_MAX);
            lines.add(l);
            for (String s : l) {
                textW = Math.max(textW, ChartCanvas.width(s, headingFont(e)));
            }
        }
        if (!south) {
            // Entries that would run past the chart's bottom give way to a line saying how many.
            double room = height - 2 * PAD - 40;
            double h = 8;
            int kept = 0;
            for (List<String> l : lines) {
                if (h + l.size() * LINE + 3 > room - (kept + 1 < lines.size() ? LINE + 3 : 0)) {
                    break;
                }
                h += l.size() * LINE + 3;
                kept++;
            }
            if (kept < entries.size()) {
                int more = entries.size() - kept;
                entries = new ArrayList<>(entries.subList(0, kept));
                lines = new ArrayList<>(lines.subList(0, kept));
                entries.add(ChartMeta.LegendEntry.heading("… " + more + " more (see the tables)"));
                lines.add(List.of("… " + more + " more (see the tables)"));
                h += LINE + 3;
            }
            return new ChartLegend(entries, lines, textW + 30 + 16, h + 5, false, List.of());
        }
        // Entries in rows across the chart's width.
        List<double[]> pos = new ArrayList<>();
        double x = 0;
        double y = 0;
        double rowH = 0;
        double avail = width - 2 * PAD - 16;
        for (List<String> l : lines) {
            double w = 30 + 12;
            for (String s : l) {
                w = Math.max(w, 30 + ChartCanvas.width(s, LEGEND) + 18);
            }
            if (x > 0 && x + w > avail) {
                x = 0;
                y += rowH;
                rowH = 0;
            }
            pos.add(new double[] {x, y});
            x += w;
            rowH = Math.max(rowH, l.size() * LINE + 3);
        }
        return new ChartLegend(entries, lines, avail + 16, y + rowH + 10, true, pos);
    }

    private static Font headingFont(ChartMeta.LegendEntry e) {
        return e.color() == null ? LEGEND.deriveFont(Font.BOLD) : LEGEND;
    }

    /** Draws the legend at (x, y) beside the plot, or at {@code southY} across the chart when it is below. */
    void draw(ChartCanvas cv, List<Shape> shapes, double x, double y, double southY, int size) {
        ChartLegend lg = this;
        if (lg.south()) {
            x = PAD + 8;
            y = southY;
            cv.rect(PAD, y - 4, lg.width(), lg.height() - 2, Color.WHITE, new Color(200, 200, 200), 1f);
        } else {
            cv.rect(x, y, lg.width(), lg.height(), Color.WHITE, new Color(200, 200, 200), 1f);
        }
        double cy = y + 6;
        for (int k = 0; k < lg.entries().size(); k++) {
            ChartMeta.LegendEntry e = lg.entries().get(k);
            List<String> lines = lg.lines().get(k);
            double ex = lg.south() ? x + lg.positions().get(k)[0] : x + 8;
            double ey = lg.south() ? y + lg.positions().get(k)[1] : cy;
            double mid = ey + LINE / 2;
            boolean heading = e.color() == null;
            if (!heading) {
                if (e.line() != null) {
                    BasicStroke s = e.line();
                    cv.polyline(new double[] {ex, ex + 26}, new double[] {mid, mid}, 2, e.color(),
                            new BasicStroke(Math.min(s.getLineWidth(), 3f), s.getEndCap(), s.getLineJoin(), s.getMiterLimit(),
                                    s.getDashArray(), 0f));
                }
                Shape sh = k < shapes.size() ? shapes.get(k) : Shape.NONE;
                if (sh == Shape.RING) {
                    cv.marker(Shape.RING, ex + 13, mid, 5, e.color());
                } else if (sh != Shape.NONE) {
                    cv.marker(sh, ex + 13, mid, size, e.color());
                }
            }
            Font f = headingFont(e);
            for (int i = 0; i < lines.size(); i++) {
                cv.text(lines.get(i), heading ? ex : ex + 32, ey + LINE * i + LINE * 0.75, f, Color.BLACK, Anchor.START, 0);
            }
            cy += lines.size() * LINE + 3;
        }
    }
}
