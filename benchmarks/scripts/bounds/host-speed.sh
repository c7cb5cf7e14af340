#!/usr/bin/env bash
# Is the machine itself steady? Runs a fixed scalar loop (SplitMix64 Monte Carlo, the work of
# MonteCarloPiSerial, in C: no JIT, no memory traffic, no GC) on one core for SECONDS (default 30),
# timed in 20 ms slices, and prints the distribution of ns per sample and the stretches of time the
# machine spent in each speed. If this loop is bimodal, so is every benchmark on this machine, and
# "forks disagree" findings come from the host (another tenant on the core, clock changes), not
# from the JVM.
#
#   benchmarks/scripts/bounds/host-speed.sh [SECONDS]
set -euo pipefail
SECONDS_TO_RUN=${1:-30}
case "$SECONDS_TO_RUN" in ''|*[!0-9]*) echo "host-speed.sh: SECONDS must be a positive integer, got '$SECONDS_TO_RUN'" >&2; exit 2;; esac
command -v gcc >/dev/null || { echo "host-speed.sh: gcc not found (apt-get install gcc)" >&2; exit 2; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
gcc -O2 -o "$dir/host_speed" "$(dirname "$0")/host_speed.c"
"$dir/host_speed" "$SECONDS_TO_RUN" > "$dir/slices.txt" 2>/dev/null
python3 - "$dir/slices.txt" <<'PY'
import collections, sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1])]
v = sorted(x for _, x in rows)
n = len(v)
print(f"{n} slices of 20 ms: ns per sample min {v[0]:.3f}, p10 {v[n // 10]:.3f}, median {v[n // 2]:.3f}, "
      f"p90 {v[9 * n // 10]:.3f}, max {v[-1]:.3f}; p90/p10 = {v[9 * n // 10] / v[n // 10]:.2f}")
print("histogram (ns per sample, rounded to 0.1: slices)")
for k, c in sorted(collections.Counter(round(x, 1) for x in v).items()):
    print(f"  {k:.1f} {c:5d} {'#' * max(1, c * 60 // n)}")
# Stretches: a slice is 'fast' when within 15 % of the 10th percentile.
cut = v[n // 10] * 1.15
runs, cur, start = [], None, 0.0
for t, x in rows:
    m = "fast" if x < cut else "slow"
    if m != cur:
        if cur:
            runs.append((cur, start, t))
        cur, start = m, t
runs.append((cur, start, rows[-1][0]))
slow = sum(b - a for m, a, b in runs if m == "slow")
print(f"time in the slow state (> {cut:.3f} ns): {slow:.1f} of {rows[-1][0]:.1f} s; stretches of at least 0.5 s:")
for m, a, b in runs:
    if b - a >= 0.5:
        print(f"  {m} {a:6.2f}-{b:6.2f} s ({b - a:.2f} s)")
PY
