#!/usr/bin/env bash
# Repeated same-build runs of the compute workloads' SIMD backends at threads 1 and 2, each alone on
# the machine (flock /tmp/cpu.lock), for the coverage and check-firing-rate tables of this folder.
# Usage: same-build.sh JAR OUTDIR RUNS [extra JMH options]
set -euo pipefail
jar=$1 out=$2 runs=$3; shift 3
mkdir -p "$out"
for i in $(seq 1 "$runs"); do
  flock /tmp/cpu.lock java -jar "$jar" '(Matmul|MonteCarloPi|Conv2d)Benchmark\.simd(_forkjoin)?$' -p threads=1,2 "$@" \
    > "$out/run$i.log" 2>&1
  dir=$(sed -n 's/^# parbench: [0-9]* results in \(.*\)\/jmh.json$/\1/p' "$out/run$i.log" | tail -1)
  echo "run $i: $dir $(date -u +%H:%M:%S)" | tee -a "$out/runs.txt"
done
