#!/usr/bin/env bash
# Issue 24's native references and parbench's best backends in ONE sitting, as ratios (the
# machines are noisy: only numbers measured side by side mean anything):
#   matmul 1024^3   vs numpy's float32 matmul (OpenBLAS), as detected and with the strongest kernel
#                   set this CPU runs (OPENBLAS_CORETYPE=SkylakeX on AVX-512: OpenBLAS 0.3.31
#                   detects AMD Zen 5 as Haswell and runs its AVX2 kernels)
#   vector add 16 Mi vs C with OpenMP's static schedule (bounds/vadd_omp.c, gcc -O3 -march=native)
#   Monte Carlo pi  vs Numba @njit(parallel=True) with prange, the same sample (bounds/native_refs.py)
# at 1 and 2 threads. The references run before and after the JMH runs; each is named once and
# skipped when its tool is missing (gcc; python3 with numpy; numba: pip install numpy numba).
# For people, not for CI: about 8 minutes. Extra arguments go to JMH (e.g. -f 2).
# Run it alone: flock /tmp/cpu.lock benchmarks/scripts/native-check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=benchmarks/target/benchmarks.jar
[ -f "$JAR" ] || mvn -B -ntp -q package -DskipTests
here=benchmarks/scripts/bounds
work=$(mktemp -d "${TMPDIR:-/tmp}/native-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

have_gcc=0; have_numpy=0; have_numba=0
if command -v gcc >/dev/null && gcc -O3 -march=native -fopenmp "$here/vadd_omp.c" -o "$work/vadd_omp" 2>"$work/gcc.err"; then
  have_gcc=1
else
  echo "native-check: no C reference for vector add (gcc with OpenMP missing or failed: $(head -1 "$work/gcc.err" 2>/dev/null))"
fi
if python3 -c 'import numpy' 2>/dev/null; then have_numpy=1; else echo "native-check: no matmul reference (python3 without numpy)"; fi
if python3 -c 'import numba' 2>/dev/null; then have_numba=1; else echo "native-check: no Monte Carlo reference (python3 without numba)"; fi

refs() { # $1 = sitting label; one line per reference and thread count
  for t in 1 2; do
    if [ $have_gcc = 1 ]; then OMP_NUM_THREADS=$t OMP_PROC_BIND=false "$work/vadd_omp" 16777216 200 | sed "s/^/$1 /"; fi
    if [ $have_numpy = 1 ]; then
      OPENBLAS_NUM_THREADS=$t python3 "$here/native_refs.py" sgemm $t | sed "s/^/$1 coretype=detected /"
      if grep -qw avx512f /proc/cpuinfo; then
        OPENBLAS_CORETYPE=SkylakeX OPENBLAS_NUM_THREADS=$t python3 "$here/native_refs.py" sgemm $t | sed "s/^/$1 coretype=SkylakeX /"
      fi
    fi
    if [ $have_numba = 1 ]; then python3 "$here/native_refs.py" mc $t | sed "s/^/$1 /"; fi
  done
}

jmh() { # $1 = name, rest: selection and params; prints the run's jmh.json path into $work/$1.path
  local name=$1; shift
  java -jar "$JAR" "$@" --no-paired --no-report --no-calibration | tee "$work/$name.log" | grep -E '^# parbench|^Result|^# Run complete' || true
  sed -n 's/^# parbench: [0-9]* results in \(.*jmh.json\)$/\1/p' "$work/$name.log" | tail -1 > "$work/$name.path"
  [ -s "$work/$name.path" ] || { echo "native-check: the $name run wrote no results (log: see above)" >&2; exit 1; }
}

echo "=== native-check: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) CPUs," \
     "$(grep -ow -m1 avx512f /proc/cpuinfo || echo no-avx512); $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%dT%H:%MZ) ==="
refs before | tee "$work/refs.txt"
jmh kernels 'MatmulBenchmark\.(simd|simd_forkjoin)$' 'MonteCarloPiBenchmark\.(simd|simd_forkjoin)$' -p threads=1,2 "$@"
jmh vadd 'VectorAddBenchmark\.(serial|simd|forkjoin|streams|simd_forkjoin)$' -p n=16777216 -p threads=1,2 "$@"
refs after | tee -a "$work/refs.txt"
python3 "$here/native_summary.py" "$work/refs.txt" "$(cat "$work/kernels.path")" "$(cat "$work/vadd.path")"
