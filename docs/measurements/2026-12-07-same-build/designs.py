#!/usr/bin/env python3
# Speedup designs and coverage over repeated same-build runs: per case, sd(log S) per fork pair and the
# mean half-width for the unpaired (Fieller-like, delta method) and the paired-by-round estimator, and how
# often each run's 95 % interval holds the many-run mean; then the same coverage for times.
# Usage: designs.py RUN_DIR... (each with jmh.json)
import json, sys, math, statistics as st, glob
from scipy import stats as ss
runs = sys.argv[1:]
def load(d):
    rs = json.load(open(d + "/jmh.json"))
    out = {}
    for r in rs:
        cls, m = r["benchmark"].rsplit(".", 2)[1:]
        p = dict(r.get("params", {}))
        t = p.pop("threads", None)
        forks = [sum(f)/len(f) for f in r["primaryMetric"]["rawData"]]
        out[(cls, m, t)] = forks
    return out
data = [load(d) for d in runs]
cases = sorted({(k[0]) for d in data for k in d if k[0] != "CalibrationBenchmark"})
def tq(n): return ss.t.ppf(0.975, n-1)
print("case | design | sd(log S) per fork | mean half-width % | coverage of many-run mean")
for c in cases:
    base = (c, "simd", None); par = (c, "simd_forkjoin", "2")
    ests = {"unpaired": [], "paired": []}
    for d in data:
        b, p = d[base], d[par]
        n = min(len(b), len(p))
        # unpaired: ratio of means, delta-method on log
        mb, mp = st.mean(b), st.mean(p)
        S = mb/mp
        v = st.variance(b)/len(b)/mb**2 + st.variance(p)/len(p)/mp**2
        hw = tq(min(len(b),len(p))) * math.sqrt(v)
        ests["unpaired"].append((S, S*math.exp(-hw), S*math.exp(hw), math.sqrt(v*len(b))))
        l = [math.log(b[i]/p[i]) for i in range(n)]
        ml = st.mean(l); sd = st.stdev(l); h = tq(n)*sd/math.sqrt(n)
        ests["paired"].append((math.exp(ml), math.exp(ml-h), math.exp(ml+h), sd))
    for k, e in ests.items():
        grand = math.exp(st.mean(math.log(x[0]) for x in e))
        cov = sum(1 for x in e if x[1] <= grand <= x[2])
        print(f"{c} | {k} | {st.mean(x[3] for x in e):.4f} | {st.mean((x[2]-x[1])/2/x[0]*100 for x in e):.1f} | {cov}/{len(e)}  S={grand:.3f} run-to-run sd(logS)={st.stdev(math.log(x[0]) for x in e):.4f}")
# times coverage
print("times: result | mean hw % | coverage | run-to-run sd/mean")
for d0 in data[0]:
    ms = [st.mean(d[d0]) for d in data]
    grand = st.mean(ms)
    cov = 0; hws=[]
    for d in data:
        f = d[d0]; m = st.mean(f); h = tq(len(f))*st.stdev(f)/math.sqrt(len(f)); hws.append(h/m*100)
        cov += (m-h <= grand <= m+h)
    print(d0, f"{st.mean(hws):.1f}", f"{cov}/{len(data)}", f"{st.stdev(ms)/grand*100:.1f}%")
