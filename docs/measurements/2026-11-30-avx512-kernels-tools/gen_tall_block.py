# Writes Conv2dSimd.tallRows for R output rows x V vectors (the committed one is 6 x 2):
#   python3 gen_tall_block.py 6 2 | python3 gen_tall_block_post.py 2
# (the shape sweep of the measurement log pasted the output of other R, V into a copy of the class).
import sys
R, V = int(sys.argv[1]), int(sys.argv[2])
s = []
def acc(r, m): return f"a{r}{m}"
s.append("    /**")
s.append(f"     * Output rows y .. y + {R - 1}, all columns, in blocks of {R} rows × {V} vectors, the last block shifted")
s.append("     * back to end exactly at the edge. For each filter column j the input rows y + ii (ii = 0 .. k + 4)")
s.append("     * are loaded once and each feeds every output row y + r it belongs to (tap row i = ii - r): the")
s.append("     * first and last five input rows reach fewer output rows, so they are written out (the unrolled")
s.append("     * steps before and after the loop; k >= 5 keeps every tap index in range). Per pixel the taps still")
s.append("     * come in column-major order, as in {@link #block}.")
s.append("     */")
s.append("    private static void tallRows(float[] img, int w, float[] fc, int k, float[] out, int ow, int y) {")
s.append("        int last = ow - TALL_COLS;")
s.append("        for (int x0 = 0; ; x0 += TALL_COLS) {")
s.append("            int x = Math.min(x0, last);")
s.append("            FloatVector " + ", ".join(f"{acc(r,m)} = FloatVector.zero(S)" if (r,m)==(0,0) else f"{acc(r,m)} = a00" for r in range(R) for m in range(V)) + ";")
s.append("            int base = y * w + x;")
s.append("            for (int j = 0; j < k; j++) {")
s.append("                int p = base + j;")
s.append("                int t = j * k;")
def step(ii, rows, ind, comment):
    o = []
    o.append(ind + f"{{ // {comment}")
    o.append(ind + f"    int q = p + {ii} * w;")
    for r in rows: o.append(ind + f"    FloatVector c{r} = FloatVector.broadcast(S, fc[t + {ii}" + (f" - {r}" if r else "") + "]);")
    for m in range(V):
        o.append(ind + f"    FloatVector v{m} = FloatVector.fromArray(S, img, q" + (" + L" if m == 1 else (f" + {m} * L" if m else "")) + ");")
        for r in rows: o.append(ind + f"    {acc(r,m)} = v{m}.fma(c{r}, {acc(r,m)});")
    o.append(ind + "}")
    return o
ind = "                "
for ii in range(R - 1): s += step(str(ii), list(range(ii + 1)), ind, f"input row {ii}: output rows 0.." + str(ii))
s.append(ind + f"for (int ii = {R - 1}; ii < k; ii++) {{ // input rows {R-1} .. k - 1: all {R} output rows")
s += [l for l in step("ii", list(range(R)), ind, "")[1:-1]]
s.append(ind + "}")
for e in range(R - 1): s += step(f"(k + {e})" if e else "k", list(range(e + 1, R)), ind, f"input row k + {e}: output rows {e+1}..{R-1}")
s.append("            }")
for r in range(R):
    s.append(f"            int o{r} = (y + {r}) * ow + x;")
    for m in range(V): s.append(f"            {acc(r,m)}.intoArray(out, o{r}" + (" + L" if m == 1 else (f" + {m} * L" if m else "")) + ");")
s.append("            if (x == last) {")
s.append("                return;")
s.append("            }")
s.append("        }")
s.append("    }")
print("\n".join(s))
