#!/usr/bin/env python3
"""Regenerates the JMH JSON fixtures of the compare tests (deterministic: fixed seed).

Each run has 3 forks x 3 measurement iterations per benchmark, in JMH 1.37's JSON layout.
Run from this folder: python3 make-fixtures.py
"""
import json, os, random

PROFILE = "amd-epyc-2c-avx2"
B = "parbench.bench."

def record(bench, params, mode, unit, forks):
    flat = [v for f in forks for v in f if isinstance(v, float)]
    mean = sum(flat) / len(flat)
    return {
        "jmhVersion": "1.37", "benchmark": B + bench, "mode": mode, "threads": 1, "forks": len(forks),
        "jvm": "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
        "jvmArgs": ["--add-modules=jdk.incubator.vector"],
        "jdkVersion": "17.0.15", "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17.0.15+6",
        "warmupIterations": 2, "warmupTime": "200 ms", "warmupBatchSize": 1,
        "measurementIterations": 3, "measurementTime": "200 ms", "measurementBatchSize": 1,
        **({"params": params} if params else {}),
        "primaryMetric": {
            "score": mean, "scoreError": mean * 0.02,
            "scoreConfidence": [mean * 0.98, mean * 1.02],
            "scorePercentiles": {"0.0": min(flat), "50.0": mean, "100.0": max(flat)},
            "scoreUnit": unit, "rawData": forks},
        "secondaryMetrics": {}}

def forks(rng, center, noise, fork_noise=None, n_forks=3, n_it=3):
    fork_noise = noise if fork_noise is None else fork_noise
    out = []
    for _ in range(n_forks):
        c = center * (1 + rng.gauss(0, fork_noise))
        out.append([round(c * (1 + rng.gauss(0, noise / 3)), 4) for _ in range(n_it)])
    return out

# (name, params, mode, unit, base center, run-b factor, current center, relative noise)
SPEC = [
    ("MatmulBenchmark.serial", {"n": "1024"}, "avgt", "ms/op", 520.0, 1.01, 630.0, 0.01),
    ("MatmulBenchmark.forkjoin", {"n": "1024", "threads": "2"}, "avgt", "ms/op", 265.0, 1.00, 266.0, 0.01),
    ("VectorAddBenchmark.simd", {"n": "16777216"}, "avgt", "ms/op", 9.0, 1.01, 6.3, 0.01),
    ("Conv2dBenchmark.serial", {"k": "5", "size": "2048"}, "avgt", "ms/op", 80.0, 1.00, 81.0, 0.01),
    ("MonteCarloPiBenchmark.serial", {"samples": "33554432"}, "avgt", "ms/op", 110.0, 1.02, 118.0, 0.15),
    ("CalibrationBenchmark.fma_peak", {"flops": "4096", "threads": "1"}, "thrpt", "ops/ms", 1000.0, 0.99, 850.0, 0.01),
]

def run(rng, which):
    out = []
    for name, params, mode, unit, base, bfac, cur, noise in SPEC:
        center = {"a": base, "b": base * bfac, "same": base * 1.003, "current": cur}[which]
        out.append(record(name, params, mode, unit, forks(rng, center, noise)))
    if which in ("a", "b", "same"):
        out.append(record("VectorAddBenchmark.forkjoin", {"n": "32768", "threads": "2"}, "avgt", "ms/op",
                          forks(rng, 0.004, 0.02)))
    if which == "same":
        out.pop(4)  # same-build run that did not run Monte Carlo: that one is missing
    if which == "current":
        out.append(record("VectorAddBenchmark.streams", {"n": "32768", "threads": "2"}, "avgt", "ms/op",
                          forks(rng, 0.006, 0.02)))
        out[3]["primaryMetric"]["rawData"][1][2] = "NaN"  # JMH writes NaN as a string
    return out

def env(profile):
    return {"schema": 1, "machineProfile": profile,
            "cpu": {"model": "AMD EPYC", "cores": 2, "logicalProcessors": 2, "flags": "avx2 fma"},
            "simd": {"available": True, "floatLanes": 8, "bits": 256}}

def write(folder, data, profile=PROFILE):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "jmh.json"), "w") as f:
        json.dump(data, f, indent=2)
    if profile:
        with open(os.path.join(folder, "environment.json"), "w") as f:
            json.dump(env(profile), f, indent=2)

rng = random.Random(20261122)
write("baseline/run-a", run(rng, "a"))
write("baseline/run-b", run(rng, "b"))
write("current", run(rng, "current"))
write("same-build", run(rng, "same"))
write("other-machine", run(rng, "a"), profile="intel-xeon-2c-avx512")
write("no-env", run(rng, "a"), profile=None)
one = run(rng, "a")[:2]
for r in one:
    r["forks"] = 1
    r["primaryMetric"]["rawData"] = r["primaryMetric"]["rawData"][:1]
write("single-fork", one)
other = [record("SomeOtherBenchmark.measure", {}, "avgt", "us/op", forks(rng, 3.0, 0.01))]
write("unrelated", other)
with open("not-jmh.json", "w") as f:
    json.dump({"benchmark": "x", "score": 1}, f)
with open("empty.json", "w") as f:
    f.write("[]\n")
