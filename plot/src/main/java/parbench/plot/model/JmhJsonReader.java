package parbench.plot.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads JMH's JSON result format ({@code -rf json}) from this or any other JMH project.
 * Quirks handled: NaN and infinities written as strings, absent {@code params}, secondary
 * metrics, sample mode's {@code rawDataHistogram} in place of {@code rawData}.
 * Every problem is reported as a {@link ResultFormatException} naming the file.
 */
public final class JmhJsonReader {

    private JmhJsonReader() {
    }

    /**
     * Parses one JMH JSON file. An empty array is a valid (empty) run. The top-level array is
     * read one record at a time: a 10,000-record file then never lives in memory as one JSON
     * tree (holding the tree made the collector copy it again and again). A second thread
     * tokenizes while this one turns each record into a {@link BenchmarkResult} (about half of
     * the reading each, and a report's first second has nothing else for the second core); the
     * records, and the first error, come in file order as when one thread did both.
     */
    public static List<BenchmarkResult> read(Path file) throws ResultFormatException {
        List<BenchmarkResult> out = new ArrayList<>();
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
        Thread tokenizer = new Thread(() -> tokenize(file, queue), "jmh.json tokenizer");
        tokenizer.setDaemon(true);
        tokenizer.start();
        try {
            int index = 0;
            while (true) {
                Object batch = queue.take();
                if (batch == END) {
                    return out;
                }
                if (batch instanceof Throwable t) {
                    throw failure(file, t);
                }
                for (Object o : (List<?>) batch) {
                    JsonElement e = (JsonElement) o;
                    try {
                        out.add(record(file, e, index));
                    } catch (IllegalStateException | UnsupportedOperationException | ClassCastException
                             | IndexOutOfBoundsException | NumberFormatException ex) {
                        // Gson signals a field of the wrong JSON type this way; name the record, not a stack trace.
                        throw new ResultFormatException(file, "record " + index + " has a field of the wrong type ("
                                + ex.getMessage() + "): not JMH JSON output");
                    }
                    index++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResultFormatException(file, "cannot read: interrupted");
        } finally {
            tokenizer.interrupt(); // stops it when a record failed before the end of the file
        }
    }

    /** Marks the end of a well-formed file in the tokenizer's queue. */
    private static final Object END = new Object();

    /** Records in the tokenizer's queue are batched: one hand-over per record costs more than it saves. */
    private static final int BATCH = 64;

    /**
     * The tokenizer thread: the file's records as JSON trees, in batches, then {@link #END}, or
     * the exception that stopped it (after the records before it).
     */
    private static void tokenize(Path file, java.util.concurrent.BlockingQueue<Object> queue) {
        try {
            Object last;
            try (JsonReader in = new JsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                last = tokens(file, in, queue);
            } catch (InterruptedException e) {
                return; // the reader stopped: nobody takes what is left
            } catch (Throwable t) { // every failure goes to the reader, which maps it as before
                last = t;
            }
            queue.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object tokens(Path file, JsonReader in, java.util.concurrent.BlockingQueue<Object> queue)
            throws IOException, ResultFormatException, InterruptedException {
        in.setLenient(true); // as JsonParser.parseReader, which this replaced
        if (!startsWithArray(in)) {
            throw new ResultFormatException(file, "not JMH JSON output: expected a top-level array of results");
        }
        in.beginArray();
        List<JsonElement> batch = new ArrayList<>(BATCH);
        try {
            while (in.hasNext()) {
                batch.add(JsonParser.parseReader(in));
                if (batch.size() == BATCH) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException | RuntimeException ex) {
            queue.put(batch); // the records before the bad one are converted (and may fail) first
            throw ex;
        }
        queue.put(batch);
        in.endArray();
        if (in.peek() != JsonToken.END_DOCUMENT) {
            throw new ResultFormatException(file, "malformed JSON: text after the top-level array");
        }
        return END;
    }

    /** The tokenizer's failure as the exception {@link #read} throws. */
    private static ResultFormatException failure(Path file, Throwable t) {
        if (t instanceof ResultFormatException r) {
            return r;
        }
        if (t instanceof MalformedJsonException) {
            return new ResultFormatException(file, "malformed JSON: " + t.getMessage());
        }
        if (t instanceof JsonParseException) {
            return new ResultFormatException(file, "malformed JSON: " + rootCause(t).getMessage());
        }
        if (t instanceof IOException) {
            return new ResultFormatException(file, "cannot read: " + t.getMessage());
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    /** True when the document is an array; false for any other value or an empty file. */
    static boolean startsWithArray(JsonReader in) throws IOException {
        try {
            return in.peek() == JsonToken.BEGIN_ARRAY;
        } catch (java.io.EOFException e) {
            return false; // an empty file: JsonParser read it as JSON null
        }
    }

    /** A record's {@code "params"} (JMH's and the harness's files alike), sorted; empty when there are none. */
    static SortedMap<String, String> params(JsonObject o) {
        SortedMap<String, String> params = new TreeMap<>();
        if (o.has("params") && o.get("params").isJsonObject()) {
            for (Map.Entry<String, JsonElement> p : o.getAsJsonObject("params").entrySet()) {
                params.put(p.getKey(), p.getValue().getAsString());
            }
        }
        return params;
    }

    private static BenchmarkResult record(Path file, JsonElement e, int index) throws ResultFormatException {
        String where = "record " + index;
        if (!e.isJsonObject()) {
            throw new ResultFormatException(file, where + " is not an object: not JMH JSON output");
        }
        JsonObject o = e.getAsJsonObject();
        for (String key : List.of("benchmark", "mode", "primaryMetric")) {
            if (!o.has(key)) {
                throw new ResultFormatException(file, where + " has no '" + key + "': not JMH JSON output");
            }
        }
        String benchmark = o.get("benchmark").getAsString();
        where = where + " (" + benchmark + ")";
        if (!o.get("primaryMetric").isJsonObject()) {
            throw new ResultFormatException(file, where + ": primaryMetric is not an object: not JMH JSON output");
        }
        JsonObject pm = o.getAsJsonObject("primaryMetric");
        if (!pm.has("score") || !pm.has("scoreUnit")) {
            throw new ResultFormatException(file, where + ": primaryMetric lacks score or scoreUnit");
        }
        SortedMap<String, String> params = params(o);
        List<String> jvmArgs = new ArrayList<>();
        if (o.has("jvmArgs") && o.get("jvmArgs").isJsonArray()) {
            for (JsonElement a : o.getAsJsonArray("jvmArgs")) {
                jvmArgs.add(a.getAsString());
            }
        }
        Map<String, Double> secondary = new LinkedHashMap<>();
        Map<String, BenchmarkResult.Metric> detail = new LinkedHashMap<>();
        if (o.has("secondaryMetrics") && o.get("secondaryMetrics").isJsonObject()) {
            for (Map.Entry<String, JsonElement> s : o.getAsJsonObject("secondaryMetrics").entrySet()) {
                JsonObject m = s.getValue().isJsonObject() ? s.getValue().getAsJsonObject() : new JsonObject();
                double sc = m.has("score") ? number(file, where, m.get("score")) : Double.NaN;
                secondary.put(s.getKey(), sc);
                detail.put(s.getKey(), new BenchmarkResult.Metric(sc,
                        m.has("scoreError") ? number(file, where, m.get("scoreError")) : Double.NaN,
                        m.has("scoreUnit") && m.get("scoreUnit").isJsonPrimitive() ? m.get("scoreUnit").getAsString() : ""));
            }
        }
        java.util.SortedMap<Double, Double> percentiles = new TreeMap<>();
        if (pm.has("scorePercentiles") && pm.get("scorePercentiles").isJsonObject()) {
            for (Map.Entry<String, JsonElement> q : pm.getAsJsonObject("scorePercentiles").entrySet()) {
                try {
                    percentiles.put(Double.parseDouble(q.getKey()), number(file, where, q.getValue()));
                } catch (NumberFormatException ignored) {
                    // not a percentile key: JMH writes only numbers here
                }
            }
        }
        return new BenchmarkResult(
                file.toString(),
                benchmark,
                o.get("mode").getAsString(),
                o.has("threads") ? o.get("threads").getAsInt() : 1,
                o.has("forks") ? o.get("forks").getAsInt() : 1,
                List.copyOf(jvmArgs),
                o.has("jdkVersion") ? o.get("jdkVersion").getAsString() : (o.has("vmVersion") ? o.get("vmVersion").getAsString() : ""),
                params,
                number(file, where, pm.get("score")),
                pm.has("scoreError") ? number(file, where, pm.get("scoreError")) : Double.NaN,
                pm.get("scoreUnit").getAsString(),
                rawData(file, where, pm),
                secondary,
                detail,
                percentiles);
    }

    /** Per fork, per iteration scores; from rawDataHistogram (sample mode) as per-iteration means. */
    private static List<double[]> rawData(Path file, String where, JsonObject pm) throws ResultFormatException {
        List<double[]> forks = new ArrayList<>();
        if (pm.has("rawData") && pm.get("rawData").isJsonArray()) {
            for (JsonElement fork : pm.getAsJsonArray("rawData")) {
                JsonArray it = fork.getAsJsonArray();
                double[] v = new double[it.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = number(file, where, it.get(i));
                }
                forks.add(v);
            }
        } else if (pm.has("rawDataHistogram") && pm.get("rawDataHistogram").isJsonArray()) {
            for (JsonElement fork : pm.getAsJsonArray("rawDataHistogram")) {
                JsonArray iterations = fork.getAsJsonArray();
                double[] v = new double[iterations.size()];
                for (int i = 0; i < v.length; i++) {
                    double sum = 0;
                    double count = 0;
                    for (JsonElement pair : iterations.get(i).getAsJsonArray()) {
                        JsonArray vc = pair.getAsJsonArray();
                        double value = number(file, where, vc.get(0));
                        double n = number(file, where, vc.get(1));
                        sum += value * n;
                        count += n;
                    }
                    v[i] = count == 0 ? Double.NaN : sum / count;
                }
                forks.add(v);
            }
        }
        return List.copyOf(forks);
    }

    /** A JSON number, or one of JMH's strings "NaN", "Infinity", "-Infinity". */
    private static double number(Path file, String where, JsonElement e) throws ResultFormatException {
        if (e == null || e.isJsonNull()) {
            return Double.NaN;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            switch (e.getAsString()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                case "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        try {
            return e.getAsDouble();
        } catch (RuntimeException ex) {
            throw new ResultFormatException(file, where + ": '" + e + "' is not a number");
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
