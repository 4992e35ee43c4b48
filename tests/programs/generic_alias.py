# Generic aliases (list[int]) and unions of types (int | None), in evaluated annotations and as values; __class_getitem__.
from typing import Optional
x: list[int] = []
y: dict[str, int | None] = {}
class Node:
    children: list["Node"] = None
    pair: tuple[int, ...] = ()
print(__annotations__, Node.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[Node], frozenset[str])
print(list[int](), list[int]("ab"), dict[str, int](a=1))
print(list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__, dict[str, int].__args__)
u = int | None
print(u, int | str | None, u.__args__, (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
print(int | Optional[str])
print(Optional[int] | str)
print(list[int] | None)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x"])
class H: pass
try:
    H[int]
except TypeError as e:
    print("TypeError:", e)
