#!/usr/bin/env bash
# Power of the two regression gates on this machine: false alarms of A/A jobs and detections of
# injected slowdowns, for `ab` (interleaved fork pairs of two jars) and for the committed-baseline
# `compare` (a current run against a baseline recorded earlier), with the same fork budget per job.
#
#   benchmarks/scripts/gate-power.sh JAR OUT_DIR [ROUNDS]
#
# One round = one job of each condition for each gate, in a shuffled order: A/A (head = the same
# jar, nothing injected) and head with MonteCarloPiBenchmark.serial slowed by 5, 10 and 25 %
# (-Dparbench.inject.slowdown, see InjectedSlowdown.java). Rounds go on until ROUNDS (default 20)
# or until the file OUT_DIR/stop exists; every job appends one line to OUT_DIR/trials.csv at once,
# so an interrupted measurement keeps what it finished. Summarise with:
#   benchmarks/scripts/gate-power.sh --summary OUT_DIR
# A detection is: the gate exits 1 AND names MonteCarloPiBenchmark.serial as slower. A false alarm
# is any benchmark reported slower in an A/A job (or VectorAddBenchmark.serial, never slowed, in an
# injected job: column other_slower).
#
# INJECT_ROUNDS=K (default ROUNDS): rounds after K run only the A/A jobs, so 20 rounds with K=10 give
# 20 A/A and 10 of each injection per gate in 100 jobs instead of 160. CPU_LOCK=FILE runs every job
# (and the baseline runs) under `flock FILE`, so other work on a shared machine that takes the same
# lock never overlaps a job.
# DUET=1 runs ab with --duet (both forks of a pair at once, cores swapped every 50 ms; the selection
# is single-threaded, as --duet requires).
# AB_DEFAULTS=1 runs ab as a user would, with its defaults: no -f (pairs added until decided, up to
# its budget) and no --duet (single-threaded benchmarks become duets by themselves); GATES=ab leaves
# compare out; CONDS lists the conditions (default "aa 0.05 0.10 0.25"); a condition "t2-F" slows
# the 2-thread MonteCarloPiBenchmark.forkjoin (threads=2) by F in a job of that benchmark alone.
# Budget per job, both gates: PAIRS x 2 forks per benchmark. ab runs PAIRS base+head fork pairs;
# compare runs one current run of 2 x PAIRS forks against a baseline of 3 runs x PAIRS forks
# recorded once at the start (like a committed baseline: older, same machine).
set -euo pipefail

summary() {
  python3 - "$1/trials.csv" <<'EOF'
import csv, sys, collections
rows = list(csv.DictReader(open(sys.argv[1])))
by = collections.defaultdict(list)
for r in rows:
    by[(r["gate"], r["condition"])].append(r)
import statistics
print("| gate | condition | jobs | MonteCarloPi.serial flagged slower | other benchmark flagged slower | undecided (exit 3) | failed (exit 2/4) | median ratio (range) | median job s |")
print("|---|---|---:|---:|---:|---:|---:|---|---:|")
for (g, c) in sorted(by):
    rs = by[(g, c)]
    hit = sum(r["target_slower"] == "1" for r in rs)
    other = sum(r["other_slower"] == "1" for r in rs)
    undecided = sum(r["exit"] == "3" for r in rs)
    bad = sum(r["exit"] in ("2", "4") for r in rs)
    ratios = sorted(float(r["target_ratio"]) for r in rs if r["target_ratio"] != "nan")
    rr = f"{statistics.median(ratios):.3f} ({ratios[0]:.2f}-{ratios[-1]:.2f})" if ratios else "-"
    secs = statistics.median(int(r["seconds"]) for r in rs)
    print(f"| {g} | {c} | {len(rs)} | {hit} | {other} | {undecided} | {bad} | {rr} | {secs:.0f} |")
EOF
}
if [ "${1:-}" = "--summary" ]; then summary "${2:?usage: gate-power.sh --summary OUT_DIR}"; exit 0; fi

JAR=${1:?usage: gate-power.sh JAR OUT_DIR [ROUNDS]}
OUT=${2:?usage: gate-power.sh JAR OUT_DIR [ROUNDS]}
ROUNDS=${3:-20}
INJECT_ROUNDS=${INJECT_ROUNDS:-$ROUNDS}
LOCKED=()
[ -n "${CPU_LOCK:-}" ] && LOCKED=(flock "$CPU_LOCK")
PAIRS=${PAIRS:-5}
AB_MODE=()
[ "${DUET:-0}" = 1 ] && AB_MODE=(--duet)
TARGET=MonteCarloPiBenchmark.serial
# Small sizes: the point is the gates' statistics, not the kernels. Three 200 ms warmups: with -wi 1
# -w 100ms the forks were still JIT-compiling (iterations fell 40 -> 5 ms) on the loaded machine.
SEL=('MonteCarloPiBenchmark\.serial$' 'VectorAddBenchmark\.serial$')
JMH=(-wi 3 -w 200ms -i 5 -r 100ms -p samples=1000003 -p n=262144)
SEL_T2=('MonteCarloPiBenchmark\.forkjoin$')
JMH_T2=(-wi 3 -w 200ms -i 5 -r 100ms -p samples=1000003 -p threads=2)
TARGET_T2=MonteCarloPiBenchmark.forkjoin
GATES=${GATES:-"ab compare"}
AB_FORKS=(-f "$PAIRS")
[ "${AB_DEFAULTS:-0}" = 1 ] && AB_FORKS=()
mkdir -p "$OUT"
JAR=$(realpath "$JAR")
[ -f "$OUT/trials.csv" ] || echo "round,gate,condition,exit,target_slower,other_slower,target_ratio,seconds,start" > "$OUT/trials.csv"

