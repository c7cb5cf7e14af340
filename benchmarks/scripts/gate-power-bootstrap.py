# Bootstrap power of ab's paired test from the measured fork pairs of gate-power.sh's ab jobs:
#   python3 benchmarks/scripts/gate-power-bootstrap.py OUT_DIR [--aa-only]
# Each pair's log-ratio minus its injected shift is one noise draw (--aa-only: only the pairs of
# A/A jobs, since an injection's real size can differ from its nominal one); jobs of n pairs are resampled
# from them, a shift added, and judged like ab (t-test, p < 0.025 one-sided, ratio >= 1.05). An
# estimate from measured noise, not a measurement of jobs of that size.
import json, glob, math, random, statistics as st, sys
from math import log
random.seed(1)
def pairs(d, bench):
    out = []
    for p in range(1, 100):
        try:
            b = json.load(open(f'{d}/ab/forks/p{p:02d}-{bench}-base.json'))[0]['primaryMetric']['rawData'][0]
            h = json.load(open(f'{d}/ab/forks/p{p:02d}-{bench}-head.json'))[0]['primaryMetric']['rawData'][0]
        except FileNotFoundError:
            break
        out.append(log(st.median(h) / st.median(b)))
    return out
jobs = sorted(glob.glob(sys.argv[1] + '/r*-ab-*'))
if '--aa-only' in sys.argv[2:]:
    jobs = [d for d in jobs if d.endswith('-aa')]
inj = {'aa': 0.0, '0.05': log(1.05), '0.10': log(1.10), '0.25': log(1.25)}
noise = {'MonteCarloPiBenchmark.serial': [], 'VectorAddBenchmark.serial': []}
for d in jobs:
    cond = d.rsplit('-', 1)[1]
    for b in noise:
        lr = pairs(d, b)
        shift = inj[cond] if b.startswith('MonteCarlo') else 0.0
        noise[b] += [x - shift for x in lr]   # the pair's noise around the injected shift
for b, v in noise.items():
    print(f'{b}: {len(v)} pairs, sd of log-ratio {st.stdev(v):.3f}, median |x| {st.median(abs(x) for x in v):.3f}')
# t critical values (two-sided 0.05 / 0.025, Holm over 2 benchmarks for the first rejection)
from statistics import NormalDist
def tcrit(df, a):  # Cornish-Fisher approximation is enough here
    z = NormalDist().inv_cdf(1 - a / 2)
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
v = noise['MonteCarloPiBenchmark.serial']
print('pairs | A/A false alarms | 5 % | 10 % | 25 %  (share of 4000 bootstrap jobs flagged slower: p<0.025 and ratio >= 1.05)')
for n in (5, 8, 10, 20, 40):
    row = []
    for eff in (0.0, log(1.05), log(1.10), log(1.25)):
        hit = 0
        for _ in range(4000):
            s = [random.choice(v) + eff for _ in range(n)]
            m = st.mean(s); se = st.stdev(s) / math.sqrt(n)
            if se > 0 and m / se > tcrit(n - 1, 0.025) and m >= log(1.05):
                hit += 1
        row.append(hit / 4000)
    print(f'{n} | ' + ' | '.join(f'{x:.2f}' for x in row))
