import math
import helper
from helper import double, COUNT as N
import pkg.tools
from pkg import tools as t2
from pkg.sub import deep
from pkg.sub.deep import where
import random

print(__name__, helper.__name__, pkg.tools.__name__, deep.__name__)
print(double(21), N, helper.COUNT)
helper.COUNT = 10
print(helper.bump(), helper.COUNT, N)
print(pkg.tools.tool(), t2 is pkg.tools, where())
print(math.sqrt(16), math.pi, math.floor(-2.5), math.gcd(12, 18))

def g(x):
    return x * 100

helper.double = g
print(helper.use_double(3))
total = 0
for i in range(1000):
    total += helper.use_double(i) if i < 500 else math.floor(i / 3)
    if i == 700:
        helper.double = lambda x: -x
print(total)
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abc"))
print(pkg.VERSION, pkg.sub.deep.where())
from helper import *
print(triple(3))
try:
    from helper import nothing
except ImportError as e:
    # The message ends with the module's absolute path: leave that out.
    print(str(e).rsplit(" (", 1)[0], e.args[0].endswith("helper.py)"))
try:
    helper.nothing
except AttributeError as e:
    print(e)

# Module attributes rebound from another module, read in hot loops.
import counter
from counter import LIMIT
seen = []
for i in range(8):
    if i == 2:
        counter.LIMIT = 100
    if i == 4:
        counter.step = lambda n: n * 10
    if i == 6:
        del counter.step
        counter.step = counter.original_step
    seen.append((counter.run(i), counter.LIMIT, LIMIT))
print(seen)
counter.reset()
print(counter.TOTAL, counter.get_total())
del counter.TOTAL
try:
    counter.get_total()
except NameError as e:
    print(e)
print(sorted(k for k in vars(counter) if not k.startswith("__")))
