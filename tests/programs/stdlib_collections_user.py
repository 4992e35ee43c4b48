# UserDict, UserList, UserString and the collections.abc registrations of ChainMap and deque.
from collections import UserDict, UserList, UserString, ChainMap, deque
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, d.get("z", 0), list(d.items()), isinstance(d, MutableMapping))
print(d | {"x": 9}, {"y": 8} | d)
c = d.copy(); c["q"] = 5; print(type(c).__name__, c, d)
class Default(UserDict):
    def __missing__(self, key):
        return key * 2
print(Default()["ab"])
print(UserDict.fromkeys("ab", 0))

l = UserList([3, 1, 2])
l.append(5); l.sort(); l.extend([7]); l += [8]
print(l.pop(), l.index(3), l.count(1), list(reversed(l)), isinstance(l, MutableSequence))
l.reverse(); l.insert(0, 42); del l[1]; print(l)

s = UserString("Hello")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s.lower(), s + "!", "<" + s, s * 2, len(s), "ell" in s)
print(s.split("l"), s.startswith("He"), s.find("l"), s.replace("l", "L"), s.center(11, "*"), s == "Hello", s < "World", hash(s) == hash("Hello"))
print(isinstance(ChainMap(), Mapping), isinstance(deque(), MutableSequence), isinstance(s, Sequence))

l = UserList([1, 2, 3, 4])
print(l[1:3], type(l[1:3]).__name__, l[::-1], l[0], l[slice(2, None)])
s = UserString("Hello")
print(s[1:3], type(s[1:3]).__name__, s[::-1], s[0])
