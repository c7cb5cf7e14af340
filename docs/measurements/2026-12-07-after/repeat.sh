#!/usr/bin/env bash
# Coverage of the paired speedups' intervals: the paired phase run N times, one after the other,
# on copies of one run folder (same build, same pairs); prints each run's speedups and how many
# runs' 95 % intervals hold the mean of all runs.
#   repeat.sh JAR RUN_DIR N OUT_DIR
set -euo pipefail
jar=$1; run=$2; n=$3; out=$4
mkdir -p "$out"
for i in $(seq "$n"); do
  d="$out/run$i"; rm -rf "$d"; mkdir -p "$d"
  cp "$run/jmh.json" "$run/environment.json" "$d/"
  start=$(date +%s)
  java -jar "$jar" speedups "$d" > "$d/log.txt" 2>&1
  echo "run $i: $(( $(date +%s) - start )) s" >&2
done
python3 - "$out" "$n" <<'PY'
import json, math, statistics, sys, collections
out, n = sys.argv[1], int(sys.argv[2])
by = collections.defaultdict(list)
for i in range(1, n + 1):
    d = json.load(open(f"{out}/run{i}/speedups.json"))
    for e in d["speedups"]:
        key = e["benchmark"].split(".")[-2] + "." + e["benchmark"].split(".")[-1] + " t=" + e["params"]["threads"]
        by[key].append((e["speedup"], e["low"], e["high"], len(e["logSpeedups"])))
print("pair | runs | mean of the runs' speedups | sd between runs (log) | mean half-width | mean JVMs | runs whose interval holds the mean")
for k, v in by.items():
    m = math.exp(statistics.mean(math.log(s) for s, _, _, _ in v))
    sd = statistics.stdev(math.log(s) for s, _, _, _ in v)
    half = statistics.mean((h - l) / 2 / s for s, l, h, _ in v)
    held = sum(1 for s, l, h, _ in v if l <= m <= h)
    print(f"{k} | {len(v)} | {m:.3f} | {sd:.4f} | {100*half:.1f} % | {statistics.mean(j for *_, j in v):.1f} | {held}/{len(v)}")
    print("   " + ", ".join(f"{s:.3f} [{l:.3f}, {h:.3f}] ({j})" for s, l, h, j in v))
PY
