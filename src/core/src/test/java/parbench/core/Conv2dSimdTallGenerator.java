package parbench.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code src/main/java/parbench/core/Conv2dSimdTall.java}, the unrolled tall block of
 * {@link Conv2dSimd}: ROWS output rows × VECTORS vectors of accumulators, with the first and last
 * ROWS - 1 input rows of each filter column written out. Plain JDK, no dependencies, so it runs
 * as a single source file from the repository root:
 * <pre>java src/core/src/test/java/parbench/core/Conv2dSimdTallGenerator.java src/core/src/main/java/parbench/core/Conv2dSimdTall.java</pre>
 * (without an argument it prints the file). {@code Conv2dSimdTallGeneratedTest} fails while the
 * committed file differs from this output. It replaces the Python pair of the 2026-11-30 AVX-512
 * sitting ({@code docs/measurements/2026-11-30-avx512-kernels-tools/gen_tall_block*.py}), whose
 * 6 × 2 output it reproduces line for line; for a shape sweep change ROWS and VECTORS here.
 */
public final class Conv2dSimdTallGenerator {

    /** Output rows per tall block; Conv2dSimd.TALL_ROWS reads it from the generated class. */
    static final int ROWS = 6;
    /** Accumulator vectors per output row. */
    static final int VECTORS = 2;

    static final String TARGET = "src/main/java/parbench/core/Conv2dSimdTall.java";

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven"};
    private static final String I16 = "                ";

    private final StringBuilder s = new StringBuilder();

    private Conv2dSimdTallGenerator() {
    }

    public static void main(String[] args) throws IOException {
        String text = generate();
        if (args.length == 0) {
            System.out.print(text);
        } else {
            Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
        }
    }

    /** The whole generated file. */
    static String generate() {
        Conv2dSimdTallGenerator g = new Conv2dSimdTallGenerator();
        g.file();
        return g.s.toString();
    }

    private void line(String text) {
        s.append(text).append('\n');
    }

    private static String acc(int r, int m) {
        return "a" + r + m;
    }

    /** Offset of vector m from the row's start: q, q + L, q + 2 * L, ... */
    private static String plusVector(String base, int m) {
        return m == 0 ? base : m == 1 ? base + " + L" : base + " + " + m + " * L";
    }

    private void file() {
        int last = ROWS - 1;
        line("// GENERATED FILE - do not edit by hand. Written by Conv2dSimdTallGenerator");
        line("// (src/core/src/test/java/parbench/core/Conv2dSimdTallGenerator.java) for " + ROWS + " output rows x "
                + VECTORS + " vectors.");
        line("// To change it, change the generator and regenerate from the repository root:");
        line("//   java src/core/src/test/java/parbench/core/Conv2dSimdTallGenerator.java " + "src/core/" + TARGET);
        line("// Conv2dSimdTallGeneratedTest fails while this file differs from the generator's output.");
        line("package parbench.core;");
        line("");
        line("import static parbench.core.Conv2dSimd.L;");
        line("import static parbench.core.Conv2dSimd.S;");
        line("import static parbench.core.Conv2dSimd.TALL_COLS;");
        line("");
        line("import jdk.incubator.vector.FloatVector;");
        line("");
        line("/** The tall block of {@link Conv2dSimd}, unrolled by a generator (see the top of this file). */");
        line("final class Conv2dSimdTall {");
        line("");
        line("    /** Output rows per tall block. */");
        line("    static final int ROWS = " + ROWS + ";");
        line("    /** Accumulator vectors per output row of a tall block. */");
        line("    static final int VECTORS = " + VECTORS + ";");
        line("");
        line("    private Conv2dSimdTall() {");
        line("    }");
        line("");
        line("    /**");
        line("     * Output rows y .. y + " + last + ", all columns, in blocks of " + ROWS + " rows × " + VECTORS
                + " vectors, the last block shifted");
        line("     * back to end exactly at the edge. For each filter column j the input rows y + ii (ii = 0 .. k + "
                + (ROWS - 2) + ")");
        line("     * are loaded once and each feeds every output row y + r it belongs to (tap row i = ii - r): the");
        line("     * first and last " + WORDS[last] + " input rows reach fewer output rows, so they are written out (the unrolled");
        line("     * steps before and after the loop; k >= " + last + " keeps every tap index in range). Per pixel the taps still");
        line("     * come in column-major order, as in {@link Conv2dSimd#block}.");
        line("     */");
        line("    static void tallRows(float[] img, int w, float[] fc, int k, float[] out, int ow, int y) {");
        line("        int last = ow - TALL_COLS;");
        line("        for (int x0 = 0; ; x0 += TALL_COLS) {");
        line("            int x = Math.min(x0, last);");
        for (int r = 0; r < ROWS; r++) {
            StringBuilder d = new StringBuilder("            FloatVector ");
            for (int m = 0; m < VECTORS; m++) {
                d.append(m == 0 ? "" : ", ").append(acc(r, m))
                        .append(r == 0 && m == 0 ? " = FloatVector.zero(S)" : " = a00");
            }
            line(d.append(';').toString());
        }
        line("            int base = y * w + x;");
        line("            for (int j = 0; j < k; j++) {");
        line("                int q = base + j; // input row y + ii, column x + j: advanced by w after each row");
        line("                int t = j * k;");
        for (int ii = 0; ii < last; ii++) {
            block("input row " + ii + ": output rows 0.." + ii, ii == 0 ? "t" : "t + " + ii, 0, ii);
            line(I16 + "q += w;");
        }
        line(I16 + "for (int ii = " + last + "; ii < k; ii++) { // input rows " + last + " .. k - 1: all " + ROWS
                + " output rows");
        steps(I16 + "    ", "t + ii", 0, last);
        line(I16 + "    q += w;");
        line(I16 + "}");
        for (int e = 0; e < last; e++) {
            String row = e == 0 ? "k" : "(k + " + e + ")";
            block("input row " + (e == 0 ? "k" : "k + " + e) + ": output rows " + (e + 1) + ".." + last,
                    "t + " + row, e + 1, last);
            if (e < last - 1) {
                line(I16 + "q += w;");
            }
        }
        line("            }");
        for (int r = 0; r < ROWS; r++) {
            line("            int o" + r + " = " + (r == 0 ? "y" : "(y + " + r + ")") + " * ow + x;");
            for (int m = 0; m < VECTORS; m++) {
                line("            " + acc(r, m) + ".intoArray(out, " + plusVector("o" + r, m) + ");");
            }
        }
        line("            if (x == last) {");
        line("                return;");
        line("            }");
        line("        }");
        line("    }");
        line("}");
    }

    /** One written-out input row in braces: it feeds output rows r0 .. r1. */
    private void block(String comment, String tap, int r0, int r1) {
        line(I16 + "{ // " + comment);
        steps(I16 + "    ", tap, r0, r1);
        line(I16 + "}");
    }

    /** Broadcasts of taps tap - r for output rows r0 .. r1, then per vector one load and its FMAs. */
    private void steps(String ind, String tap, int r0, int r1) {
        for (int r = r0; r <= r1; r++) {
            line(ind + "FloatVector c" + r + " = FloatVector.broadcast(S, fc[" + tap + (r == 0 ? "" : " - " + r) + "]);");
        }
        for (int m = 0; m < VECTORS; m++) {
            line(ind + "FloatVector v" + m + " = FloatVector.fromArray(S, img, " + plusVector("q", m) + ");");
            for (int r = r0; r <= r1; r++) {
                line(ind + acc(r, m) + " = v" + m + ".fma(c" + r + ", " + acc(r, m) + ");");
            }
        }
    }
}
