#!/usr/bin/env python3
"""Writes sweep.json: JMH records of DistributedTuningBenchmark (forkjoin vs hazelcast, samples
2^16..2^28, threads 1, 2, 4; 3 forks x 5 iterations, ms/op) for CrossoverTest. The fork means
follow the quiet-machine run in docs/measurements/2026-11-30-distributed.md (Zen 5, 2 cores,
JDK 17) and are chosen so each verdict appears once:
  threads=1  cost: crossover from 2^24 (1.289 at 2^20 fails, ~1.04 from 2^24 holds, tight forks)
  threads=2  cost: no crossover in the measured range (1.21 at 2^28, tight forks)
             pays: crossover from 2^24 (hazelcast t=2 beats forkjoin t=1)
  threads=4  cost and pays: not enough data (forks of 2^24 and 2^28 spread by +-30 %)
Deterministic: no random numbers."""
import json

def rec(method, samples, threads, fork_means):
    wiggle = [-0.004, 0.002, 0.0, -0.001, 0.003]  # iterations inside a fork
    raw = [[round(m * (1 + w), 6) for w in wiggle] for m in fork_means]
    flat = [v for f in raw for v in f]
    return {
        "jmhVersion": "1.37", "benchmark": "parbench.bench.DistributedTuningBenchmark." + method,
        "mode": "avgt", "threads": 1, "forks": len(raw), "jvm": "/usr/lib/jvm/java-17/bin/java",
        "jvmArgs": ["--add-modules=jdk.incubator.vector"], "jdkVersion": "17.0.15",
        "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17.0.15+6",
        "warmupIterations": 3, "warmupTime": "400 ms", "warmupBatchSize": 1,
        "measurementIterations": 5, "measurementTime": "400 ms", "measurementBatchSize": 1,
        "params": {"samples": str(samples), "threads": str(threads)},
        "primaryMetric": {"score": sum(flat) / len(flat), "scoreError": 0.0,
                          "scoreConfidence": [0, 0], "scorePercentiles": {}, "scoreUnit": "ms/op",
                          "rawData": raw},
        "secondaryMetrics": {},
    }

def tight(m):
    return [m * 0.99, m, m * 1.01]

def noisy(m):
    return [m * 0.7, m, m * 1.3]

S = [1 << 16, 1 << 20, 1 << 24, 1 << 28]
fj = {1: [0.1532, 2.174, 30.22, 485.2], 2: [0.1556, 1.811, 14.18, 227.7], 4: [0.17, 1.9, 15.0, 240.0]}
hz = {1: [1.019, 2.801, 31.45, 501.3], 2: [1.66, 5.361, 22.56, 275.9], 4: [2.4, 6.1, 21.0, 300.0]}
out = []
for t in (1, 2, 4):
    for i, s in enumerate(S):
        spread = noisy if (t == 4 and i >= 2) else tight
        out.append(rec("forkjoin", s, t, tight(fj[t][i])))
        out.append(rec("hazelcast", s, t, spread(hz[t][i])))
with open("sweep.json", "w") as fh:
    json.dump(out, fh, indent=1)
