#!/usr/bin/env python3
"""Writes lessons.json: synthetic JMH records of the three lesson workloads and a weak-scaling
vector add series (scaling=weak), for LessonsReportTest. Numbers are made up, deterministic, and
chosen so each lesson is visible: static_block slower than dynamic at 2 threads, racy losing
updates, the pipeline faster at 2 threads; weak times growing 5 % per doubling."""
import json

def rec(bench, params, forks, unit="ms/op", mode="avgt", secondary=None):
    flat = [v for f in forks for v in f]
    return {
        "jmhVersion": "1.37", "benchmark": "parbench.bench." + bench, "mode": mode, "threads": 1,
        "forks": len(forks), "jvm": "java", "jvmArgs": [], "jdkVersion": "17.0.15",
        "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17.0.15",
        "warmupIterations": 1, "warmupTime": "100 ms", "warmupBatchSize": 1,
        "measurementIterations": len(forks[0]), "measurementTime": "100 ms", "measurementBatchSize": 1,
        "params": params,
        "primaryMetric": {"score": sum(flat) / len(flat), "scoreError": "NaN",
                          "scoreConfidence": [0, 0], "scorePercentiles": {}, "scoreUnit": unit,
                          "rawData": forks},
        "secondaryMetrics": secondary or {},
    }

def forks(mean, spread=0.01):
    # three forks of two iterations, symmetric around the mean
    return [[mean * (1 - spread), mean * (1 - spread)], [mean, mean], [mean * (1 + spread), mean * (1 + spread)]]

def counter(score):
    return {"score": score, "scoreError": "NaN", "scoreConfidence": [0, 0], "scorePercentiles": {},
            "scoreUnit": "#", "rawData": [[score / 2, score / 2]]}

out = []
n = {"n": "8192"}
out.append(rec("IrregularBenchmark.serial", n, forks(25.0)))
for method, t2 in [("static_block", 18.7), ("static_cyclic", 12.8), ("dynamic", 12.7), ("forkjoin", 12.9), ("streams", 13.1)]:
    out.append(rec("IrregularBenchmark." + method, dict(n, threads="1"), forks(25.2)))
    out.append(rec("IrregularBenchmark." + method, dict(n, threads="2"), forks(t2)))
for bins, scale in [("4", 1.0), ("1024", 0.5)]:
    h = {"bins": bins, "n": "1048576"}
    out.append(rec("HistogramBenchmark.serial", h, forks(1.0)))
    for method, t1, t2 in [("synchronized_lock", 9.0, 30.0), ("atomic_array", 5.0, 9.0), ("private_merge", 1.0, 0.52)]:
        out.append(rec("HistogramBenchmark." + method, dict(h, threads="1"), forks(t1 * scale if method != "private_merge" else t1)))
        out.append(rec("HistogramBenchmark." + method, dict(h, threads="2"), forks(t2 * scale if method != "private_merge" else t2)))
    out.append(rec("HistogramBenchmark.racy", dict(h, threads="1"), forks(1.0),
                   secondary={"lostUpdates": counter(0.0), "updates": counter(6291456.0)}))
    out.append(rec("HistogramBenchmark.racy", dict(h, threads="2"), forks(0.6),
                   secondary={"lostUpdates": counter(float(int(1887437 * scale))), "updates": counter(6291456.0)}))
for cap in ["1", "1024"]:
    p = {"capacity": cap, "n": "262144"}
    for method, t1, t2 in [("array_blocking_queue", 40.0, 30.0), ("linked_blocking_queue", 35.0, 22.0), ("semaphore", 45.0, 33.0)]:
        f = 1.0 if cap == "1024" else 4.0
        out.append(rec("PipelineBenchmark." + method, dict(p, threads="1"), forks(t1 * f)))
        out.append(rec("PipelineBenchmark." + method, dict(p, threads="2"), forks(t2 * f)))
out.append(rec("PipelineBenchmark.linked_transfer_queue", {"n": "262144", "threads": "1"}, forks(30.0)))
out.append(rec("PipelineBenchmark.linked_transfer_queue", {"n": "262144", "threads": "2"}, forks(20.0)))
# Weak scaling: n is the per-thread base; 5 % slower at 2 threads; 4 threads on 2 cores take twice as long
# again (oversubscribed: left out of the Gustafson fit).
for t, time in [("1", 2.0), ("2", 2.1), ("4", 4.41)]:
    out.append(rec("VectorAddBenchmark.forkjoin", {"n": "1048576", "scaling": "weak", "threads": t}, forks(time, 0.005)))
with open("lessons.json", "w") as fh:
    json.dump(out, fh, indent=1)
    fh.write("\n")
