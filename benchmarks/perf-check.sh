#!/usr/bin/env bash
# How close is each workload's best backend to this machine's limits? Runs the calibration
# benchmarks (FMA peak, STREAM-like bandwidth) and the candidate best backends of every workload
# at the default sizes, at 1 and 2 threads, in ONE run (the machines are noisy: only ratios
# measured side by side mean anything), then prints each target with its measured ratio.
# For people, not for CI: it takes about 5 minutes. Extra arguments go to JMH (e.g. -f 1, -jvm).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
[ -f "$JAR" ] || mvn -B -ntp -q package -DskipTests
out=$(mktemp)
trap 'rm -f "$out"' EXIT
java -jar "$JAR" \
  'CalibrationBenchmark' \
  'MatmulBenchmark\.(serial|simd|simd_forkjoin|jocl_end_to_end|aparapi_end_to_end)$' \
  'Conv2dBenchmark\.(serial|simd|simd_forkjoin|jocl_end_to_end|aparapi_end_to_end)$' \
  'VectorAddBenchmark\.(serial|simd|simd_forkjoin|jocl_end_to_end)$' \
  'MonteCarloPiBenchmark\.(serial|simd|simd_forkjoin|jocl_end_to_end|aparapi_end_to_end)$' \
  -p threads=1,2 "$@" | tee "$out"
run=$(sed -n 's/^# parbench: [0-9]* results in \(.*\)\/jmh.json$/\1/p' "$out" | tail -1)
[ -n "$run" ] || { echo "perf-check: the run wrote no results" >&2; exit 1; }
echo
echo "=== perf-check: fork JVM $(python3 -c 'import json,sys; j=json.load(open(sys.argv[1]))["jdk"]; print(j["vendor"], j["version"])' "$run/environment.json"), $(date -u +%Y-%m-%dT%H:%MZ) ==="
cat "$run/targets.md"
echo
echo "full report: $run/report.html"
