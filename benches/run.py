#!/usr/bin/env python3
"""Benchmark runner for pyrc.

For each benches/NAME.py this script
  1. builds it with pyrc (target/release/pyrc, built first with cargo),
  2. runs the native binary, python3 and, when it is on PATH, pypy3,
     N times each, interleaved, and checks on every run that pyrc's stdout and
     exit status equal CPython's (it stops with an error if they do not;
     a pypy3 difference is only reported),
  3. records the median wall time and the peak RSS of each implementation.

Peak RSS is measured per child with GNU time (`/usr/bin/time -f %M`, Debian
package `time`), which reports the maximum resident set size of the one
program it ran. Neither os.wait4() from this script nor RUSAGE_CHILDREN deltas
would do: Linux charges a child with the peak RSS of the process it was forked
from (here a ~15 MB Python), and RUSAGE_CHILDREN's ru_maxrss is a maximum over
all children, not a sum. GNU time is a ~1 MB process, so it hides nothing.

It then prints a table with, per benchmark, the time and peak RSS of each
implementation and the speedup of pyrc over CPython (CPython time / pyrc time)
and of pypy3 over CPython, and the geometric mean of those speedups.

Usage: python3 benches/run.py [-n RUNS] [NAME ...]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GNU_TIME = "/usr/bin/time"


def run_measured(cmd):
    """Runs cmd in benches/; returns (seconds, peak RSS in KiB, exit code, stdout bytes)."""
    with tempfile.NamedTemporaryFile("r") as rss_file:
        start = time.perf_counter()
        proc = subprocess.run([GNU_TIME, "-f", "%M", "-o", rss_file.name] + cmd,
                              cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        # GNU time writes "Command exited with non-zero status N" before %M on failure.
        rss = int(rss_file.read().split()[-1])
    return elapsed, rss, proc.returncode, proc.stdout


def first_difference(expected, actual):
    """A short description of where two outputs first differ."""
    exp_lines = expected.decode(errors="replace").splitlines()
    act_lines = actual.decode(errors="replace").splitlines()
    for i, (e, a) in enumerate(zip(exp_lines, act_lines)):
        if e != a:
            return f"line {i + 1}: expected {e!r}, got {a!r}"
    return f"expected {len(exp_lines)} lines, got {len(act_lines)}"


def fmt_mb(kib):
    return f"{kib / 1024:.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--runs", type=int, default=5, help="runs per program (median; default 5)")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all benches/*.py)")
    args = parser.parse_args()

    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit(f"{GNU_TIME} (GNU time) is needed to measure peak RSS: apt-get install time")
    pypy = shutil.which("pypy3")
    if pypy is None:
        print("pypy3 not found on PATH; to compare with PyPy, install it with: apt-get install pypy3")

    subprocess.run(["cargo", "build", "--release", "-q", "-p", "pyrc"], cwd=ROOT, check=True)
    pyrc = os.path.join(ROOT, "target", "release", "pyrc")
    bindir = os.path.join(ROOT, "target", "bench-bin")
    os.makedirs(bindir, exist_ok=True)

    impls = [("pyrc", None), ("python3", [sys.executable])]
    if pypy:
        impls.append(("pypy3", [pypy]))

    rows = []
    for name in names:
        print(f"{name} ...", file=sys.stderr, flush=True)
        exe = os.path.join(bindir, name)
        subprocess.run([pyrc, "build", "-q", f"{name}.py", "-o", exe], cwd=HERE, check=True)
        commands = {impl: (prefix + [f"{name}.py"] if prefix else [exe]) for impl, prefix in impls}
        times = {impl: [] for impl, _ in impls}
        peaks = {impl: 0 for impl, _ in impls}
        for _ in range(args.runs):
            results = {}
            for impl, _ in impls:
                elapsed, rss, code, out = run_measured(commands[impl])
                times[impl].append(elapsed)
                peaks[impl] = max(peaks[impl], rss)
                results[impl] = (code, out)
            ref_code, ref_out = results["python3"]
            code, out = results["pyrc"]
            if (code, out) != (ref_code, ref_out):
                detail = first_difference(ref_out, out) if out != ref_out else f"exit status {code}, CPython {ref_code}"
                sys.exit(f"FAIL {name}: pyrc's output differs from CPython's ({detail})")
            if "pypy3" in results and results["pypy3"] != (ref_code, ref_out):
                print(f"warning: {name}: pypy3's output differs from CPython's", file=sys.stderr)
        medians = {impl: statistics.median(ts) for impl, ts in times.items()}
        rows.append((name, medians, peaks))

    impl_names = [impl for impl, _ in impls]
    header = f"{'benchmark':<14}"
    for impl in impl_names:
        header += f" {impl + ' s':>10} {impl + ' MB':>10}"
    header += f" {'py/pyrc':>8}"
    if pypy:
        header += f" {'py/pypy':>8}"
    print()
    print(header)
    print("-" * len(header))
    for name, medians, peaks in rows:
        line = f"{name:<14}"
        for impl in impl_names:
            line += f" {medians[impl]:>10.3f} {fmt_mb(peaks[impl]):>10}"
        line += f" {medians['python3'] / medians['pyrc']:>7.2f}x"
        if pypy:
            line += f" {medians['python3'] / medians['pypy3']:>7.2f}x"
        print(line)
    if rows:
        print("-" * len(header))
        line = f"{'geometric mean':<14}" + " " * (21 * len(impl_names))
        line += f" {statistics.geometric_mean(m['python3'] / m['pyrc'] for _, m, _ in rows):>7.2f}x"
        if pypy:
            line += f" {statistics.geometric_mean(m['python3'] / m['pypy3'] for _, m, _ in rows):>7.2f}x"
        print(line)
    print(f"\nmedian wall time over {args.runs} runs; MB = peak RSS (MiB); "
          "py/X = CPython time / X time (above 1: X is faster than CPython)")


if __name__ == "__main__":
    main()
