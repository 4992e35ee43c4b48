#!/usr/bin/env python3
"""Benchmark runner: builds each benches/*.py with pyrc, checks that its output
equals CPython's, and prints median wall times and ratios against python3.

Usage: python3 benches/run.py [-n RUNS] [NAME ...]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - start, proc


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--runs", type=int, default=5, help="runs per program (median)")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()

    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "pyrc"], cwd=ROOT, check=True)
    pyrc = os.path.join(ROOT, "target", "release", "pyrc")
    bindir = os.path.join(ROOT, "target", "bench-bin")
    os.makedirs(bindir, exist_ok=True)

    rows = []
    for name in names:
        exe = os.path.join(bindir, name)
        subprocess.run([pyrc, "build", "-q", f"{name}.py", "-o", exe], cwd=HERE, check=True)
        py_times, rc_times = [], []
        for _ in range(args.runs):
            t, py = timed([sys.executable, f"{name}.py"])
            py_times.append(t)
            t, rc = timed([exe])
            rc_times.append(t)
            if rc.stdout != py.stdout or rc.returncode != py.returncode:
                print(f"{name}: output differs from CPython", file=sys.stderr)
                sys.exit(1)
        py_med, rc_med = statistics.median(py_times), statistics.median(rc_times)
        rows.append((name, py_med, rc_med, py_med / rc_med))

    print(f"{'benchmark':<16} {'python3 (s)':>12} {'pyrc (s)':>10} {'speedup':>9}")
    for name, py_med, rc_med, ratio in rows:
        print(f"{name:<16} {py_med:>12.3f} {rc_med:>10.3f} {ratio:>8.1f}x")
    if rows:
        geo = statistics.geometric_mean(r[3] for r in rows)
        print(f"{'geometric mean':<16} {'':>12} {'':>10} {geo:>8.1f}x")


if __name__ == "__main__":
    main()
