package parbench.plot;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages write the fake harness run. */
public final class FakeRunAccess {

    private FakeRunAccess() {
    }

    public static Path writeHarnessRun(Path dir) throws IOException {
        return FakeRun.writeHarnessRun(dir);
    }

    public static String many(int records) {
        return FakeRun.many(records, 7);
    }
}
