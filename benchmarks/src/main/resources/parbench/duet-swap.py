# ab --duet: keeps two twin processes (and their child JVMs) on opposite cores, swapping the cores
# every PERIOD_MS, until both have ended.
#   python3 duet-swap.py PERIOD_MS FIRST_CORE PID_A SECOND_CORE PID_B
# Why: on the machines parbench was built on, each virtual core switches on its own between two
# speeds for seconds at a time; swapping often gives both twins the same share of each core.
# Why Python: a swap moves every thread of four JVMs, about a hundred sched_setaffinity calls;
# running taskset for each process cost ~6 ms per call, longer than a useful swap period.
# The twin moved first alternates: it shares the other twin's core until the second one moves.
import os, sys, time

period = int(sys.argv[1]) / 1000.0
core_a, pid_a, core_b, pid_b = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])


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
        except OSError:
            pass  # ended meanwhile
    return out


def pin(pid, core):
    for p in tree(pid):
        try:
            tids = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                os.sched_setaffinity(int(tid), {core})
            except OSError:
                pass  # a thread that ended meanwhile


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][0] != "Z"
    except OSError:
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
