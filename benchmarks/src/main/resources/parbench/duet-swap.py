# ab --duet: keeps two twin processes (and their child JVMs) on opposite cores, swapping the cores
# every PERIOD_MS, until one of them has ended.
#   python3 duet-swap.py PERIOD_MS FIRST PID_A PID_B
# The cores are the first two this process may use; twin A starts on the first if FIRST is 0,
# on the second if it is 1.
# Why: on the machines parbench was built on, each virtual core switches on its own between two
# speeds for seconds at a time; swapping often gives both twins the same share of each core.
# Why Python: a swap moves every thread of four JVMs, about a hundred sched_setaffinity calls;
# running taskset for each process cost ~6 ms per call, longer than a useful swap period.
# The twin moved first alternates: it shares the other twin's core until the second one moves.
# Exit 0 when a twin has ended; an error (e.g. pinning not permitted) exits non-zero with a message.
import os, sys, time

period = int(sys.argv[1]) / 1000.0
first, pid_a, pid_b = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
allowed = sorted(os.sched_getaffinity(0))
if len(allowed) < 2:
    sys.exit(f"duet-swap: needs two cores, may use only {allowed}")
core_a, core_b = (allowed[0], allowed[1]) if first == 0 else (allowed[1], allowed[0])


def tree(pid):
    """The process and its descendants, read from /proc (children of every thread)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except FileNotFoundError:
            pass  # ended meanwhile
    return out


def pin(pid, core):
    for p in tree(pid):
        try:
            tids = os.listdir(f"/proc/{p}/task")
        except FileNotFoundError:
            continue
        for tid in tids:
            try:
                os.sched_setaffinity(int(tid), {core})
            except ProcessLookupError:
                pass  # a thread that ended meanwhile


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False


pin(pid_a, core_a); pin(pid_b, core_b)
swaps = 0
while alive(pid_a) and alive(pid_b):
    time.sleep(period)
    core_a, core_b = core_b, core_a
    swaps += 1
    if swaps % 2:
        pin(pid_a, core_a); pin(pid_b, core_b)
    else:
        pin(pid_b, core_b); pin(pid_a, core_a)
