"""Under `from __future__ import annotations` annotations stay strings,
spelled as CPython's compiler spells them, and are never evaluated."""

from __future__ import annotations

import typing

count: int = 1
later: NotDefinedAnywhere
print(__annotations__)


class Node:
    value: int
    children: list[Node] = []
    parent: typing.Optional['Node'] = None
    table: Dict[str,  int]
    union: int|None
    variadic: tuple[int, ...]
    callback: Callable[[int, str], bool]
    empty: tuple[()]
    single: tuple[int,]
    pair: (int, str)
    quoted: "it's"
    nested: a | (b | c)
    negative: -1
    call: field(default=1, repr=False)

    def method(self, other: Node, *rest: Node, flag: bool = False) -> list[Node]:
        return [self]


for name, annotation in Node.__annotations__.items():
    print(name, repr(annotation))
print(Node.method.__annotations__)
print(Node.children, Node.parent)
