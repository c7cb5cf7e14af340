package parbench.plot.history;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import parbench.plot.model.Environment;
import parbench.plot.model.JmhJsonReader;
import parbench.plot.model.ResultFormatException;

/**
 * The history store: plain files a workflow can keep on a branch or as an artifact.
 *
 * <pre>
 * STORE/entries/&lt;time&gt;-&lt;commit&gt;[-N]/jmh.json          the run's JMH JSON, as given
 *                                        environment.json  beside it, if the run had one
 *                                        entry.json        {"commit", "time", "source", "added"}
 * </pre>
 *
 * Append-only: an entry is written in full into a hidden staging folder inside the store and then
 * renamed into {@code entries/} in one step, and nothing existing is ever rewritten, so a crash
 * mid-add leaves the store as it was (plus, at worst, a hidden {@code .staging-*} folder that
 * readers ignore). History order is by time, then by entry name.
 */
public final class HistoryStore {

    static final String ENTRIES = "entries";
    static final String ENTRY_JSON = "entry.json";
    private static final String JMH_JSON = "jmh.json";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One stored run. */
    public record Entry(String name, String commit, Instant time, Path jmhJson) {
    }

    private final Path root;

    public HistoryStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Every entry, in history order. A store that does not exist yet is empty. */
    public List<Entry> entries() throws HistoryException {
        Path dir = root.resolve(ENTRIES);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                out.add(readEntry(p));
            }
        } catch (IOException e) {
            throw new HistoryException(dir + ": cannot list: " + e.getMessage());
        }
        out.sort(Comparator.comparing(Entry::time).thenComparing(Entry::name));
        return out;
    }

    private static Entry readEntry(Path dir) throws HistoryException {
        Path meta = dir.resolve(ENTRY_JSON);
        JsonElement root;
        try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(in);
        } catch (IOException | JsonParseException e) {
            throw new HistoryException(meta + ": cannot read the store entry: " + e.getMessage());
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("commit") || !root.getAsJsonObject().has("time")) {
            throw new HistoryException(meta + ": not a history entry (needs commit and time)");
        }
        JsonObject o = root.getAsJsonObject();
        return new Entry(dir.getFileName().toString(), o.get("commit").getAsString(),
                Instant.parse(o.get("time").getAsString()), dir.resolve(JMH_JSON));
    }

    /** A run to add: its JMH JSON, the environment.json beside it (or null), commit and time. */
    public record NewRun(Path jmhJson, Path environmentJson, String commit, Instant time, String source) {
    }

    /**
     * Resolves a command-line run (a run folder or a JMH JSON file) with its commit and time:
     * the given ones, else {@code git.commit} and {@code start} of its environment.json.
     */
    public static NewRun resolve(Path run, String commit, String time) throws HistoryException {
        Path jmh = Files.isDirectory(run) ? run.resolve(JMH_JSON) : run;
        if (!Files.isRegularFile(jmh)) {
            throw new HistoryException(run + ": no such JMH JSON file or run folder with a jmh.json");
        }
        Environment env;
        try {
            if (JmhJsonReader.read(jmh).isEmpty()) {
                throw new HistoryException(jmh + ": holds no benchmark results");
            }
            env = Environment.besides(jmh).orElse(null);
        } catch (ResultFormatException e) {
            throw new HistoryException(e.getMessage());
        }
        if (commit == null && env != null) {
            commit = env.gitCommit();
        }
        if (commit == null || commit.isBlank()) {
            throw new HistoryException(run + ": no commit in an environment.json beside it; pass --commit SHA");
        }
        if (!commit.matches("[A-Za-z0-9._-]+")) {
            throw new HistoryException("--commit '" + commit + "': use letters, digits, '.', '_' or '-' only");
        }
        Instant when;
        if (time != null) {
            when = parseTime(time);
        } else if (env != null && env.start() != null) {
            when = parseTime(env.start());
        } else {
            throw new HistoryException(run + ": no start time in an environment.json beside it; pass --time ISO-8601");
        }
        return new NewRun(jmh, env == null ? null : env.source(), commit, when, run.toString());
    }

    static Instant parseTime(String s) throws HistoryException {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                throw new HistoryException("time '" + s + "' is not ISO-8601 (e.g. 2026-11-30T10:15:00Z)");
            }
        }
    }

    /** True if the store already holds a run of this commit. */
    public boolean hasCommit(String commit) throws HistoryException {
        return entries().stream().anyMatch(e -> e.commit().equals(commit));
    }

    /** Appends one run; see the class comment for why this cannot damage what is there. */
    public Entry add(NewRun run) throws IOException {
        Path entries = root.resolve(ENTRIES);
        Files.createDirectories(entries);
        Path staging = Files.createTempDirectory(root, ".staging-");
        try {
            Files.copy(run.jmhJson(), staging.resolve(JMH_JSON));
            if (run.environmentJson() != null) {
                Files.copy(run.environmentJson(), staging.resolve(Environment.NAME));
            }
            JsonObject meta = new JsonObject();
            meta.addProperty("commit", run.commit());
            meta.addProperty("time", run.time().toString());
            meta.addProperty("source", run.source());
            meta.addProperty("added", Instant.now().toString());
            Files.writeString(staging.resolve(ENTRY_JSON),
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(meta) + "\n");
            String base = NAME_TIME.format(run.time()) + "-" + shortCommit(run.commit());
            for (int n = 1; ; n++) {
                Path target = entries.resolve(n == 1 ? base : base + "-" + n);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    // A directory rename is atomic; it fails (never merges) if target appeared meanwhile.
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, target);
                } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                    continue;
                }
                return new Entry(target.getFileName().toString(), run.commit(), run.time(), target.resolve(JMH_JSON));
            }
        } finally {
            deleteTree(staging);
        }
    }

    static String shortCommit(String c) {
        return c.length() > 12 ? c.substring(0, 12) : c;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
