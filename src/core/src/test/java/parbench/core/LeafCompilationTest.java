package parbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * Vector loops that must be compiled by C2 as a root of their own, never inlined into a caller
 * whose inlining budget they would exhaust (see {@link MonteCarloPiSimd}): they stay larger than
 * C2's FreqInlineSize (325 bytes of bytecode, the default on JDK 17 and 25), the largest callee C2
 * inlines, however hot. A refactoring that shrinks such a loop below that brings the boxed-vector
 * slowdown back in fork/join callers, which no correctness test would notice.
 */
class LeafCompilationTest {

    /** C2's default FreqInlineSize on x86-64 and aarch64, JDK 17 to 25. */
    static final int FREQ_INLINE_SIZE = 325;

    @Test
    void monteCarloVectorLoopIsTooLargeToInline() {
        int size = bytecodeSize(MonteCarloPiSimd.class, "countVectors");
        assertTrue(size > FREQ_INLINE_SIZE, "MonteCarloPiSimd.countVectors is " + size + " bytes of bytecode, must exceed "
                + FREQ_INLINE_SIZE + " so that C2 compiles it on its own in every calling context");
    }

    @Test
    void measuresBytecodeSize() {
        // A method of known size: "return 0L" is lconst_0 + lreturn = 2 bytes.
        assertEquals(2, bytecodeSize(LeafCompilationTest.class, "zero"));
    }

    static long zero() {
        return 0L;
    }

    /** Bytecode length of the (single) method called name, from javap's disassembly. */
    static int bytecodeSize(Class<?> c, String name) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new AssertionError("no javap in this JDK"));
        StringWriter out = new StringWriter();
        String dir = Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        int rc = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-cp", dir, c.getName());
        assertEquals(0, rc, out.toString());
        String text = out.toString();
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\(.*?\\);\\s*\\n\\s*Code:\\n(.*?)(\\n\\s*\\n|\\n})", Pattern.DOTALL)
                .matcher(text);
        assertTrue(m.find(), "no method " + name + " in\n" + text);
        // The last instruction of these methods is a return (1 byte): size = its offset + 1.
        Matcher last = Pattern.compile("(?m)^\\s*(\\d+): (\\w+)").matcher(m.group(1));
        int offset = -1;
        String op = "";
        while (last.find()) {
            offset = Integer.parseInt(last.group(1));
            op = last.group(2);
        }
        assertTrue(op.endsWith("return"), "last instruction of " + name + " is " + op);
        return offset + 1;
    }
}
