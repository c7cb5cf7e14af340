package parbench.plot.compare;

import parbench.plot.analysis.Format;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Machine-readable verdicts ({@code schema: 1}); numbers have six significant digits, null where
 * undefined. The outcome of the whole comparison and its exit code come first.
 */
public final class JsonVerdictWriter {

    private JsonVerdictWriter() {
    }

    /** With the outcome as the writers show it by default (no --fail-on-missing, no --undecided-passes). */
    public static String write(ComparisonReport r) {
        return write(r, GateOutcome.of(r));
    }

    public static String write(ComparisonReport r, GateOutcome outcome) {
        JsonObject root = new JsonObject();
        root.addProperty("schema", 1);
        root.addProperty("outcome", outcome.kind().id());
        root.addProperty("exitCode", outcome.exitCode());
        root.addProperty("summary", outcome.summary());
        root.addProperty("toDecide", outcome.toDecide());
        root.addProperty("undecidedPasses", outcome.undecidedPasses());
        root.addProperty("regression", r.hasRegression());
        JsonObject counts = new JsonObject();
        for (Verdict v : Verdict.values()) {
            counts.addProperty(v.id(), r.with(v).size());
        }
        counts.addProperty("missing", r.missing().size());
        counts.addProperty("new", r.added().size());
        counts.addProperty("oneForkPerSide", r.oneFork().size());
        root.add("counts", counts);
        JsonObject settings = new JsonObject();
        settings.add("threshold", num(r.settings().threshold()));
        settings.add("alpha", num(r.settings().alpha()));
        settings.addProperty("correction", r.settings().correction().id());
        root.add("settings", settings);
        if (r.method() != null) {
            root.addProperty("method", r.method());
        }
        root.add("baseline", side(r.baselineLabels(), r.baselineProfile()));
        root.add("current", side(r.currentLabels(), r.currentProfile()));
        root.add("warnings", strings(r.warnings()));
        JsonArray comps = new JsonArray();
        for (Comparison c : r.comparisons()) {
            JsonObject o = key(c.key());
            RatioStatistics.Estimate e = c.estimate();
            o.addProperty("verdict", c.verdict().id());
            o.addProperty("unit", c.unit());
            o.addProperty("higherIsBetter", c.higherIsBetter());
            o.add("baselineScore", num(e.baseline()));
            o.add("currentScore", num(e.current()));
            o.add("ratio", num(e.ratio()));
            o.add("ciLow", num(e.ciLow()));
            o.add("ciHigh", num(e.ciHigh()));
            o.add("pValue", num(e.pValue()));
            o.add("adjustedPValue", num(c.adjustedP()));
            o.add("df", num(e.df()));
            o.add("betweenRunSd", num(e.betweenRun()));
            o.addProperty("baselineRuns", c.baselineRuns());
            o.addProperty("baselineForks", c.baselineForks());
            o.addProperty("currentRuns", c.currentRuns());
            o.addProperty("currentForks", c.currentForks());
            o.addProperty("reason", c.reason());
            comps.add(o);
        }
        root.add("comparisons", comps);
        if (!r.allocation().isEmpty()) {
            JsonObject alloc = new JsonObject();
            alloc.addProperty("metric", AllocationChange.METRIC);
            alloc.add("floorBytes", num(AllocationChange.FLOOR_BYTES));
            JsonArray list = new JsonArray();
            for (AllocationChange a : r.allocation()) {
                JsonObject o = key(a.key());
                o.addProperty("allocation", a.kind().id());
                o.add("baselineBytesPerOp", num(a.baseline()));
                o.add("currentBytesPerOp", num(a.current()));
                o.add("ratio", num(a.ratio()));
                list.add(o);
            }
            alloc.add("benchmarks", list);
            root.add("allocation", alloc);
        }
        root.add("missing", keys(r.missing()));
        root.add("new", keys(r.added()));
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject side(List<String> labels, String profile) {
        JsonObject o = new JsonObject();
        o.add("runs", strings(labels));
        o.addProperty("machineProfile", profile);
        return o;
    }

    private static JsonObject key(BenchmarkKey k) {
        JsonObject o = new JsonObject();
        o.addProperty("benchmark", k.benchmark());
        o.addProperty("mode", k.mode());
        o.addProperty("jmhThreads", k.jmhThreads());
        JsonObject params = new JsonObject();
        for (Map.Entry<String, String> p : k.params().entrySet()) {
            params.addProperty(p.getKey(), p.getValue());
        }
        o.add("params", params);
        return o;
    }

    private static JsonArray keys(List<BenchmarkKey> keys) {
        JsonArray a = new JsonArray();
        keys.forEach(k -> a.add(key(k)));
        return a;
    }

    private static JsonArray strings(List<String> list) {
        JsonArray a = new JsonArray();
        list.forEach(a::add);
        return a;
    }

    private static JsonElement num(double v) {
        BigDecimal d = Format.json(v);
        return d == null ? JsonNull.INSTANCE : new JsonPrimitive(d);
    }
}
