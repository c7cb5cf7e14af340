#!/usr/bin/env bash
# Do the report's 95 % intervals mean what they say? Runs the same build RUNS times (default 10)
# on a small selection with the harness's default forks and iterations, then counts, per
# benchmark, in how many runs the report's interval (results.csv: mean ± ci95_half, built over
# fork means) contains the mean of all runs' means. About 95 % is right; the pooled-iteration
# intervals of the old report covered it in 3–5 of 11 runs (issue 10, item 8).
# Usage: benchmarks/scripts/coverage-check.sh [JAR] [RUNS] [OUT_DIR]   (~1 min per run on 2 idle cores)
set -euo pipefail
JAR=${1:-benchmarks/target/benchmarks.jar}
RUNS=${2:-10}
OUT=${3:-results/coverage/$(date -u +%Y%m%d-%H%M%S)}
[ -f "$JAR" ] || { echo "error: no jar at $JAR (build it with mvn -B -ntp -q package -DskipTests)" >&2; exit 2; }
[[ "$RUNS" =~ ^[0-9]+$ ]] && [ "$RUNS" -ge 3 ] || { echo "error: RUNS must be a whole number >= 3, got '$RUNS'" >&2; exit 2; }
mkdir -p "$OUT"
SEL=('MonteCarloPiBenchmark\.(serial|simd)$|VectorAddBenchmark\.(serial|simd)$' -p n=1048576 -p samples=4194304)
for i in $(seq 1 "$RUNS"); do
  echo "# coverage-check: run $i of $RUNS ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1 /proc/loadavg))"
  mkdir -p "$OUT/run-$i"
  java -jar "$JAR" "${SEL[@]}" --no-calibration -rff "$OUT/run-$i/jmh.json" > "$OUT/run-$i.log" 2>&1 \
    || { tail -5 "$OUT/run-$i.log"; echo "error: run $i failed (log: $OUT/run-$i.log)" >&2; exit 1; }
  java -jar "$JAR" report "$OUT/run-$i/jmh.json" -o "$OUT/report-$i" --no-charts > /dev/null
done
python3 - "$OUT" "$RUNS" <<'PY' | tee "$OUT/coverage.md"
import csv, sys, statistics, collections
out, runs = sys.argv[1], int(sys.argv[2])
rows = collections.defaultdict(list)
for i in range(1, runs + 1):
    for r in csv.DictReader(open(f"{out}/report-{i}/results.csv")):
        key = f"{r['benchmark']}.{r['method']} {r['params']}".strip()
        half = float(r["ci95_half"]) if r["ci95_half"] else float("nan")
        rows[key].append((float(r["mean"]), half, r.get("forks", "")))
print(f"| benchmark | runs | many-run mean | run means: spread (max/min) | median half-width | intervals containing the many-run mean |")
print("|---|---|---|---|---|---|")
total = covered = 0
for key, vals in sorted(rows.items()):
    grand = statistics.mean(m for m, _, _ in vals)
    inside = sum(1 for m, h, _ in vals if h == h and abs(m - grand) <= h)
    total += len(vals); covered += inside
    means = [m for m, _, _ in vals]
    halves = [h / m * 100 for m, h, _ in vals if h == h]
    print(f"| {key} | {len(vals)} | {grand:.4g} | {max(means) / min(means):.3f} | "
          f"{statistics.median(halves):.1f} % | **{inside} of {len(vals)}** |")
print(f"\nAll benchmarks: {covered} of {total} intervals contain the many-run mean ({100 * covered / total:.0f} %).")
PY
