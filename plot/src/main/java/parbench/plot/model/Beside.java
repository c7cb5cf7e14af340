package parbench.plot.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The files the harness writes beside a run's {@code jmh.json}: where each one is, if it is there. */
final class Beside {

    private Beside() {
    }

    /** The file {@code name} in the folder of {@code resultFile}, if it is a regular file. */
    static Optional<Path> file(Path resultFile, String name) {
        Path dir = resultFile.toAbsolutePath().getParent();
        Path f = dir == null ? null : dir.resolve(name);
        return f == null || !Files.isRegularFile(f) ? Optional.empty() : Optional.of(f);
    }
}
