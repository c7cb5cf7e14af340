#!/usr/bin/env bash
# Times `java -jar benchmarks.jar report` over a harness-like run of 10,000 records, each run in a
# fresh JVM, and prints wall, user and sys seconds per run (not a test: it only prints times).
#
# usage: benchmarks/scripts/report-cost.sh [JAR] [RUNS] [RECORDS]
#   JAR      default benchmarks/target/benchmarks.jar (copy an older build aside to compare)
#   RUNS     fresh-JVM runs with charts, then as many with --no-charts (default 3)
#   RECORDS  default 10000 (input: benchmarks/scripts/report-cost-input.py, seed 7)
#
# On a shared machine run it under the CPU lock: flock /tmp/cpu.lock benchmarks/scripts/report-cost.sh.
# user+sys is the CPU of all the JVM's threads (JIT compiler and GC included); wall is what a
# user waits for. Name the machine and JDK next to any figure you keep.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$here/../target/benchmarks.jar}
runs=${2:-3}
records=${3:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/report-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 "$here/report-cost-input.py" "$work/run" "$records" 7 >/dev/null
echo "input: $records records, $(du -m "$work/run/jmh.json" | cut -f1) MB jmh.json," \
    "$(du -m "$work/run/iterations.json" | cut -f1) MB iterations.json; $(java -version 2>&1 | head -1);" \
    "$(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
for charts in "" "--no-charts"; do
    for i in $(seq 1 "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f "%e %U %S" -o "$work/time" java -jar "$jar" report "$work/run/jmh.json" -o "$work/out" \
            $charts >/dev/null
        read -r wall user sys < "$work/time"
        echo "report ${charts:-(charts)} run $i: wall $wall s, user $user s, sys $sys s"
    done
done
