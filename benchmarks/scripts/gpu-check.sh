#!/usr/bin/env bash
# JCuda on a real GPU, in one go that fits in 10 minutes: build (unless JAR exists), doctor, the
# four workloads' jcuda methods (end to end and kernel only) beside the best CPU backends at 1 and
# all threads, with the run's report. Without a usable GPU it says why in one line and exits 2.
#
#   benchmarks/scripts/gpu-check.sh [OUT_DIR]     (env: JAR, FORKS=2, JMH_TIME=500ms, LIMIT_S=540)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
JAR=${JAR:-benchmarks/target/benchmarks.jar}
OUT=${1:-results/gpu-check-$(date -u +%Y%m%dT%H%M%SZ)}
FORKS=${FORKS:-2}
JMH_TIME=${JMH_TIME:-500ms}
LIMIT_S=${LIMIT_S:-540}
mkdir -p "$OUT"

if [ ! -f "$JAR" ]; then
    echo "gpu-check: building $JAR (mvn package; nvcc compiles the CUDA kernels)"
    mvn -B -ntp -q package -DskipTests
fi
if command -v nvidia-smi >/dev/null; then
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | tee "$OUT/gpu.txt"
else
    echo "gpu-check: note: nvidia-smi not on the PATH (the doctor below still asks the driver)"
fi
java -version 2>&1 | head -1 | tee "$OUT/java.txt"
java -jar "$JAR" doctor >"$OUT/doctor.txt" 2>&1 || true
if ! grep -Eq '^ *jcuda +available' "$OUT/doctor.txt"; then
    why=$(grep -E '^ *jcuda ' "$OUT/doctor.txt" | sed 's/^ *jcuda *//' || true)
    echo "gpu-check: jcuda cannot run here: ${why:-doctor did not list it (see $OUT/doctor.txt)}; run this on a machine with an NVIDIA GPU and its driver" >&2
    exit 2
fi
grep -A3 '^CUDA devices' "$OUT/doctor.txt" || true

threads=$(nproc)
# The run writes its folder (jmh.json, report.md, results.csv) under results/runs/; its last line names it.
set +e
timeout "$LIMIT_S" java -jar "$JAR" '(VectorAdd|Matmul|Conv2d|MonteCarloPi)Benchmark' \
    --backends jcuda,simd,simd_forkjoin -p threads=1,"$threads" \
    -f "$FORKS" -wi 3 -i 5 -w "$JMH_TIME" -r "$JMH_TIME" 2>&1 | tee "$OUT/run.log"
rc=${PIPESTATUS[0]}
set -e
run_dir=$(grep -Eo '→ [^ ]+/report\.html' "$OUT/run.log" | tail -1 | sed 's/^→ //; s#/report\.html$##' || true)
if [ "$rc" -ne 0 ]; then
    echo "gpu-check: the run ended with exit $rc (124: over ${LIMIT_S}s); partial results: ${run_dir:-none}" >&2
    exit "$rc"
fi
if [ -n "$run_dir" ] && [ -f "$run_dir/results.csv" ]; then
    cp "$run_dir"/{jmh.json,environment.json,results.csv,report.md} "$OUT"/ 2>/dev/null || true
    echo "gpu-check: jcuda rows of $run_dir/results.csv:"
    head -1 "$run_dir/results.csv"
    grep jcuda "$run_dir/results.csv" || echo "gpu-check: no jcuda result in the run (see $OUT/run.log)"
fi
echo "gpu-check: done; files in $OUT"
