# collections: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap,
# and the names collections.abc provides.
import collections
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Callable


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


# ---- Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(2), c.most_common(), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter({"x": 2, "y": 5}), Counter(x=1, y=1, z=3), Counter(), repr(Counter()))
print(Counter(["b", "a", "b", "c", "a", "d"]).most_common())
c.update("aaz")
c.update({"b": 10})
c.update(q=4)
print(c, c.total())
c.subtract("aaaa")
c.subtract({"q": 6})
print(c)
c2 = Counter(a=3, b=1, c=0, d=-2)
c3 = Counter(a=1, b=2, d=1, e=-5)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(+c2, -c2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2, b=1) >= Counter(a=2))
d = Counter(a=4, b=2)
d += Counter(a=-4, c=3)
print(d)
d -= Counter(b=5)
print(d)
d |= Counter(c=7, e=1)
print(d)
d &= Counter(c=2, e=9)
print(d)
del d["missing"]
del d["c"]
print(d, type(d).__name__, isinstance(d, dict), type(d.copy()).__name__)
attempt("fromkeys", lambda: Counter.fromkeys("abc"))
words = "the quick the lazy the dog quick".split()
print(Counter(words).most_common(1), dict(Counter(words)))
print(Counter({"a": 1.5, "b": 0.5}), sum(Counter("aab").values()))


class MyCounter(Counter):
    pass


mc = MyCounter("hello")
print(mc, type(mc + mc).__name__, MyCounter())

# ---- defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dict(dd))
print(dd.default_factory is list, repr(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print("zz" in counts, counts.get("zz"), len(counts))
nd = defaultdict(lambda: "x", {"k": "v"})
print(nd["k"], nd["new"], sorted(nd.items()))
none_dd = defaultdict()
print(none_dd, none_dd.default_factory)
attempt("no factory", lambda: none_dd["nope"])
attempt("bad factory", lambda: defaultdict(5))
dc = counts.copy()
dc["m"] += 100
print(type(dc).__name__, dc["m"], counts["m"], dc.default_factory)
print(defaultdict(set, a={1}), defaultdict(list, [("p", [1])]), defaultdict(int, x=1))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(dict(nested["a"]), isinstance(nested, dict))
merged = defaultdict(int, a=1) | {"b": 2}
print(merged, type(merged).__name__)
dd.default_factory = tuple
print(dd["new"], dd)

# ---- OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), repr(OrderedDict()))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
attempt("move missing", lambda: od.move_to_end("zz"))
attempt("popitem empty", lambda: OrderedDict().popitem())
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == o1.copy())
print(OrderedDict.fromkeys("abc", 0), OrderedDict(a=1, b=2), o1 | {"z": 3})
print(type(o1.copy()).__name__, isinstance(o1, dict), list(reversed(o1)))
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = str(key)
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)

# ---- deque
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], q[2])
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([10, 20])
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q.rotate(0)
q.rotate(11)
print(q, 7 in q, 99 in q, q.count(7), q.index(7))
q.reverse()
print(q, list(reversed(q)), bool(q), bool(deque()))
q.remove(7)
q[0] = "first"
del q[1]
print(q)
q.insert(1, "ins")
q.insert(-1, "neg")
q.insert(100, "end")
print(q)
attempt("index missing", lambda: q.index(99))
attempt("remove missing", lambda: q.remove(99))
attempt("index range", lambda: q[50])
e = deque()
attempt("pop empty", lambda: e.pop())
attempt("popleft empty", lambda: e.popleft())
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen, deque().maxlen)
bounded.append(10)
print(bounded)
bounded.appendleft(-1)
print(bounded)
bounded.extend([100, 200])
print(bounded)
attempt("insert full", lambda: bounded.insert(0, 1))
attempt("negative maxlen", lambda: deque([], -1))
print(deque("abc", 0), deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
big = deque()
for i in range(100):
    big.append(i)
    big.appendleft(-i)
for i in range(50):
    big.pop()
    big.popleft()
print(len(big), big[0], big[-1], sum(big), list(big)[:5])
big.clear()
print(big, len(big))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque("ab").copy())
w = deque([1, 2, 3])
w += [4]
w.extend(w)
print(w)


def mutate():
    for x in w:
        w.append(x)


attempt("mutated", mutate)
win = deque(maxlen=2)
out = []
for x in range(6):
    win.append(x)
    out.append(sum(win))
print(out)

# ---- namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p == (1, 2), tuple(p), len(p))
x, y = p
print(x, y, Point._fields, Point._field_defaults, Point(y=5, x=4))
print(p._asdict(), p._replace(y=9), Point._make([3, 4]), type(p).__name__)
print(isinstance(p, tuple), hash(p) == hash((1, 2)), p + (3,), p[:1], sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple("Color", "red, green blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__doc__)
R = namedtuple("R", ["a", "def", "a", "_b", "c"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
attempt("missing arg", lambda: Point(1))
attempt("missing args", lambda: Color())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unexpected kw", lambda: Point(1, 2, z=3))
attempt("multiple", lambda: Point(1, x=2))
attempt("keyword name", lambda: namedtuple("T", "a class"))
attempt("bad ident", lambda: namedtuple("T", "a 1b"))
attempt("bad typename", lambda: namedtuple("my type", "a"))
attempt("underscore", lambda: namedtuple("T", "a _b"))
attempt("duplicate", lambda: namedtuple("T", "a b a"))
attempt("defaults", lambda: namedtuple("T", "a", defaults=[1, 2]))
attempt("make", lambda: Point._make([1]))
attempt("replace", lambda: p._replace(z=1))
attempt("setattr", lambda: setattr(p, "x", 5))
attempt("delattr", lambda: delattr(p, "x"))
attempt("hash counter", lambda: hash(Counter()))


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1), type(v + v).__name__, v._replace(x=0), v._asdict())
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
people = [namedtuple("Person", "name age")("ann", 30), namedtuple("Person", "name age")("bob", 25)]
print(sorted(people, key=lambda person: person.age))
match Point(0, 7):
    case Point(x=0, y=yy):
        print("on y axis at", yy)
    case _:
        print("elsewhere")
match Point(5, 6):
    case Point(a, b):
        print("positional", a, b)

# ---- ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], cm.get("z", 0), len(cm), sorted(cm), "a" in cm)
cm["d"] = 4
print(over, cm.maps[1] is base, dict(cm.items()) == {"a": 1, "b": 20, "c": 30, "d": 4})
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], len(child.maps), child.parents["a"])
attempt("chainmap missing", lambda: cm["zz"])

# ---- copies
import copy

cq = copy.copy(deque([1, [2]], maxlen=5))
cc = copy.copy(Counter("aab"))
cd = copy.copy(defaultdict(list, a=[1]))
co = copy.deepcopy(OrderedDict(a=[1]))
print(cq, cc, cd, co, type(cq).__name__, type(cc).__name__, type(cd).__name__, type(co).__name__)
inner = [1]
dq = copy.deepcopy(deque([inner, 2], maxlen=4))
dc2 = copy.deepcopy(Counter(a=2))
dd2 = copy.deepcopy(defaultdict(list, a=inner))
dp = copy.deepcopy(Point([1], 2))
sp = copy.copy(Point(1, 2))
print(dq, dq[0] is inner, dc2, dd2, dd2["a"] is inner, dd2["zz"], dp, sp, type(dp).__name__, type(sp).__name__)

# ---- collections.abc names
print(Iterable.__name__, Mapping.__name__, MutableMapping.__name__, Sequence.__name__, Callable.__name__)
print(collections.Counter is Counter, collections.deque is deque)
