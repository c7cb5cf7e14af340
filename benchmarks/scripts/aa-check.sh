#!/usr/bin/env bash
# A/A check of the regression gate (run by hand, not in CI; ~15-25 min on a 2-core machine).
#
# 1. Runs the SAME build AA_RUNS times with a quick profile of a few short benchmarks and compares
#    consecutive runs (AA_RUNS-1 A/A comparisons): any "slower" verdict there is a false alarm.
# 2. Interleaved with those, runs the build with an injected slowdown (10 % and 25 % by default)
#    of one benchmark (-Dparbench.inject.slowdown=Class.method:fraction) SLOW_RUNS times each and
#    compares each against the same-build run just before it: a "slower" verdict for the injected
#    benchmark is a detection.
# 3. Also compares each same-build run against a baseline of the 3 same-build runs before it
#    (compare then measures run-to-run noise and widens the interval by it).
# 4. Prints false alarms out of N and detections out of M for several thresholds, and the
#    largest A/A change per benchmark (what the default --threshold must stay above).
#
# usage: benchmarks/scripts/aa-check.sh [OUT_DIR]          (default target/aa-check-<UTC time>)
# knobs (environment): JAR AA_RUNS SLOW_RUNS INJECT_INTO SLOWDOWNS THRESHOLDS INCLUDE JMH_OPTS
# Re-summarise saved runs without measuring again: SUMMARY_ONLY=1 benchmarks/scripts/aa-check.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR=${JAR:-benchmarks/target/benchmarks.jar}
AA_RUNS=${AA_RUNS:-11}
SLOW_RUNS=${SLOW_RUNS:-3}
INJECT_INTO=${INJECT_INTO:-VectorAddBenchmark.serial}
SLOWDOWNS=${SLOWDOWNS:-"0.10 0.25"}
THRESHOLDS=${THRESHOLDS:-"0.05 0.10 0.15"}
INCLUDE=${INCLUDE:-'(VectorAdd|MonteCarloPi)Benchmark\.(serial|simd)$'}
# Quick profile: 6 forks (the independent samples; 3 were too few on these machines, see README), short iterations.
read -r -a JMH <<< "${JMH_OPTS:--f 6 -wi 2 -i 3 -w 200ms -r 200ms -p n=1048576 -p samples=4194304}"
OUT=${1:-target/aa-check-$(date -u +%Y%m%d-%H%M%S)}

