package parbench.plot.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one way this project writes an output file: a reader (or a Ctrl-C) never sees it
 * half-written. The bytes go to a temporary file on the same file system, which then replaces
 * the target in one rename. Used by the report, compare, promote, the run's jmh.json,
 * iterations.json, fork state and environment.json.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes a set of files (names relative to {@code outDir}) so that none is ever seen
     * half-written: all go to a staging folder inside {@code outDir} first, and only when all of
     * it is on disk is each renamed into place. A failure while staging leaves {@code outDir} as
     * it was.
     */
    public static void writeAll(Path outDir, Map<String, byte[]> files) throws IOException {
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
                move(staging.resolve(name), target);
            }
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Renames atomically; where the file system cannot (some network and FUSE mounts), a plain
     * replacing move, which is still a rename within one folder on every local file system.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
