package parbench.bench.run;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What a run will measure and in which order, written as {@code plan.json} before the first fork
 * so that an interrupted run can be resumed: every (benchmark, mode, params) combination and the
 * sequence of forks, in rounds (fork 1 of every combination in a shuffled order, then fork 2, …),
 * so that drift of the machine falls on every benchmark alike instead of on one side of a ratio.
 */
public final class ForkPlan {

    static final String FILE = "plan.json";

    /** One benchmark method in one mode with one value per parameter. */
    public record Combination(String benchmark, String mode, Map<String, String> params) {
        public String label() {
            return benchmark + " " + mode + (params.isEmpty() ? "" : " " + params);
        }
    }

    /** The {@code fork}-th (1-based) fork of combination number {@code combination}. */
    record Slot(int combination, int fork) {
    }

    public final List<String> args;
    public final List<Combination> combinations;
    public final int forks;
    public final long seed;
    final List<Slot> order;
    /** Where the merged results go and in which JMH format. */
    public final String resultFile;
    public final String resultFormat;

    public ForkPlan(List<String> args, List<Combination> combinations, int forks, long seed, String resultFile, String resultFormat) {
        this.args = List.copyOf(args);
        this.combinations = List.copyOf(combinations);
        this.forks = forks;
        this.seed = seed;
        this.order = rounds(combinations.size(), forks, seed);
        this.resultFile = resultFile;
        this.resultFormat = resultFormat;
    }

    /** Round r holds fork r of every combination, in an order shuffled afresh for each round. */
    static List<Slot> rounds(int combinations, int forks, long seed) {
        Random random = new Random(seed);
        List<Slot> order = new ArrayList<>();
        for (int f = 1; f <= forks; f++) {
            List<Integer> idx = new ArrayList<>();
            for (int c = 0; c < combinations; c++) {
                idx.add(c);
            }
            Collections.shuffle(idx, random);
            for (int c : idx) {
                order.add(new Slot(c, f));
            }
        }
        return order;
    }

    /** The slots of the plan not in {@code done}, in plan order. */
    List<Slot> missing(Set<Slot> done) {
        List<Slot> m = new ArrayList<>();
        for (Slot s : order) {
            if (!done.contains(s)) {
                m.add(s);
            }
        }
        return m;
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("schema", 1);
        JsonArray a = new JsonArray();
        args.forEach(a::add);
        o.add("args", a);
        o.addProperty("resultFile", resultFile);
        o.addProperty("resultFormat", resultFormat);
        o.addProperty("schedule", "rounds");
        o.addProperty("forks", forks);
        o.addProperty("orderSeed", seed);
        JsonArray cs = new JsonArray();
        for (Combination c : combinations) {
            JsonObject j = new JsonObject();
            j.addProperty("benchmark", c.benchmark());
            j.addProperty("mode", c.mode());
            JsonObject p = new JsonObject();
            c.params().forEach(p::addProperty);
            j.add("params", p);
            cs.add(j);
        }
        o.add("combinations", cs);
        // The order is derived from the seed; it is written out for a reader, not read back.
        JsonArray ord = new JsonArray();
        for (Slot s : order) {
            JsonArray pair = new JsonArray();
            pair.add(s.combination());
            pair.add(s.fork());
            ord.add(pair);
        }
        o.add("order", ord);
        return o;
    }

    static ForkPlan fromJson(JsonObject o) {
        List<String> args = new ArrayList<>();
        o.getAsJsonArray("args").forEach(e -> args.add(e.getAsString()));
        List<Combination> cs = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("combinations")) {
            JsonObject j = e.getAsJsonObject();
            Map<String, String> p = new LinkedHashMap<>();
            j.getAsJsonObject("params").entrySet().forEach(en -> p.put(en.getKey(), en.getValue().getAsString()));
            cs.add(new Combination(j.get("benchmark").getAsString(), j.get("mode").getAsString(), p));
        }
        return new ForkPlan(args, cs, o.get("forks").getAsInt(), o.get("orderSeed").getAsLong(),
                o.get("resultFile").getAsString(), o.get("resultFormat").getAsString());
    }

    public void write(Path stateDir) throws IOException {
        JsonFiles.write(stateDir.resolve(FILE), toJson());
    }

    /** Reads {@code dir/plan.json}; a missing or unreadable plan is an {@link IllegalArgumentException} with a one-line message. */
    public static ForkPlan read(Path dir) {
        Path f = dir.resolve(FILE);
        try {
            return fromJson(JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(dir + " has no " + FILE + ": not a run folder of this harness (or one made before fork scheduling)");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage());
        }
    }
}