[ -f "$JAR" ] || { echo "aa-check: no $JAR; build it first: mvn -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$OUT"

# One benchmark run into $OUT/<name>/ (jmh.json + environment.json); extra args go to the forks.
bench() {
  local name=$1; shift
  if [ -f "$OUT/$name/jmh.json" ]; then
    echo "aa-check: $name already measured, kept"; return
  fi
  mkdir -p "$OUT/$name"
  echo "aa-check: $(date -u +%H:%M:%S) run $name $*"
  java -jar "$JAR" "$INCLUDE" "${JMH[@]}" --no-report -rf json -rff "$OUT/$name/jmh.tmp.json" "$@" \
    > "$OUT/$name/log.txt" 2>&1 || { echo "aa-check: run $name failed, see $OUT/$name/log.txt" >&2; exit 1; }
  mv "$OUT/$name/jmh.tmp.json" "$OUT/$name/jmh.json"
  [ -f "$OUT/$name/environment.json" ] || true
}

if [ "${SUMMARY_ONLY:-0}" != 1 ]; then
  # Schedule: same-build runs with the injected runs interleaved, so that each injected run has a
  # same-build neighbour measured minutes before it (the machine's load drifts over time).
  read -r -a slow <<< "$SLOWDOWNS"
  k=0
  for i in $(seq 1 "$AA_RUNS"); do
    bench "$(printf 'aa-%02d' "$i")"
    if [ "$k" -lt $(( SLOW_RUNS * ${#slow[@]} )) ] && [ "$i" -lt "$AA_RUNS" ]; then
      f=${slow[$(( k % ${#slow[@]} ))]}
      j=$(( k / ${#slow[@]} + 1 ))
      bench "slow-${f}-${j}-after-$(printf 'aa-%02d' "$i")" -jvmArgsAppend "-Dparbench.inject.slowdown=${INJECT_INTO}:${f}"
      k=$(( k + 1 ))
    fi
  done
fi

# Comparisons (cheap: no measuring): for every threshold, A/A pairs and injected-vs-neighbour.
for t in $THRESHOLDS; do
  mkdir -p "$OUT/compare-$t"
  prev=""
  for d in $(cd "$OUT" && ls -d aa-* | sort); do
    if [ -n "$prev" ]; then
      set +e
      java -jar "$JAR" compare "$OUT/$prev" "$OUT/$d" --threshold "$t" \
        --json "$OUT/compare-$t/aa__${prev}__${d}.json" --markdown "$OUT/compare-$t/aa__${prev}__${d}.md" 2>/dev/null
      rc=$?
      set -e
      [ $rc -le 1 ] || [ $rc -eq 3 ] || { echo "aa-check: compare $prev $d exited $rc" >&2; exit 1; }
    fi
    prev=$d
  done
  # A/A against a 3-run baseline: runs i-3, i-2, i-1 as baseline, run i as current.
  aas=($(cd "$OUT" && ls -d aa-* | sort))
  for ((i = 3; i < ${#aas[@]}; i++)); do
    set +e
    java -jar "$JAR" compare --baseline "$OUT/${aas[i-3]}" --baseline "$OUT/${aas[i-2]}" --baseline "$OUT/${aas[i-1]}" \
      --current "$OUT/${aas[i]}" --threshold "$t" --json "$OUT/compare-$t/aa3__${aas[i]}.json" 2>/dev/null
    rc=$?
    set -e
    [ $rc -le 1 ] || [ $rc -eq 3 ] || { echo "aa-check: compare (3-run baseline) ${aas[i]} exited $rc" >&2; exit 1; }
  done
  for d in $(cd "$OUT" && ls -d slow-* 2>/dev/null | sort); do
    base=${d##*-after-}
    set +e
    java -jar "$JAR" compare "$OUT/$base" "$OUT/$d" --threshold "$t" \
      --json "$OUT/compare-$t/inj__${d}.json" --markdown "$OUT/compare-$t/inj__${d}.md" 2>/dev/null
    rc=$?
    set -e
    [ $rc -le 1 ] || [ $rc -eq 3 ] || { echo "aa-check: compare $base $d exited $rc" >&2; exit 1; }
    # The same injected run against the 3 same-build runs up to its neighbour, where they exist.
    k=$((10#${base#aa-}))
    if [ "$k" -ge 3 ]; then
      set +e
      java -jar "$JAR" compare --baseline "$OUT/$(printf 'aa-%02d' $((k - 2)))" --baseline "$OUT/$(printf 'aa-%02d' $((k - 1)))" \
        --baseline "$OUT/$base" --current "$OUT/$d" --threshold "$t" --json "$OUT/compare-$t/inj3__${d}.json" 2>/dev/null
      rc=$?
      set -e
      [ $rc -le 1 ] || [ $rc -eq 3 ] || { echo "aa-check: compare (3-run baseline) $d exited $rc" >&2; exit 1; }
    fi
  done
done

python3 - "$OUT" "$INJECT_INTO" $THRESHOLDS <<'PY'
import glob, json, math, os, sys
out, inject, thresholds = sys.argv[1], sys.argv[2], sys.argv[3:]
def name(c):
    p = ",".join(f"{k}={v}" for k, v in sorted(c["params"].items()))
    return c["benchmark"].split(".", 2)[-1] + (f" [{p}]" if p else "")
print(f"\nA/A check in {out}: injected benchmark {inject}")
worst = {}
for t in thresholds:
    aa = sorted(glob.glob(os.path.join(out, f"compare-{t}", "aa__*.json")))
    inj = sorted(glob.glob(os.path.join(out, f"compare-{t}", "inj__*.json")))
    alarms = tests = faster = 0
    for f in aa:
        r = json.load(open(f))
        alarms += 1 if r["regression"] else 0
        for c in r["comparisons"]:
            tests += 1
            faster += c["verdict"] == "faster"
            if c["ratio"] is not None:
                worst[name(c)] = max(worst.get(name(c), 0), abs(math.log(c["ratio"])))
    print(f"\nthreshold {float(t):.0%}:")
    print(f"  A/A, 1-run baseline: false alarms (exit 1) in {alarms} of {len(aa)} comparisons; "
          f"'faster' claims in {faster} of {tests} benchmark tests")
    aa3 = sorted(glob.glob(os.path.join(out, f"compare-{t}", "aa3__*.json")))
    a3 = sum(1 for f in aa3 if json.load(open(f))["regression"])
    inc3 = sum(c["verdict"] == "inconclusive" for f in aa3 for c in json.load(open(f))["comparisons"])
    n3 = sum(len(json.load(open(f))["comparisons"]) for f in aa3)
    print(f"  A/A, 3-run baseline: false alarms (exit 1) in {a3} of {len(aa3)} comparisons; "
          f"inconclusive {inc3} of {n3} benchmark tests")
    for kind, files in (("1-run baseline", inj), ("3-run baseline", sorted(glob.glob(os.path.join(out, f"compare-{t}", "inj3__*.json"))))):
        by = {}
        for f in files:
            r = json.load(open(f))
            frac = os.path.basename(f).split("-")[1]
            hit = [c for c in r["comparisons"] if c["benchmark"].endswith("." + inject)]
            det = bool(hit) and hit[0]["verdict"] == "slower"
            ratio = hit[0]["ratio"] if hit else None
            others = sum(1 for c in r["comparisons"] if c["verdict"] == "slower" and not c["benchmark"].endswith("." + inject))
            d = by.setdefault(frac, [0, 0, [], 0])
            d[0] += det; d[1] += 1; d[2].append(ratio); d[3] += others
        for frac, (det, m, ratios, others) in sorted(by.items()):
            rs = ", ".join("n/a" if x is None else f"{x:.3f}" for x in ratios)
            print(f"  injected {float(frac):.0%}, {kind}: detected in {det} of {m} (measured ratios {rs}); "
                  f"other benchmarks flagged slower: {others}")
print("\nlargest A/A change per benchmark (|ratio - 1| over all same-build pairs):")
for k, v in sorted(worst.items()):
    print(f"  {k:55s} {math.exp(v) - 1:6.1%}")
PY
