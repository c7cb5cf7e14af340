package parbench.bench.run;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import parbench.plot.io.AtomicFiles;

/**
 * The harness's own JSON files (plan.json, iterations.json, a child's answer): pretty-printed and
 * written atomically. environment.json has its owner in {@link parbench.plot.model.Environment}.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** Writes JSON atomically (see {@link AtomicFiles}). */
    public static void write(Path file, JsonElement json) throws IOException {
        AtomicFiles.write(file, (new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
