#!/usr/bin/env bash
# CI check of the regression gate's mechanics on real results (called by .ci/run):
#   - a run compared with itself exits 0;
#   - a real run with a 3x injected slowdown of one benchmark exits 1 and names it first;
#   - promote refuses to overwrite a baseline without --force; bad input exits 2.
# Exact timings are never asserted: a tripled time is far outside this machine's noise.
set -euo pipefail
JAR=${1:?usage: ci-compare-check.sh BENCHMARKS_JAR SMOKE_RUN_DIR}
SMOKE=${2:?usage: ci-compare-check.sh BENCHMARKS_JAR SMOKE_RUN_DIR}
fail() { echo "CI FAILURE (compare): $*" >&2; exit 1; }
expect() { # expect CODE command...
  local want=$1; shift
  set +e; "$@"; local rc=$?; set -e
  [ "$rc" -eq "$want" ] || fail "'$*' exited $rc, expected $want"
}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "compare: smoke run against itself -> 0"
expect 0 java -jar "$JAR" compare "$SMOKE" "$SMOKE" --markdown "$TMP/self.md"

# Five forks each (forks are the independent samples), short iterations.
QUICK=(MonteCarloPiBenchmark.serial VectorAddBenchmark.serial -f 5 -wi 2 -w 200ms -i 3 -r 200ms -p samples=4000037 -p n=1048576 --no-report)
echo "compare: baseline run"
java -jar "$JAR" "${QUICK[@]}" -rf json -rff "$TMP/base/jmh.json" > "$TMP/base.log" 2>&1 || { cat "$TMP/base.log"; fail "baseline run failed"; }
echo "compare: run with MonteCarloPiBenchmark.serial slowed 3x"
java -jar "$JAR" "${QUICK[@]}" -rf json -rff "$TMP/slow/jmh.json" \
  -jvmArgsAppend -Dparbench.inject.slowdown=MonteCarloPiBenchmark.serial:2.0 > "$TMP/slow.log" 2>&1 || { cat "$TMP/slow.log"; fail "slowed run failed"; }
grep -q "INJECTED SLOWDOWN" "$TMP/slow.log" || fail "the slowdown was not injected"

expect 0 java -jar "$JAR" compare "$TMP/base" "$TMP/base" --markdown "$TMP/aa.md"
expect 1 java -jar "$JAR" compare "$TMP/base" "$TMP/slow" --markdown "$TMP/ab.md" --junit "$TMP/ab.xml" --json "$TMP/ab.json"
cat "$TMP/ab.md"
first=$(grep -m1 -o "MonteCarloPiBenchmark\.[a-z_]*\|VectorAddBenchmark\.[a-z_]*" "$TMP/ab.md" || true)
[ "$first" = "MonteCarloPiBenchmark.serial" ] || fail "the summary does not name MonteCarloPiBenchmark.serial first (got '$first')"
grep -q "<failure" "$TMP/ab.xml" || fail "JUnit XML has no failure for the regression"
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$TMP/ab.json" || fail "verdict JSON does not parse"

echo "compare: promote refuses to overwrite a baseline"
expect 0 java -jar "$JAR" promote "$TMP/base" --baseline-root "$TMP/baseline"
expect 2 java -jar "$JAR" promote "$TMP/slow" --baseline-root "$TMP/baseline"
expect 0 java -jar "$JAR" promote "$TMP/slow" --baseline-root "$TMP/baseline" --force

echo "compare: bad input -> 2"
echo '{"not": "jmh"}' > "$TMP/bad.json"
expect 2 java -jar "$JAR" compare "$TMP/bad.json" "$TMP/base"
expect 2 java -jar "$JAR" compare "$TMP/base"
echo "compare: all mechanics checked"
