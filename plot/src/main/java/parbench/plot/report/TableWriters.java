package parbench.plot.report;

import java.util.List;

/** Markdown and CSV renderings of a {@link Table}. */
public final class TableWriters {

    private TableWriters() {
    }

    /** A GitHub-flavoured Markdown table; '|' in cells is escaped. */
    public static String markdown(Table t) {
        StringBuilder sb = new StringBuilder();
        line(sb, t.header());
        sb.append('|');
        for (int i = 0; i < t.header().size(); i++) {
            sb.append("---|");
        }
        sb.append('\n');
        for (List<String> r : t.rows()) {
            line(sb, r);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        sb.append('\n');
    }

    /** RFC 4180 CSV: comma separated, CRLF-free ('\n' lines), quotes doubled when a cell needs quoting. */
    public static String csv(Table t) {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, t.header());
        for (List<String> r : t.rows()) {
            csvLine(sb, r);
        }
        return sb.toString();
    }

    private static void csvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }

    /** An HTML table with escaped cells. */
    public static String html(Table t) {
        StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
        for (String c : t.header()) {
            sb.append("<th>").append(escape(c)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : t.rows()) {
            sb.append("<tr>");
            for (String c : r) {
                sb.append("<td>").append(escape(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(ch);
            }
        }
        return sb.toString();
    }
}
