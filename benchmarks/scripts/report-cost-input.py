#!/usr/bin/env python3
"""Writes a harness-like run folder of N JMH records (default 10,000) for timing `report`.

usage: benchmarks/scripts/report-cost-input.py DIR [RECORDS] [SEED]

DIR gets jmh.json, iterations.json and environment.json in the layout a harness run writes
(results/runs/<id>/): every workload of the harness (the four kernels, calibration, and the
Irregular, Histogram and Pipeline lessons) over many params, thread counts 1..16 and every CPU and
OpenCL backend (jcuda unavailable, as on this machine), 5 forks x 3 measurement iterations
(+ 4 warmup iterations in iterations.json) per record. Times follow a simple model of a 2-core
machine (speedup up to 2 threads, a little fork-to-fork drift and noise), so the report's checks
find a realistic mix of things. Deterministic for a given seed. Not a test: it only writes input.
"""
import json
import math
import os
import random
import sys

FORKS, WARMUP, MEASURE = 5, 4, 3
THREADS = [1, 2, 3, 4, 6, 8, 12, 16]
CORES = 2
KERNEL_SINGLE = ["serial", "simd", "aparapi_end_to_end", "aparapi_kernel_only", "jocl_end_to_end", "jocl_kernel_only"]
KERNEL_THREADED = ["forkjoin", "streams", "simd_forkjoin", "hazelcast"]
# Relative speed of each backend against serial (single thread).
SPEED = {"serial": 1.0, "simd": 6.0, "aparapi_end_to_end": 2.5, "aparapi_kernel_only": 3.0, "jocl_end_to_end": 3.5,
         "jocl_kernel_only": 4.0, "forkjoin": 0.98, "streams": 0.95, "simd_forkjoin": 5.8, "hazelcast": 0.6,
         "static_block": 0.9, "static_cyclic": 0.97, "dynamic": 0.99, "synchronized_lock": 0.5,
         "reentrant_lock": 0.55, "atomic_array": 0.7, "long_adder": 0.8, "private_merge": 0.98, "racy": 1.1,
         "array_blocking_queue": 1.0, "linked_blocking_queue": 0.9, "linked_transfer_queue": 1.4, "semaphore": 0.8}


