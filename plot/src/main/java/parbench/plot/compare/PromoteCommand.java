package parbench.plot.compare;

import parbench.plot.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import parbench.core.cli.Cli;
import parbench.core.cli.ExitCodes;
import parbench.core.cli.OptionScanner;
import parbench.core.cli.UsageException;

/**
 * {@code promote RUN_DIR... [--profile P] [--force] [--baseline-root DIR]}: makes runs the
 * baseline of their machine profile, {@code <root>/<profile>/<run id>/{jmh.json,environment.json}}.
 * Several runs promoted together form one baseline from which compare measures run-to-run noise.
 * An existing baseline is only replaced with {@code --force}. Exit 0 done, 2 bad input/usage.
 */
public final class PromoteCommand {

    static final String USAGE = String.join("\n",
            "usage: promote RUN_DIR [RUN_DIR ...] [--profile P] [--force] [--baseline-root DIR]",
            "",
            "Copies each run's jmh.json and environment.json to BASELINE_ROOT/<profile>/<run id>/.",
            "  --profile P          machine profile (default: machineProfile from the runs' environment.json)",
            "  --force              replace an existing baseline of that profile",
            "  --baseline-root DIR  default results/baseline",
            "exit codes: 0 promoted, 2 bad input or usage (nothing changed)");

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private PromoteCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> runs = new ArrayList<>();
        String[] profile = {null};
        boolean[] force = {false};
        boolean[] help = {false};
        Path[] root = {Path.of("results", "baseline")};
        try {
            List<String> positional = new ArrayList<>();
            new OptionScanner().flag("--force").value("--profile", "--baseline-root").scan(args, positional, (name, value) -> {
                switch (name) {
                    case "--help" -> help[0] = true;
                    case "--force" -> force[0] = true;
                    case "--profile" -> profile[0] = value;
                    default -> root[0] = Path.of(value);
                }
            });
            if (help[0]) {
                out.println(USAGE);
                return ExitCodes.OK;
            }
            positional.forEach(p -> runs.add(Path.of(p)));
            if (runs.isEmpty()) {
                throw new CompareException("no RUN_DIR given");
            }
        } catch (UsageException e) {
            return Cli.fail(err, "promote", "usage error: " + e.getMessage(), USAGE);
        }
        try {
            Path target = promote(runs, profile[0], force[0], root[0]);
            out.println("promote: " + runs.size() + " run(s) are now the baseline at " + target);
            return ExitCodes.OK;
        } catch (CompareException e) {
            return Cli.fail(err, "promote", "error: " + e.getMessage());
        }
    }

    /** Validates every run first, then swaps the new baseline folder in; returns it. */
    static Path promote(List<Path> runDirs, String profileOption, boolean force, Path root) throws CompareException {
        List<Run> runs = new ArrayList<>();
        for (Path dir : runDirs) {
            Path jmh = Files.isDirectory(dir) ? dir.resolve(RunLoader.JMH_JSON) : dir;
            if (!Files.isRegularFile(jmh)) {
                throw new CompareException(dir + ": not a run folder (no " + RunLoader.JMH_JSON + ")");
            }
            runs.addAll(RunLoader.load(jmh)); // parses it: refuses non-JMH and empty files
        }
        String profile = profileOption;
        for (Run r : runs) {
            String p = r.machineProfile();
            if (p == null) {
                continue;
            }
            if (profile == null) {
                profile = p;
            } else if (!profile.equals(p)) {
                throw new CompareException(r.source() + " was measured on machine profile '" + p + "', not '" + profile
                        + "'; a baseline holds runs of one profile only");
            }
        }
        if (profile == null) {
            throw new CompareException("no machine profile: no environment.json with machineProfile beside "
                    + runs.get(0).source() + "; pass --profile P");
        }
        if (!SAFE_NAME.matcher(profile).matches()) {
            throw new CompareException("machine profile '" + profile
                    + "' is not a safe folder name (letters, digits, '.', '_', '-')");
        }
        Path target = root.resolve(profile);
        if (Files.exists(target) && !force) {
            throw new CompareException("a baseline for profile '" + profile + "' already exists at " + target
                    + "; pass --force to replace it");
        }
        Path staging = null;
        try {
            Files.createDirectories(root);
            staging = Files.createTempDirectory(root, "." + profile + ".new-");
            Set<String> names = new HashSet<>();
            for (Run r : runs) {
                String name = r.label().endsWith(".json") ? r.label().substring(0, r.label().length() - 5) : r.label();
                name = SAFE_NAME.matcher(name).matches() ? name : "run";
                String unique = name;
                for (int k = 2; !names.add(unique); k++) {
                    unique = name + "-" + k;
                }
                Path dest = Files.createDirectory(staging.resolve(unique));
                Files.copy(r.source(), dest.resolve(RunLoader.JMH_JSON));
                Path env = r.source().toAbsolutePath().getParent().resolve(RunLoader.ENVIRONMENT_JSON);
                if (Files.isRegularFile(env)) {
                    Files.copy(env, dest.resolve(RunLoader.ENVIRONMENT_JSON));
                }
            }
            Path old = null;
            if (Files.exists(target)) {
                old = root.resolve("." + profile + ".old-" + System.nanoTime());
                AtomicFiles.move(target, old);
            }
            AtomicFiles.move(staging, target);
            staging = null;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new CompareException("cannot write the baseline under " + root + ": " + e);
        } finally {
            if (staging != null) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // Best effort: a leftover hidden staging folder does not affect the baseline.
                }
            }
        }
        return target;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
