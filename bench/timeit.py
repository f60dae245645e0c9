#!/usr/bin/env python3
"""Time a command: one warm-up run, then RUNS timed runs; print medians as JSON.

Usage:
    timeit.py RUNS CLEAN_DIR -- COMMAND [ARGS...]

CLEAN_DIR is removed before every run (warm-up included) and is not part of the time,
so each run writes its output from scratch. The command's output goes to /dev/null; a
non-zero exit stops everything with the command's stderr shown.

Prints one JSON object: {"wall": median seconds, "cpu": median user+sys seconds of the
command and its children, "runs": [wall seconds of each timed run]}. CPU time is the less
noisy number when other processes share the machine.
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd, clean_dir):
    shutil.rmtree(clean_dir, ignore_errors=True)
    cpu0, t0 = children_cpu(), time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace")[-4000:])
        sys.stderr.write("timeit: %s exited with %d\n" % (cmd[0], p.returncode))
        sys.exit(p.returncode)
    return wall, cpu


def main(argv):
    if len(argv) < 4 or argv[2] != "--":
        sys.stderr.write(__doc__)
        return 2
    runs, clean_dir, cmd = int(argv[0]), argv[1], argv[3:]
    run_once(cmd, clean_dir)
    samples = [run_once(cmd, clean_dir) for _ in range(runs)]
    walls = [w for w, _ in samples]
    print(json.dumps({
        "wall": statistics.median(walls),
        "cpu": statistics.median(c for _, c in samples),
        "runs": [round(w, 3) for w in walls],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
