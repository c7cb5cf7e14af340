# Second pass of gen_tall_block.py: accumulator declarations one row per line, and a running input
# row index q (q += w after each input row) instead of p + ii * w, which measured ~6 % faster.
import re,sys
s=sys.stdin.read()
old=[l for l in s.split('\n') if 'FloatVector a00 = FloatVector.zero(S)' in l][0]
V=int(sys.argv[1])
new="            FloatVector a00 = FloatVector.zero(S)"+"".join(f", a0{m} = a00" for m in range(1,V))+";\n"+"\n".join(f"            FloatVector "+", ".join(f"a{r}{m} = a00" for m in range(V))+";" for r in range(1,6))
s=s.replace(old,new).replace("int q = p + 0 * w;","int q = p;").replace("fc[t + 0]","fc[t]").replace("(y + 0) * ow","y * ow")
s=s.replace("                int p = base + j;\n","                int q = base + j; // input row y + ii, column x + j: advanced by w after each row\n")
s=re.sub(r"\n\s*int q = p;\n","\n",s)
s=re.sub(r"\n\s*int q = p \+ \(?[^;]*\* w;\n","\n",s)
lines=s.split('\n'); out=[]
for l in lines:
    out.append(l)
    if l=="                }": out.append("                q += w;")
s='\n'.join(out)
s=re.sub(r"(a5\d = v\d\.fma\(c5, a5\d\);\n)(                \}\n)                q \+= w;\n(                \{ // input row k \+ 0)", r"\1                    q += w;\n\2\3", s)
s=re.sub(r"                q \+= w;\n(            \}\n            int o0)", r"\1", s)
s=s.replace("(k + 0)","k").replace("input row k + 0:","input row k:").replace("TALL_COLS","TALL_COLS")
print(s)
