#!/usr/bin/env bash
# CI check of `ab` and `history` on real runs (tiny sizes, ~3-4 minutes on 2 cores):
#   - ab of the jar against a copy of itself with ab's defaults (pairs added until decided; the
#     single-threaded benchmarks become duets by themselves), 10 % threshold, is decided: exit 0;
#   - the same with 2 interleaved pairs cannot be decided: exit 3 (undecided), a JUnit <skipped>;
#   - with a 25 % slowdown injected into MonteCarloPiBenchmark.serial on the head side, with ab's
#     defaults, it exits 1 and names only that benchmark as slower (summary, JUnit failure, JSON);
#   - a missing jar exits 2 at once with one line;
#   - the same 25 % with --duet and a fixed -f 8 (one look) exits 1 naming only it;
#   - history: two runs added to a store, the same commit refused, a report written.
# Exit codes: 0 decided, no regression; 1 regression; 2 bad input; 3 undecided.
# Exact timings are never asserted; 25 % with 8 interleaved pairs is far outside the paired noise of an unsaturated machine.
set -euo pipefail
JAR=${1:?usage: ab-check.sh BENCHMARKS_JAR}
fail() { echo "CI FAILURE (ab): $*" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$JAR" "$TMP/base.jar"
run_ab() { # expected-exit name seed args...
  # A statistical verdict on a shared machine can miss once (seen 2026-11-30: the 25 % step came out
  # "inconclusive" in one of three 8-pair jobs at load ~2); a second job with another seed decides.
  local want=$1 name=$2 seed=$3; shift 3
  local attempt rc
  for attempt in 1 2; do
    rm -rf "$TMP/$name" "$TMP/$name".*
    set +e
    java -jar "$JAR" ab "$TMP/base.jar" "$JAR" --out "$TMP/$name" --markdown "$TMP/$name.md" --junit "$TMP/$name.xml" \
      --json "$TMP/$name.json" --seed $((seed + 100 * (attempt - 1))) "$@" > "$TMP/$name.log" 2>&1
    rc=$?
    set -e
    [ "$rc" -eq "$want" ] && return 0
    echo "ab: $name attempt $attempt exited $rc, expected $want:"; grep -E "^\*\*|^[0-9]+ compared|^\| " "$TMP/$name.md" | head -8 || true
  done
  cat "$TMP/$name.log"; fail "ab $name exited $rc, expected $want (twice)"
}
# ab's defaults add pairs until decided; three 200 ms warmups so the forks are compiled even on a loaded runner. On a machine
# running ~12 CPU-bound threads per core (load 24 on 2 cores, 2026-11-30) single forks varied 3x and
# the 25 % step was not resolved (inconclusive, exit 0): this check needs a machine that is not saturated.
SEL=(-- 'MonteCarloPiBenchmark\.serial$' 'VectorAddBenchmark\.serial$' -wi 3 -w 200ms -i 5 -r 100ms
     -p samples=1000003 -p n=262144)

echo "ab: missing jar -> 2, one line"
set +e; out=$(java -jar "$JAR" ab "$TMP/missing.jar" "$JAR" -- X 2>&1); rc=$?; set -e
[ "$rc" -eq 2 ] || fail "missing jar exited $rc, expected 2"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "missing jar printed more than one line: $out"

# A/A as a duet at a 10 % threshold: both forks of a pair at once on swapped cores. On this 2-core
# machine (2026-12-07), 8 pairs of the same build one after the other stayed undecided at 5 %
# (MonteCarloPi 0.924 [0.766, 1.115], exit 3); as duets, two of three jobs were decided at 5 % and one
# was not (MonteCarloPi 1.020 [0.980, 1.061]); every duet interval lay within [0.97, 1.07], well
# inside the 10 % band, so at 10 % the A/A is decided and exits 0.
echo "ab (defaults): jar against a copy of itself -> 0 (decided: no regression)"
run_ab 0 same 1 --threshold 10% "${SEL[@]}"
grep -q '"parbench.bench.MonteCarloPiBenchmark.serial": true' "$TMP/same/ab.json" \
  || fail "ab.json does not record MonteCarloPiBenchmark.serial as a duet (single-threaded: a duet by default)"
grep -q "every benchmark decided" "$TMP/same.log" || fail "ab did not stop because everything was decided"
grep -q "0 slower" "$TMP/same.md" || fail "A/A summary reports a slower benchmark"
python3 - "$TMP/same.json" <<'PY' || fail "the A/A JSON does not say outcome no_regression, exitCode 0"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["outcome"] == "no_regression" and d["exitCode"] == 0, (d["outcome"], d["exitCode"])
PY

echo "ab: jar against a copy of itself, a fixed -f 2 -> 3 (undecided)"
# Two pairs give a t interval with 1 degree of freedom (t = 12.7): far wider than 5 %, so undecided.
run_ab 3 few 4 -- 'MonteCarloPiBenchmark\.serial$' 'VectorAddBenchmark\.serial$' -f 2 -wi 3 -w 200ms -i 5 -r 100ms \
  -p samples=1000003 -p n=262144
python3 - "$TMP/few.json" <<'PY' || fail "the undecided JSON does not say outcome undecided, exitCode 3"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["outcome"] == "undecided" and d["exitCode"] == 3 and d["counts"]["slower"] == 0, (d["outcome"], d["exitCode"])
assert "more fork pairs" in d["toDecide"] and "leave -f out" in d["toDecide"], d["toDecide"]
PY
head -3 "$TMP/few.md" | grep -q "^\*\*Undecided:\*\*" || fail "the undecided summary does not lead with 'Undecided'"
grep -q "<skipped message=\"inconclusive" "$TMP/few.xml" || fail "JUnit XML has no skipped testcase for an inconclusive benchmark"
if grep -q "<failure" "$TMP/few.xml"; then fail "JUnit XML has a failure although nothing is slower"; fi

echo "ab (defaults): 25 % slowdown of MonteCarloPiBenchmark.serial on the head side -> 1"
run_ab 1 slow 2 --head-jvm-arg -Dparbench.inject.slowdown=MonteCarloPiBenchmark.serial:0.25 "${SEL[@]}"
grep -q "INJECTED SLOWDOWN" "$TMP"/slow/forks/*-head.log || fail "the slowdown was not injected"
if grep -q "INJECTED SLOWDOWN" "$TMP"/slow/forks/*-base.log; then fail "the slowdown reached a base fork"; fi
python3 - "$TMP/slow.json" <<'PY' || fail "the verdicts do not name exactly MonteCarloPiBenchmark.serial as slower (and the other unchanged)"
import json, sys
d = json.load(open(sys.argv[1]))
slower = [c["benchmark"] for c in d["comparisons"] if c["verdict"] == "slower"]
assert slower == ["parbench.bench.MonteCarloPiBenchmark.serial"], slower
others = {c["benchmark"]: c["verdict"] for c in d["comparisons"] if c["verdict"] != "slower"}
assert others == {"parbench.bench.VectorAddBenchmark.serial": "unchanged"}, others
PY
[ "$(grep -c "<failure" "$TMP/slow.xml")" -eq 1 ] || fail "JUnit XML should hold exactly one failure"
grep -q "seed" "$TMP/slow/ab.json" || fail "ab.json does not record the seed"

echo "ab --duet -f 8: 25 % slowdown of MonteCarloPiBenchmark.serial on the head side -> 1"
run_ab 1 duet 3 --duet --head-jvm-arg -Dparbench.inject.slowdown=MonteCarloPiBenchmark.serial:0.25 "${SEL[@]}" -f 8
python3 - "$TMP/duet.json" <<'PY' || fail "the duet verdicts do not name exactly MonteCarloPiBenchmark.serial as slower"
import json, sys
d = json.load(open(sys.argv[1]))
slower = [c["benchmark"] for c in d["comparisons"] if c["verdict"] == "slower"]
assert slower == ["parbench.bench.MonteCarloPiBenchmark.serial"], slower
PY
grep -q '"parbench.bench.VectorAddBenchmark.serial": true' "$TMP/duet/ab.json" || fail "ab.json does not record the duet"

echo "history: add two runs, refuse a duplicate commit, report"
# Two of the A/A job's fork results stand in for two commits' runs.
F1=$(ls "$TMP"/same/forks/*-base.json | head -1)
F2=$(ls "$TMP"/same/forks/*-head.json | head -1)
java -jar "$JAR" history add "$F1" --store "$TMP/store" --commit aaaa1111 --time 2026-11-30T10:00:00Z
java -jar "$JAR" history add "$F2" --store "$TMP/store" --commit bbbb2222 --time 2026-11-30T11:00:00Z
set +e; java -jar "$JAR" history add "$F2" --store "$TMP/store" --commit bbbb2222 --time 2026-11-30T12:00:00Z 2>/dev/null; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "adding the same commit twice exited $rc, expected 2"
java -jar "$JAR" history report --store "$TMP/store" -o "$TMP/history"
for f in changes.csv changes.md index.html; do [ -s "$TMP/history/$f" ] || fail "history report lacks $f"; done
ls "$TMP"/history/charts/*.png "$TMP"/history/charts/*.svg > /dev/null || fail "history report has no charts"
echo "ab: all checks passed"