def plan():
    """(class, method, params, serial ms at 1 thread, threaded?) for every record, harness order."""
    out = []

    def kernel(cls, params, ms):
        for m in KERNEL_SINGLE:
            out.append((cls, m, params, ms, False))
        for m in KERNEL_THREADED:
            for t in THREADS:
                out.append((cls, m, dict(params, threads=str(t)), ms, True))

    for t in THREADS:
        for flops in ["33554432", "134217728", "536870912", "2147483648"]:
            out.append(("CalibrationBenchmark", "fma_peak", {"flops": flops, "threads": str(t)}, int(flops) / 80e6, True))
        for n in ["1048576", "4194304", "16777216", "67108864"]:
            out.append(("CalibrationBenchmark", "stream_add", {"n": n, "threads": str(t)}, 12 * int(n) / 14e6, True))
            out.append(("CalibrationBenchmark", "stream_copy", {"n": n, "threads": str(t)}, 8 * int(n) / 15e6, True))
    for i in range(20):
        n = 1 << (10 + i)
        kernel("VectorAddBenchmark", {"n": str(n)}, 12 * n / 11e6)
    for i in range(20):
        n = 64 * (i + 1)
        kernel("MatmulBenchmark", {"n": str(n)}, 2.0 * n ** 3 / 2.6e6)
    for k in ["3", "5", "7", "9"]:
        for i in range(14):
            size = 256 * (i + 1)
            kernel("Conv2dBenchmark", {"k": k, "size": str(size)}, (size - int(k) + 1) ** 2 * int(k) ** 2 / 8e6)
    for i in range(24):
        s = 1 << (8 + i)
        kernel("MonteCarloPiBenchmark", {"samples": str(s)}, s / 0.45e6)
    for i in range(28):
        n = 1024 * (i + 1)
        p = {"n": str(n)}
        out.append(("IrregularBenchmark", "serial", p, n / 1e3, False))
        for m in ["static_block", "static_cyclic", "dynamic", "forkjoin", "streams"]:
            for t in THREADS:
                out.append(("IrregularBenchmark", m, dict(p, threads=str(t)), n / 1e3, True))
    for i in range(9):
        n = 65536 << i
        for bins in ["1", "4", "16", "64", "256", "1024"]:
            p = {"bins": bins, "n": str(n)}
            out.append(("HistogramBenchmark", "serial", p, n / 2e5, False))
            for m in ["synchronized_lock", "reentrant_lock", "atomic_array", "long_adder", "private_merge", "racy"]:
                for t in THREADS:
                    out.append(("HistogramBenchmark", m, dict(p, threads=str(t)), n / 2e5, True))
    for i in range(8):
        n = 32768 << i
        for cap in ["16", "64", "256", "1024", "4096", "16384", "65536", "262144"]:
            for m in ["array_blocking_queue", "linked_blocking_queue", "linked_transfer_queue", "semaphore"]:
                for t in THREADS:
                    params = {"n": str(n), "threads": str(t)}
                    if m != "linked_transfer_queue":
                        params["capacity"] = cap
                    elif cap != "16":
                        continue  # unbounded: no capacity param
                    out.append(("PipelineBenchmark", m, params, n / 1e4, True))
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: report-cost-input.py DIR [RECORDS] [SEED]")
    folder = sys.argv[1]
    records = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    todo = plan()
    if len(todo) < records:
        sys.exit("report-cost-input.py: the plan has only %d records, asked for %d" % (len(todo), records))
    todo = todo[:records]
    jmh, its = [], []
    for cls, method, params, serial_ms, threaded in todo:
        t = int(params.get("threads", "1"))
        speedup = min(t, CORES) * (0.97 if t > 1 else 1.0) / (1 + 0.02 * max(0, t - CORES)) if threaded else 1.0
        mean = serial_ms / SPEED.get(method, 1.0) / speedup
        raw = []
        bench = "parbench.bench." + cls + "." + method
        for f in range(FORKS):
            fork_mean = mean * (1 + rnd.gauss(0, 0.03))
            warm = [fork_mean * (1.5 - 0.12 * w) * (1 + rnd.gauss(0, 0.02)) for w in range(WARMUP)]
            meas = [fork_mean * (1 + rnd.gauss(0, 0.015)) for _ in range(MEASURE)]
            raw.append(meas)
            its.append({"benchmark": bench, "mode": "avgt", "params": params, "fork": f + 1, "unit": "ms/op",
                        "warmup": warm, "measurement": meas})
        flat = sorted(v for fork in raw for v in fork)
        score = sum(flat) / len(flat)
        sd = math.sqrt(sum((v - score) ** 2 for v in flat) / (len(flat) - 1))
        err = 2.145 * sd / math.sqrt(len(flat))
        pct = {k: flat[min(len(flat) - 1, int(q * len(flat)))] for k, q in
               [("0.0", 0), ("50.0", 0.5), ("90.0", 0.9), ("95.0", 0.95), ("99.0", 0.99), ("99.9", 0.999),
                ("99.99", 0.9999), ("99.999", 0.99999), ("99.9999", 0.999999), ("100.0", 1.0)]}
        jmh.append({"jmhVersion": "1.37", "benchmark": bench, "mode": "avgt", "threads": 1, "forks": FORKS,
                    "jvm": "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
                    "jvmArgs": ["--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                                "-XX:+UseTransparentHugePages"],
                    "jdkVersion": "17.0.15", "vmName": "OpenJDK 64-Bit Server VM",
                    "vmVersion": "17.0.15+6-Debian-1deb12u1", "warmupIterations": WARMUP, "warmupTime": "1 s",
                    "warmupBatchSize": 1, "measurementIterations": MEASURE, "measurementTime": "1 s",
                    "measurementBatchSize": 1, "params": params,
                    "primaryMetric": {"score": score, "scoreError": err, "scoreConfidence": [score - err, score + err],
                                      "scorePercentiles": pct, "scoreUnit": "ms/op", "rawData": raw},
                    "secondaryMetrics": {}})
    classes = {}
    for cls, method, _, _, _ in todo:
        classes.setdefault(cls, [])
        if method not in classes[cls]:
            classes[cls].append(method)
    env = {
        "schema": 1, "machineProfile": "amd-epyc-2c-avx512",
        "cpu": {"model": "AMD EPYC", "cores": CORES, "logicalProcessors": CORES,
                "flags": "sse sse2 fma avx avx2 avx512f avx512dq avx512bw avx512vl"},
        "simd": {"available": True, "detail": "Vector API species 512 bits (16 floats, 8 longs)", "bits": 512,
                 "floatLanes": 16},
        "memoryBytes": 25276026880,
        "os": {"name": "Linux", "version": "6.18", "arch": "amd64"},
        "jdk": {"vendor": "Debian", "version": "17.0.15", "vmName": "OpenJDK 64-Bit Server VM",
                "vmVersion": "17.0.15+6-Debian-1deb12u1", "home": "/usr/lib/jvm/java-17-openjdk-amd64",
                "jvmFlags": ["--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                             "-XX:+UseTransparentHugePages"]},
        "jmhVersion": "1.37", "commandLine": ["-p", "threads=" + ",".join(map(str, THREADS)), "-f", str(FORKS)],
        "git": {"commit": "0123456789abcdef", "dirty": False},
        "start": "2026-11-30T00:00:00Z",
        "backends": {b: {"available": True, "detail": "generated"} for b in
                     ["serial", "forkjoin", "streams", "simd", "simd_forkjoin", "aparapi", "jocl", "hazelcast"]},
        "opencl": [{"platform": "Portable Computing Language", "devices": [
            {"name": "pthread-skylake-avx512-AMD EPYC", "type": "CPU", "computeUnits": 2, "globalMemBytes": 1}]}],
        "cuda": {"available": False, "detail": "no NVIDIA driver: libcuda.so not found", "devices": []},
        "benchmarks": classes,
        "run": {"planned": len(todo) * FORKS, "completed": len(todo) * FORKS, "interrupted": False,
                "schedule": "rounds", "orderSeed": 1, "forks": FORKS, "warmupIterations": WARMUP,
                "measurementIterations": MEASURE},
        "end": "2026-11-30T09:00:00Z",
    }
    env["backends"]["jcuda"] = {"available": False, "detail": "no NVIDIA driver: libcuda.so not found"}
    os.makedirs(folder, exist_ok=True)
    for name, data in [("jmh.json", jmh), ("iterations.json", its), ("environment.json", env)]:
        with open(os.path.join(folder, name), "w") as f:
            json.dump(data, f, indent=2)
    print("wrote %d records (%d planned) to %s" % (len(todo), len(plan()), folder))


if __name__ == "__main__":
    main()
