package parbench.plot.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of files so that none is ever seen half-written: everything goes to a staging
 * folder inside the output folder first (same file system), and only when all of it is on
 * disk is each file renamed into place atomically. A failure while staging leaves the output
 * folder as it was.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    public static void write(Path outDir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(outDir);
        Path staging = Files.createTempDirectory(outDir, ".report-tmp-");
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path p = staging.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            for (String name : files.keySet()) {
                Path target = outDir.resolve(name);
                Files.createDirectories(target.getParent());
                try {
                    Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
