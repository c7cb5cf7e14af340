#!/usr/bin/env bash
# Runs Interleave.java in JVMS fresh JVMs, alone on the machine; prints sd(log speedup) per design.
set -euo pipefail
jar=${1:?benchmarks.jar}; jvms=${2:-5}; out=${3:-/tmp/interleave.txt}
: > "$out"
for j in $(seq 1 "$jvms"); do
  flock /tmp/cpu.lock java --add-modules jdk.incubator.vector -XX:+UseParallelGC -Xms2g -Xmx2g -cp "$jar" \
    "$(dirname "$0")/Interleave.java" 8 0.3 2>/dev/null | sed "s/^/$j /" >> "$out"
done
python3 - "$out" <<'PY'
import sys, statistics as st, collections, math
d = collections.defaultdict(list)
per_jvm = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    j, design, w, v = line.split()
    d[(w, design)].append(float(v)); per_jvm[(w, design)][j].append(float(v))
print("| workload | design | repetitions | mean speedup | sd(log S) per repetition | sd of the JVM means |")
print("|---|---|---:|---:|---:|---:|")
for (w, design), v in sorted(d.items()):
    jm = [st.mean(x) for x in per_jvm[(w, design)].values()]
    print(f"| {w} | {design} | {len(v)} | {math.exp(st.mean(v)):.3f} | {st.stdev(v):.4f} | {st.stdev(jm) if len(jm) > 1 else float('nan'):.4f} |")
PY
