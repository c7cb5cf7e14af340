"""Prints native-check.sh's table: parbench's fastest backend per workload and thread count
against its native reference, from one sitting.

usage: native_summary.py REFS_TXT KERNELS_JMH_JSON VADD_JMH_JSON

Java: the fastest backend by its JMH score (mean over forks, ms/op) and, beside it, its best fork
mean. Reference: the median of its repetitions in each sitting (before / after the JMH runs) and
their mean; "best" is the best single repetition of either sitting. parbench as % of the reference
= reference time / Java time (above 100 %: parbench is faster).
"""
import json
import re
import sys
from statistics import mean


def refs(path):
    out = {}  # (kind, threads) -> list of (median, best) over sittings
    for line in open(path):
        f = dict(re.findall(r"(\w+)=(\S+)", line))
        if "median_ms" not in f:
            continue
        # "<sitting> [coretype=...] <program> key=value ...": the program is the first word without '='.
        name = next(w for w in line.split()[1:] if "=" not in w)
        kind = {"vadd_omp": "vector add", "numba_mc": "monte carlo", "numpy_sgemm": "matmul " + f.get("coretype", "")}[name]
        out.setdefault((kind, int(f["threads"])), []).append((float(f["median_ms"]), float(f["best_ms"])))
    return out


def java(paths):
    best = {}  # (workload, threads) -> (score, best fork mean, backend label)
    for p in paths:
        for r in json.load(open(p)):
            cls, method = r["benchmark"].rsplit(".", 1)
            workload = {"MatmulBenchmark": "matmul", "VectorAddBenchmark": "vector add",
                        "MonteCarloPiBenchmark": "monte carlo"}.get(cls.rsplit(".", 1)[1])
            if workload is None or r["primaryMetric"]["scoreUnit"] != "ms/op":
                continue
            threads = int(r.get("params", {}).get("threads", "1"))
            label = method + (f" t={threads}" if "threads" in r.get("params", {}) else "")
            forks = [mean(f) for f in r["primaryMetric"]["rawData"] if f]
            cand = (r["primaryMetric"]["score"], min(forks), label)
            key = (workload, threads)
            if key not in best or cand[0] < best[key][0]:
                best[key] = cand
    return best


def main():
    ref = refs(sys.argv[1])
    jv = java(sys.argv[2:])
    print()
    print("| workload | threads | parbench fastest (mean; best fork) | reference: median before / after (best) | parbench as % of reference (mean vs mean of medians; best vs best) | goal |")
    print("|---|---|---|---|---|---|")
    for workload, goal in (("matmul", "≥ 95 %"), ("vector add", "≥ 95 %"), ("monte carlo", "> 100 %")):
        for t in (1, 2):
            j = jv.get((workload, t))
            kinds = [k for k in ref if k[1] == t and k[0].startswith(workload)]
            if not j or not kinds:
                print(f"| {workload} | {t} | {'n/a' if not j else j[2]} | no reference measured | | {goal} |")
                continue
            for kind, _ in sorted(kinds):
                runs = ref[(kind, t)]
                med = mean(m for m, _ in runs)
                rbest = min(b for _, b in runs)
                name = {"vector add": "C OpenMP", "monte carlo": "Numba prange"}.get(kind, "numpy/OpenBLAS " + kind.split()[-1])
                print(f"| {workload} | {t} | {j[2]}: {j[0]:.3f} ms; {j[1]:.3f} ms | {name}: "
                      f"{' / '.join(f'{m:.3f}' for m, _ in runs)} ms ({rbest:.3f}) | {100 * med / j[0]:.1f} %; "
                      f"{100 * rbest / j[1]:.1f} % | {goal} |")


if __name__ == "__main__":
    main()