# verdicts.json -> "target_slower other_slower target_ratio"
verdict() {
  python3 - "$1" "$TARGET" <<'EOF'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except Exception:
    print("0 0 nan"); sys.exit()
t = o = 0; ratio = "nan"
for c in d["comparisons"]:
    name = ".".join(c["benchmark"].split(".")[-2:])
    if name == sys.argv[2]:
        ratio = c["ratio"]
        t = int(c["verdict"] == "slower")
    elif c["verdict"] == "slower":
        o = 1
print(t, o, ratio)
EOF
}

record() { # round gate condition exit json start seconds target
  read -r t o r < <(TARGET=$8 verdict "$5")
  echo "$1,$2,$3,$4,$t,$o,$r,$7,$6" >> "$OUT/trials.csv"
  echo "gate-power: round $1 $2 $3 -> exit $4, target slower $t, other slower $o, ratio $r (${7}s)"
}

inject_arg() {
  [ "$1" = aa ] && return 0
  case "$1" in t2-*) echo "-Dparbench.inject.slowdown=$TARGET_T2:${1#t2-}" ;; *) echo "-Dparbench.inject.slowdown=$TARGET:$1" ;; esac
}

# The compare gate's baseline: 3 runs recorded before any job.
if [[ " $GATES " == *" compare "* ]] && [ ! -f "$OUT/baseline/run3/jmh.json" ]; then
  for i in 1 2 3; do
    echo "gate-power: recording compare baseline run $i of 3"
    "${LOCKED[@]}" java -jar "$JAR" "${SEL[@]}" "${JMH[@]}" -f "$PAIRS" --no-report -rf json -rff "$OUT/baseline/run$i/jmh.json" > "$OUT/baseline-$i.log" 2>&1
  done
fi

for ((round = 1; round <= ROUNDS; round++)); do
  jobs=()
  read -r -a conds <<< "${CONDS:-aa 0.05 0.10 0.25}"
  ((round > INJECT_ROUNDS)) && conds=(aa)
  for c in "${conds[@]}"; do for g in $GATES; do jobs+=("$g:$c"); done; done
  mapfile -t jobs < <(printf '%s\n' "${jobs[@]}" | shuf)
  for j in "${jobs[@]}"; do
    [ -e "$OUT/stop" ] && { echo "gate-power: stop file found"; summary "$OUT"; exit 0; }
    gate=${j%%:*}; cond=${j#*:}
    dir="$OUT/r$round-$gate-$cond"; mkdir -p "$dir"
    inj=$(inject_arg "$cond")
    start=$(date -u +%FT%TZ); t0=$(date +%s)
    set +e
    sel=("${SEL[@]}"); jmh=("${JMH[@]}"); target=$TARGET
    case "$cond" in t2-*) sel=("${SEL_T2[@]}"); jmh=("${JMH_T2[@]}"); target=$TARGET_T2 ;; esac
    if [ "$gate" = ab ]; then
      "${LOCKED[@]}" java -jar "$JAR" ab "$JAR" "$JAR" "${AB_MODE[@]}" ${inj:+--head-jvm-arg "$inj"} --out "$dir/ab" --json "$dir/verdicts.json" \
        --markdown "$dir/summary.md" -- "${sel[@]}" "${jmh[@]}" "${AB_FORKS[@]}" > "$dir/log" 2>&1
    else
      # A failed run (e.g. JMH's lock held by another JMH on a shared machine) is exit 4, not a verdict (3 is undecided).
      if "${LOCKED[@]}" java -Djmh.ignoreLock=true -jar "$JAR" "${SEL[@]}" "${JMH[@]}" -f $((2 * PAIRS)) --no-report -rf json \
        -rff "$dir/current/jmh.json" ${inj:+-jvmArgsAppend "$inj"} > "$dir/run.log" 2>&1; then
      java -jar "$JAR" compare --baseline "$OUT/baseline" --current "$dir/current" --json "$dir/verdicts.json" \
        --markdown "$dir/summary.md" > "$dir/log" 2>&1
      else (exit 4); fi
    fi
    rc=$?
    set -e
    record "$round" "$gate" "$cond" "$rc" "$dir/verdicts.json" "$start" $(( $(date +%s) - t0 )) "$target"
  done
done
summary "$OUT"
