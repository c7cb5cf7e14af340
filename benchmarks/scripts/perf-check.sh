#!/usr/bin/env bash
# How close is each workload's best backend to this machine's limits? Runs the calibration
# benchmarks (FMA peak, STREAM-like bandwidth) and the candidate best backends of every workload
# at the default sizes, at 1 and 2 threads, in ONE run (the machines are noisy: only ratios
# measured side by side mean anything), then prints each target with its measured ratio.
# For people, not for CI: it takes about 5 minutes. Extra arguments go to JMH (e.g. -f 1, -jvm).
set -euo pipefail
cd "$(dirname "$0")/../.."
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

# Monte Carlo's 2 G samples/s per core needs a 64-bit vector multiply this CPU may not have: run
# the same sample definition as hand-written AVX2 C on one core, for comparison (if gcc is here).
if command -v gcc >/dev/null && grep -qw avx2 /proc/cpuinfo; then
  bin=$(mktemp)
  trap 'rm -f "$out" "$bin"' EXIT
  gcc -O3 -march=native -o "$bin" benchmarks/scripts/bounds/splitmix_avx2.c
  samples=2000000000
  echo
  echo "=== Monte Carlo reference: benchmarks/scripts/bounds/splitmix_avx2.c (gcc -O3 -march=native, 1 core, $samples samples) ==="
  # perf may be missing, or present without hardware counters (virtual machines: perf stat then
  # prints "<not supported>" for cycles and still exits 0); the C program prints its own rate.
  if command -v perf >/dev/null && perf stat -x, -e cycles,task-clock -o "$bin.stat" "$bin" avx2 $samples; then
    python3 - "$bin.stat" $samples <<'PY'
import sys
vals, missing = {}, []
for line in open(sys.argv[1]):
    f = line.strip().split(",")
    if len(f) > 2 and not line.startswith("#"):
        name = f[2].split(":")[0]
        try:
            vals[name] = float(f[0])
        except ValueError:  # "<not supported>" or "<not counted>"
            missing.append(f"{name} ({f[0]})")
n = float(sys.argv[2])
cyc, ms = vals.get("cycles"), vals.get("task-clock")
if cyc and ms:
    ghz = cyc / (ms * 1e6)
    print(f"{cyc / n:.2f} cycles per sample at {ghz:.2f} GHz; 2 G samples/s per core would need "
          f"{ghz / 2:.2f} cycles per sample; with 28 AVX2 instructions per 4 samples at 4 per cycle "
          f"no AVX2 code goes below 1.75 (= {ghz / 1.75:.2f} G samples/s at this clock)")
else:
    what = ", ".join(missing) or "cycles or task-clock absent from its output"
    print(f"perf stat gave no usable cycle count here ({what}; a virtual machine without hardware "
          f"counters?): cycles per sample not computed, only the rate above")
PY
    rm -f "$bin.stat"
  else
    "$bin" avx2 $samples
  fi
fi
