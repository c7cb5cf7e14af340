#!/usr/bin/env bash
# Paired in-JVM blocks (PairedSpeedup), the base moved between the CPUs with taskset or left where
# the scheduler puts it: sd of one JVM's log-speedup per workload, both designs alternated in one sitting.
#   pin-vs-nopin.sh JAR REPS OUT
set -euo pipefail
jar=$1; reps=$2; out=$3
J=(java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseTransparentHugePages -cp "$jar" parbench.bench.Main paired-speedup)
: > "$out"
for r in $(seq "$reps"); do
  for w in "MatmulBenchmark n=1024 simd simd_forkjoin:2" "MonteCarloPiBenchmark samples=33554432 simd simd_forkjoin:2" "Conv2dBenchmark k=5,size=2048 simd simd_forkjoin:2"; do
    set -- $w
    for pin in pin no-pin; do
      flag=(); [ "$pin" = no-pin ] && flag=(--no-pin)
      "${J[@]}" --class "$1" --params "$2" --base "$3" --parallel "$4" "${flag[@]}" --out /tmp/pvn.json >/dev/null 2>&1
      python3 -c "import json,sys;d=json.load(open('/tmp/pvn.json'));print(sys.argv[1],sys.argv[2],sys.argv[3],d['logSpeedup'])" "$r" "$1" "$pin" >> "$out"
    done
  done
done
python3 - "$out" <<'PY'
import collections, math, statistics, sys
v = collections.defaultdict(list)
for l in open(sys.argv[1]):
    r, w, pin, x = l.split(); v[(w, pin)].append(float(x))
print("workload design JVMs mean_S sd(logS)_per_JVM")
for (w, pin), xs in sorted(v.items()):
    print(w, pin, len(xs), round(math.exp(statistics.mean(xs)), 3), round(statistics.stdev(xs), 4))
PY
