# Classes deriving from dict: inherited methods, operators, overrides,
# __missing__, super() and dict.method(self, ...) calls.


class Plain(dict):
    pass


d = Plain(a=1, b=2)
d["c"] = 3
print(d, len(d), d["a"], "a" in d, "z" not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("e"))
print(sorted(d), sorted(d.items(), reverse=True), max(d), min(d.values()), sum(d.values()))
del d["a"]
print(d, repr(d), str(d), f"{d}", bool(d), bool(Plain()))
print(d == {"b": 2, "c": 3}, {"b": 2, "c": 3} == d, d != {}, d == Plain(b=2, c=3))
print(type(d).__name__, type(d) is Plain, isinstance(d, dict), isinstance(d, Plain))
print(issubclass(Plain, dict), issubclass(Plain, object), issubclass(dict, Plain))
print(Plain.__mro__, Plain.__bases__)
print(dict(d), type(dict(d)).__name__, type(d.copy()).__name__, list(reversed(d)))
d.update({"x": 10}, y=20)
d |= {"z": 30}
print(d, d | {"w": 0}, type(d | {"w": 0}).__name__, {"v": 1} | d)
print(Plain.fromkeys("ab", 0), type(Plain.fromkeys("ab")).__name__)
for k, v in d.items():
    print(k, v, end="; ")
print()
print(dict(**d), [k for k in d if d[k] > 10])
d.clear()
print(d, len(d), d.popitem() if d else "empty")


class Counter(dict):
    """A small collections.Counter."""

    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self[elem]
            else:
                for elem in iterable:
                    self[elem] += 1
        if kwargs:
            self.update(kwargs)

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def total(self):
        return sum(self.values())

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({dict(self.most_common())!r})"


c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(2))
c.update("aaz", b=10)
print(c, Counter(), Counter({"x": 2}))


class DefaultDict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        name = getattr(self.default_factory, "__name__", None)
        return f"defaultdict({name}, {dict.__repr__(self)})"


groups = DefaultDict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, groups.default_factory is list, sorted(groups))
counts = DefaultDict(int, {"seed": 1})
counts["x"] += 2
print(counts, counts.get("nothing"), "nothing" in counts)
try:
    DefaultDict()["missing"]
except KeyError as e:
    print("KeyError:", e)


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("  get", key)
        return dict.__getitem__(self, key)

    def __delitem__(self, key):
        print("  del", key)
        dict.__delitem__(self, key)

    def __contains__(self, key):
        print("  contains", key)
        return super().__contains__(key)

    def __len__(self):
        return super().__len__() + 100

    def __iter__(self):
        return iter(sorted(super().__iter__()))


ld = LoggingDict()
ld["b"] = 1
ld["a"] = 2
print(ld["a"], "a" in ld, len(ld), list(ld), bool(ld))
del ld["a"]
print(ld, dict(ld), ld.get("b"))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y, hasattr(ad, "z"), ad.keys())


class Base(dict):
    kind = "base"


class Derived(Base):
    def describe(self):
        return f"{self.kind}:{len(self)}"


dv = Derived(one=1)
print(dv.describe(), Derived.__mro__, isinstance(dv, Base), issubclass(Derived, dict))
