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
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The harness's optional {@code iterations.json} beside {@code jmh.json}: per fork of each
 * record, the warmup and the measurement iteration scores (JMH's JSON keeps no warmup
 * iterations, and the steady-state check needs them). Plain JMH JSON from elsewhere has no
 * such file; the report then says the check could not run.
 */
public final class IterationsFile {

    public static final String NAME = "iterations.json";

    /**
     * One fork of one record.
     *
     * @param fork 1-based, in the order the forks ran
     */
    public record Fork(String benchmark, String mode, SortedMap<String, String> params, int fork, String unit,
                       double[] warmup, double[] measurement) {

        /** The same key as a record's benchmark|mode|params. */
        public String key() {
            return IterationsFile.key(benchmark, mode, params);
        }
    }

    private IterationsFile() {
    }

    /** Key of a record: benchmark, mode and params (sorted; {@code scaling=strong} counts as absent). */
    public static String key(String benchmark, String mode, SortedMap<String, String> params) {
        return benchmark + "|" + mode + "|" + ScalingParam.identity(params);
    }

    /** Reads {@code iterations.json} next to {@code resultFile}, if there is one. */
    public static Optional<List<Fork>> besides(Path resultFile) throws ResultFormatException {
        Optional<Path> f = Beside.file(resultFile, NAME);
        return f.isEmpty() ? Optional.empty() : Optional.of(read(f.get()));
    }

    /** Parses the file, one entry at a time; anything but an array of fork objects is an error naming the file. */
    public static List<Fork> read(Path file) throws ResultFormatException {
        List<Fork> out = new ArrayList<>();
        try (JsonReader in = new JsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            in.setLenient(true); // as JsonParser.parseReader, which this replaced
            if (!JmhJsonReader.startsWithArray(in)) {
                throw new ResultFormatException(file, "iterations file is not a JSON array");
            }
            in.beginArray();
            int i = 0;
            while (in.hasNext()) {
                JsonElement e = JsonParser.parseReader(in);
                String where = "entry " + i++;
                out.add(fork(file, where, e, i));
            }
            in.endArray();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new ResultFormatException(file, "malformed JSON in iterations file: text after the array");
            }
        } catch (MalformedJsonException | JsonParseException e) {
            throw new ResultFormatException(file, "malformed JSON in iterations file: " + e.getMessage());
        } catch (IOException e) {
            throw new ResultFormatException(file, "cannot read: " + e.getMessage());
        }
        return out;
    }

    private static Fork fork(Path file, String where, JsonElement e, int i) throws ResultFormatException {
        if (!e.isJsonObject()) {
            throw new ResultFormatException(file, where + " is not an object");
        }
        JsonObject o = e.getAsJsonObject();
        try {
            if (!o.has("benchmark") || !o.has("mode")) {
                throw new ResultFormatException(file, where + " has no benchmark or mode");
            }
            return new Fork(o.get("benchmark").getAsString(), o.get("mode").getAsString(), JmhJsonReader.params(o),
                    o.has("fork") ? o.get("fork").getAsInt() : i, o.has("unit") ? o.get("unit").getAsString() : "",
                    numbers(o, "warmup"), numbers(o, "measurement"));
        } catch (IllegalStateException | UnsupportedOperationException | ClassCastException | NumberFormatException ex) {
            throw new ResultFormatException(file, where + " has a field of the wrong type: " + ex.getMessage());
        }
    }

    private static double[] numbers(JsonObject o, String key) {
        if (!o.has(key) || o.get(key).isJsonNull()) {
            return new double[0];
        }
        if (!o.get(key).isJsonArray()) {
            throw new IllegalStateException("'" + key + "' is not an array of numbers");
        }
        JsonArray a = o.getAsJsonArray(key);
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            JsonElement x = a.get(i);
            // JMH writes non-finite scores as the strings "NaN", "Infinity"; getAsDouble parses them.
            v[i] = x.getAsDouble();
        }
        return v;
    }
}
