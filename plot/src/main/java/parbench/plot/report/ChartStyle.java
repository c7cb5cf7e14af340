package parbench.plot.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Look shared by every chart: size, colours, markers, the red ring on suspect points. */
public final class ChartStyle {

    private ChartStyle() {
    }
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    /**
     * Okabe and Ito's colour-blind-safe palette (blue, vermillion, bluish green, reddish purple,
     * orange, sky blue, yellow) with a dark grey in place of its black, which the reference lines
     * use. Yellow, the weakest on white, comes last.
     */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(102, 102, 102),
        new Color(240, 228, 66)};

    /**
     * The harness's backends in palette order: each keeps its colour (and marker) in every chart of
     * every report; a device backend's end-to-end and kernel-only variants share their backend's.
     */
    static final List<String> KNOWN_BACKENDS = List.of("forkjoin", "simd_forkjoin", "streams", "hazelcast", "simd",
            "aparapi", "serial", "jocl");

    private static final java.util.Map<Object, java.util.Map<String, Integer>> INDEX =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Backend of a method name: without a device suffix ({@code _end_to_end}, {@code _kernel_only}). */
    static String family(String method) {
        for (String suffix : new String[] {"_end_to_end", "_kernel_only"}) {
            if (method.endsWith(suffix)) {
                return method.substring(0, method.length() - suffix.length());
            }
        }
        return method;
    }

    /**
     * Style id of a method's backend among all of {@code a}'s ({@link #colorOf}, {@link #markerOf}):
     * the harness's backends by {@link #KNOWN_BACKENDS}; any other takes the first colour that no
     * backend of a case it shares has taken, so one chart never shows two backends in one colour
     * while a case has at most {@link #PALETTE}.length of them. Cached per analysis.
     */
    static int backendIndex(parbench.plot.analysis.Analysis a, String method) {
        java.util.Map<String, Integer> idx = INDEX.computeIfAbsent(a, k -> {
            java.util.Map<String, java.util.Set<String>> cases = new java.util.TreeMap<>();
            for (parbench.plot.analysis.Measured m : a.measured()) {
                cases.computeIfAbsent(m.caseLabel(), c -> new java.util.TreeSet<>()).add(family(m.method()));
            }
            return styleIds(cases.values());
        });
        Integer i = idx.get(family(method));
        return i != null ? i : indexOf(List.of(method)).get(family(method));
    }

    /** {@link #backendIndex} over one group of method names (all shown together). */
    static java.util.Map<String, Integer> indexOf(java.util.Collection<String> methods) {
        java.util.Set<String> g = new java.util.TreeSet<>();
        methods.forEach(m -> g.add(family(m)));
        return styleIds(List.of(g));
    }

    /** Style ids (colour slot + palette size × reuse) of backends shown together in {@code groups}. */
    static java.util.Map<String, Integer> styleIds(java.util.Collection<java.util.Set<String>> groups) {
        java.util.Map<String, java.util.Set<String>> together = new java.util.HashMap<>();
        java.util.TreeSet<String> other = new java.util.TreeSet<>();
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        int[] uses = new int[PALETTE.length];
        for (java.util.Set<String> g : groups) {
            for (String f : g) {
                together.computeIfAbsent(f, k -> new java.util.HashSet<>()).addAll(g);
                int k = KNOWN_BACKENDS.indexOf(f);
                if (k >= 0) {
                    if (out.putIfAbsent(f, k) == null) {
                        uses[k]++;
                    }
                } else {
                    other.add(f);
                }
            }
        }
        for (String f : other) {
            boolean[] taken = new boolean[PALETTE.length];
            for (String n : together.get(f)) {
                Integer id = out.get(n);
                if (id != null) {
                    taken[id % PALETTE.length] = true;
                }
            }
            int slot = -1;
            for (int c = 0; c < PALETTE.length && slot < 0; c++) {
                if (!taken[c] && uses[c] == 0) {
                    slot = c; // a colour no backend has yet
                }
            }
            for (int c = 0; c < PALETTE.length && slot < 0; c++) {
                if (!taken[c]) {
                    slot = c; // a colour none of the backends beside it has
                }
            }
            if (slot < 0) {
                slot = out.size() % PALETTE.length;
            }
            out.put(f, slot + PALETTE.length * uses[slot]++);
        }
        return out;
    }

    /** The colour of backend index i (see {@link #backendIndex}). */
    static Color colorOf(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** The marker of backend index i: beyond the palette, colours repeat with another marker. */
    static org.knowm.xchart.style.markers.Marker markerOf(int i) {
        return POINT_MARKERS[(i + i / PALETTE.length) % POINT_MARKERS.length];
    }

    /** A series in its backend's colour and marker. */
    static void backendStyle(XYSeries s, parbench.plot.analysis.Analysis a, String method) {
        int i = backendIndex(a, method);
        s.setLineColor(colorOf(i));
        s.setMarkerColor(colorOf(i));
        s.setMarker(markerOf(i));
    }

    /**
     * Hover text of one result: label and case, what the chart shows of it, its forks and its
     * findings (or "none").
     */
    static String tip(parbench.plot.analysis.Analysis a, parbench.plot.analysis.Measured m, String shown) {
        return m.label() + " · " + m.caseLabel() + "\n" + shown + "\nforks: " + m.nativeSample().n()
                + "\nfindings: " + findings(a, m);
    }

    /** Hover text of a ratio of two results (x over base). */
    static String tip(parbench.plot.analysis.Analysis a, parbench.plot.analysis.Measured x,
                      parbench.plot.analysis.Measured base, String what, parbench.plot.stats.Ratio r) {
        String ci = r.hasInterval() ? " [" + parbench.plot.analysis.Format.num(r.low()) + ", "
                + parbench.plot.analysis.Format.num(r.high()) + "] (95 %)" : " (no interval)";
        String forks = x == base ? "forks: " + x.nativeSample().n()
                : "forks: " + x.nativeSample().n() + " (base " + base.label() + ": " + base.nativeSample().n() + ")";
        String f = x == base ? findings(a, x) : findings(a, x) + (a.checks().of(base).isEmpty() ? ""
                : "; base: " + findings(a, base));
        return x.label() + " · " + x.caseLabel() + "\n" + what + " " + parbench.plot.analysis.Format.num(r.estimate()) + ci
                + "\n" + forks + "\nfindings: " + f;
    }

    private static String findings(parbench.plot.analysis.Analysis a, parbench.plot.analysis.Measured m) {
        var fs = a.checks().of(m);
        if (fs.isEmpty()) {
            return "none";
        }
        return fs.stream().map(f -> f.check().label).distinct().collect(java.util.stream.Collectors.joining("; "));
    }

    /** Roof colours: with solid/dashed alternating, 6 roofs stay distinct. */
    static final Color[] ROOF_GREYS = {new Color(40, 40, 40), new Color(110, 110, 110), new Color(165, 165, 165)};

    static final org.knowm.xchart.style.markers.Marker[] POINT_MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
        SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS};

    /**
     * Shrinks the chart's title font (down to 9 pt) until the title fits the chart's width: XChart
     * centres a title and cuts what is wider at both edges (a long case name lost its start).
     */
    static void fitTitle(org.knowm.xchart.internal.chartpart.Chart<?, ?> c) {
        java.awt.Font f = c.getStyler().getChartTitleFont();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            while (f.getSize2D() > 9 && g.getFontMetrics(f).stringWidth(c.getTitle()) > c.getWidth() - 2 * TITLE_MARGIN) {
                f = f.deriveFont(f.getSize2D() - 1);
            }
        } finally {
            g.dispose();
        }
        c.getStyler().setChartTitleFont(f);
    }

    /** Room left at each side of a title. */
    static final int TITLE_MARGIN = 12;

    /** A fitted curve (Amdahl, Gustafson): long dashes, unlike the dotted reference lines. */
    static final BasicStroke FIT_LINE = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 4f}, 0f);

    /** A black dotted reference line without markers (ideal speedup, a ratio of 1). */
    static XYSeries referenceLine(XYChart c, String name, double[] x, double[] y) {
        XYSeries s = c.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Color.BLACK);
        s.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DOT_DOT);
        return s;
    }

    static void colour(XYSeries s, int k) {
        s.setLineColor(PALETTE[k % PALETTE.length]);
        s.setMarkerColor(PALETTE[k % PALETTE.length]);
    }

    /** Legend name of the overlay that rings suspect points. */
    public static final String SUSPECT = "suspect (see Checks)";
    static final Color SUSPECT_RED = new Color(220, 0, 0);

    /** A hollow ring drawn around a point: marks it suspect without hiding it. */
    static final class Ring extends org.knowm.xchart.style.markers.Marker {
        @Override
        public void paint(java.awt.Graphics2D g, double x, double y, int size) {
            java.awt.Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(2.5f));
            double d = size * 2.4;
            g.draw(new java.awt.geom.Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
            g.setStroke(old);
        }
    }

    /** Adds the red-ring overlay over the suspect points (x, y); nothing when there are none. */
    static void markSuspect(XYChart c, List<double[]> points) {
        if (points.isEmpty()) {
            return;
        }
        XYSeries s = c.addSeries(SUSPECT, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(new Ring());
        s.setMarkerColor(SUSPECT_RED);
        s.setLineColor(SUSPECT_RED);
    }

    static double log2(double p) {
        return Math.log(p) / Math.log(2);
    }

    static double finiteOr0(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
