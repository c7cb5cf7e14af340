package parbench.plot.report;

import java.util.List;

/** A table as strings: the same rows feed the Markdown, CSV and HTML writers. */
public record Table(String name, String title, List<String> header, List<List<String>> rows) {

    public Table {
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("table " + name + ": row has " + r.size()
                        + " cells, header has " + header.size());
            }
        }
    }
}
