package parbench.plot.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parbench.plot.compare.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromoteCommandTest {

    private static CommandTestSupport.Result promote(String... args) {
        return CommandTestSupport.call(PromoteCommand::run, args);
    }

    private static String f(String name) {
        return fixture(name).toString();
    }

    @Test
    void usageErrorsAreOneLineThenTheUsageAndExitTwo() {
        String[][] bad = {{}, {"--frobnicate", "run"}, {"run", "--profile"}, {"run", "--baseline-root"}};
        String[] expected = {"no RUN_DIR given", "unknown option --frobnicate", "--profile needs a value",
            "--baseline-root needs a value"};
        for (int i = 0; i < bad.length; i++) {
            CommandTestSupport.Result r = promote(bad[i]);
            assertEquals(2, r.exit(), String.join(" ", bad[i]));
            assertTrue(r.err().startsWith("promote: usage error: " + expected[i] + "\nusage: promote RUN_DIR"), r.err());
        }
        CommandTestSupport.Result help = promote("-h");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("usage: promote RUN_DIR"), help.out());
    }

    @Test
    void copiesRunsUnderTheirProfile(@TempDir Path root) throws Exception {
        CommandTestSupport.Result r = promote(f("baseline/run-a"), f("baseline/run-b"), "--baseline-root", root.toString());
        assertEquals(0, r.exit(), r.err());
        Path target = root.resolve("amd-epyc-2c-avx2");
        assertEquals(Files.readString(fixture("baseline/run-a/jmh.json")), Files.readString(target.resolve("run-a/jmh.json")));
        assertTrue(Files.isRegularFile(target.resolve("run-b/environment.json")));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(1, s.count(), "no staging folders left");
        }
    }

    @Test
    void refusesToOverwriteWithoutForce(@TempDir Path root) throws Exception {
        assertEquals(0, promote(f("baseline/run-a"), "--baseline-root", root.toString()).exit());
        CommandTestSupport.Result again = promote(f("same-build"), "--baseline-root", root.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("a baseline for profile 'amd-epyc-2c-avx2' already exists at "), again.err());
        assertTrue(again.err().contains("pass --force to replace it"), again.err());
        Path target = root.resolve("amd-epyc-2c-avx2");
        assertTrue(Files.isDirectory(target.resolve("run-a")), "old baseline untouched");
        assertFalse(Files.exists(target.resolve("same-build")));

        assertEquals(0, promote(f("same-build"), "--force", "--baseline-root", root.toString()).exit());
        assertTrue(Files.isDirectory(target.resolve("same-build")));
        assertFalse(Files.exists(target.resolve("run-a")), "--force replaces the whole baseline");
    }

    @Test
    void needsAProfile(@TempDir Path root) {
        CommandTestSupport.Result r = promote(f("no-env"), "--baseline-root", root.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no machine profile"), r.err());
        assertTrue(r.err().contains("pass --profile P"), r.err());
        assertEquals(0, promote(f("no-env"), "--profile", "my-box", "--baseline-root", root.toString()).exit());
        assertTrue(Files.isRegularFile(root.resolve("my-box/no-env/jmh.json")));
    }

    @Test
    void refusesMixedOrMislabelledProfiles(@TempDir Path root) {
        CommandTestSupport.Result mixed = promote(f("baseline/run-a"), f("other-machine"), "--baseline-root", root.toString());
        assertEquals(2, mixed.exit());
        assertTrue(mixed.err().contains("was measured on machine profile 'intel-xeon-2c-avx512', not 'amd-epyc-2c-avx2'"),
                mixed.err());
        CommandTestSupport.Result label = promote(f("baseline/run-a"), "--profile", "other", "--baseline-root", root.toString());
        assertEquals(2, label.exit());
        CommandTestSupport.Result unsafe = promote(f("no-env"), "--profile", "../x", "--baseline-root", root.toString());
        assertEquals(2, unsafe.exit());
        assertTrue(unsafe.err().contains("is not a safe folder name"), unsafe.err());
    }

    @Test
    void refusesNonRunsAndBadUsage(@TempDir Path root) {
        CommandTestSupport.Result notRun = promote(root.toString(), "--baseline-root", root.resolve("b").toString());
        assertEquals(2, notRun.exit());
        assertTrue(notRun.err().contains("not a run folder (no jmh.json)"), notRun.err());
        CommandTestSupport.Result notJmh = promote(f("not-jmh.json"), "--profile", "p", "--baseline-root", root.toString());
        assertEquals(2, notJmh.exit());
        assertTrue(notJmh.err().contains("not JMH JSON output"), notJmh.err());
        assertEquals(2, promote().exit());
        assertEquals(2, promote(f("baseline/run-a"), "--profile").exit());
        assertEquals(2, promote(f("baseline/run-a"), "--nope").exit());
        assertFalse(Files.exists(root.resolve("p")));
    }
}
