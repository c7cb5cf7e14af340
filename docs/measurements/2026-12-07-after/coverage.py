#!/usr/bin/env python3
"""Coverage over repeated same-build runs: for every result, whether each run's 95 % interval of its
time (t over the fork means, as the report computes it) holds the many-run mean; for every paired
speedup in speedups.json, whether each run's interval holds the many-run (geometric) mean.
Usage: coverage.py RUN_DIR... (each with jmh.json and speedups.json)."""
import json, sys, math, statistics as st
from scipy import stats as ss

runs = sys.argv[1:]

def times(d):
    out = {}
    for r in json.load(open(d + "/jmh.json")):
        key = (r["benchmark"].rsplit(".", 2)[1] + "." + r["benchmark"].rsplit(".", 1)[1],
               ",".join(f"{k}={v}" for k, v in sorted(r.get("params", {}).items())))
        out[key] = [sum(f) / len(f) for f in r["primaryMetric"]["rawData"]]
    return out

def speedups(d):
    out = {}
    for e in json.load(open(d + "/speedups.json"))["speedups"]:
        key = (e["benchmark"].rsplit(".", 2)[1] + "." + e["benchmark"].rsplit(".", 1)[1],
               ",".join(f"{k}={v}" for k, v in sorted(e["params"].items())))
        out[key] = (e["speedup"], e["low"], e["high"], len(e["logSpeedups"]))
    return out

T = [times(d) for d in runs]
print(f"{len(runs)} runs\n\n### Times (95 % interval over the fork means, t(n-1))\n")
print("| result | forks | mean half-width | run-to-run sd | runs whose interval holds the many-run mean |")
print("|---|---:|---:|---:|---:|")
held = total = 0
for key in sorted(T[0]):
    if not all(key in t for t in T):
        continue
    ms = [st.mean(t[key]) for t in T]
    grand = st.mean(ms)
    cov, hws = 0, []
    for t in T:
        f = t[key]
        m = st.mean(f)
        h = ss.t.ppf(0.975, len(f) - 1) * st.stdev(f) / math.sqrt(len(f))
        hws.append(h / m * 100)
        cov += m - h <= grand <= m + h
    held += cov; total += len(T)
    print(f"| {key[0]} {key[1]} | {len(T[0][key])} | {st.mean(hws):.1f} % | {st.stdev(ms) / grand * 100:.1f} % | {cov}/{len(T)} |")
print(f"\nAll times: {held} of {total} intervals ({100 * held / total:.0f} %) hold the many-run mean.\n")

S = [speedups(d) for d in runs]
print("### Paired speedups (speedups.json)\n")
print("| pair | many-run mean | run-to-run sd(log) | mean half-width | within ±5 % | mean JVMs | runs whose interval holds the many-run mean |")
print("|---|---:|---:|---:|---:|---:|---:|")
held = total = 0
for key in sorted(S[0]):
    xs = [s[key] for s in S if key in s]
    grand = math.exp(st.mean(math.log(x[0]) for x in xs))
    cov = sum(1 for x in xs if x[1] <= grand <= x[2])
    hw = [(x[2] - x[1]) / 2 / x[0] for x in xs]
    held += cov; total += len(xs)
    print(f"| {key[0]} {key[1]} | {grand:.3f} | {st.stdev(math.log(x[0]) for x in xs):.3f} | {100 * st.mean(hw):.1f} % | "
          f"{sum(1 for h in hw if h <= 0.0505)}/{len(xs)} | {st.mean(x[3] for x in xs):.1f} | {cov}/{len(xs)} |")
print(f"\nAll paired speedups: {held} of {total} intervals ({100 * held / total:.0f} %) hold the many-run mean.")
