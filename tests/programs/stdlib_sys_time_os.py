import sys, time, os
import os.path
from os.path import join, splitext
print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith("stdlib_sys_time_os.py"), sys.maxsize, sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
try:
    deep(100)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(deep(500))
n = sys.stdout.write("written\n")
print(n, sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("err line\n")
t0 = time.time(); p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() - t0 >= 0.009, time.perf_counter() - p0 >= 0.009, type(time.time_ns()).__name__)
print(join("a", "b", "/c", "d"), splitext("x/y.tar.gz"), os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"))
print(os.path.normpath("a/./b/../c"), os.path.isabs("/x"), os.path.exists("/definitely/not/here"), os.sep, os.name)
print(os.getcwd() == os.path.abspath("."), os.getenv("PYRC_SURELY_UNSET", "dflt"), "PATH" in os.environ)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.args)
sys.exit(3)
