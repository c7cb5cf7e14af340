#!/usr/bin/env python3
"""Per check: the share of results it names, over report folders of repeated same-build runs.
Usage: firing.py REPORT_DIR... (each with checks.csv and results.csv, as `report` writes them)."""
import csv, sys, collections
fired, results, runs, runwide = collections.Counter(), 0, 0, collections.Counter()
for d in sys.argv[1:]:
    runs += 1
    res = list(csv.DictReader(open(d + "/results.csv")))
    n = len(res)
    results += n
    for row in csv.DictReader(open(d + "/checks.csv")):
        subject = row["benchmark"]
        # A run-wide finding (subject "whole run" or "N results") names every result it is about.
        if subject == "whole run":
            runwide[row["check"]] += 1
        elif subject.endswith(" results"):
            fired[row["check"]] += int(subject.split()[0])
        else:
            fired[row["check"]] += 1
print(f"{runs} runs, {results} results")
print("| check | results named | share |")
print("|---|---:|---:|")
for c, k in sorted(fired.items(), key=lambda x: -x[1]):
    print(f"| {c} | {k} | {100 * k / results:.1f} % |")
for c, k in runwide.items():
    print(f"| {c} (about the run; before 2026-12-07 it named every result) | {k} of {runs} runs | |")
