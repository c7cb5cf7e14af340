package parbench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionScannerTest {

    private static OptionScanner scanner() {
        return new OptionScanner().flag("--force").value("--profile").alias("-o", "--output").value("--output");
    }

    private static List<String> scan(OptionScanner s, String... args) throws UsageException {
        List<String> seen = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        s.scan(args, positional, (name, value) -> seen.add(name + "=" + value));
        seen.add("positional" + positional);
        return seen;
    }

    @Test
    void readsFlagsValuesBothSpellingsAliasesAndPositional() throws UsageException {
        assertEquals(List.of("--force=null", "--profile=a", "--profile=b=c", "--output=dir", "--help=null", "positional[x, y]"),
                scan(scanner(), "x", "--force", "--profile", "a", "--profile=b=c", "y", "-o", "dir", "-h"));
    }

    @Test
    void unknownOptionsAndMissingValuesAreUsageErrors() {
        assertEquals("unknown option --frob", assertThrows(UsageException.class, () -> scan(scanner(), "--frob")).getMessage());
        assertEquals("unknown option '-x'", assertThrows(UsageException.class,
                () -> scan(scanner().unknown(n -> "unknown option '" + n + "'"), "-x")).getMessage());
        assertEquals("--profile needs a value", assertThrows(UsageException.class, () -> scan(scanner(), "--profile")).getMessage());
        assertEquals("-o needs a folder", assertThrows(UsageException.class,
                () -> scan(scanner().valueOr("--output", "-o needs a folder"), "-o")).getMessage());
        assertEquals("unknown option --x (see --help)", assertThrows(UsageException.class,
                () -> OptionScanner.scan(new String[] {"--x"}, Set.of(), Set.of(), false, " (see --help)", new ArrayList<>(),
                        (n, v) -> { })).getMessage());
    }

    @Test
    void stopsAtDashDashAndReturnsTheRest() throws UsageException {
        String[] args = {"a", "--force", "--", "--frob", "-f", "1"};
        List<String> positional = new ArrayList<>();
        int rest = scanner().stopAtDashDash().scan(args, positional, (n, v) -> { });
        assertEquals(3, rest);
        assertEquals(List.of("a"), positional);
        assertEquals(1, scanner().scan(new String[] {"a"}, positional, (n, v) -> { }));
    }

    @Test
    void passUnknownLeavesOtherOptionsAndHelpInOrderForAnotherParser() throws UsageException {
        assertEquals(List.of("--force=null", "--profile=p", "positional[-f, 1, -h, --jmh=x, -p, a=b]"),
                scan(scanner().passUnknown(), "-f", "1", "--force", "-h", "--jmh=x", "--profile=p", "-p", "a=b"));
    }

    @Test
    void cliPrintsOneLineAndExitsTwo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.USAGE, Cli.run(err, "promote", "usage error: ", "usage: promote RUN",
                () -> {
                    throw new UsageException("no RUN_DIR given");
                }));
        assertEquals("promote: usage error: no RUN_DIR given\nusage: promote RUN\n", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCodes.UNDECIDED, Cli.run(err, "x", "", null, () -> ExitCodes.UNDECIDED));
        bytes.reset();
        assertEquals(2, Cli.fail(err, "probe", "unknown option '-x'"));
        assertEquals("probe: unknown option '-x'\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
