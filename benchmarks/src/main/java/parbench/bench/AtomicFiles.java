package parbench.bench;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a reader (or a Ctrl-C) never sees it half-written: the bytes go to a
 * temporary file in the same folder, which then replaces the target in one rename.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, content);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Renames atomically; where the file system cannot (some network and FUSE mounts), a plain
     * replacing move, which is still a rename within one folder on every local file system.
     */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
